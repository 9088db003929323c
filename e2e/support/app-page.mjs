// Page object for the planner: finds things the way a reader does, by role and label.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';

import { SITE } from '../../scripts/sizes.mjs';

/** Where tests save screenshots for people to look at (not compared automatically). */
export const SCREENSHOTS = 'e2e/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

/** The message id of each route's heading, from the site table the build wrote. */
export const ROUTE_TITLE_KEYS = Object.fromEntries(SITE.routes.map((route) => [route.path, route.title_key]));

/** The writing direction `<html dir>` must carry for a locale (Locale::direction in Rust). */
export function direction(locale) {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** `key = value` lines of a locale's shipped Fluent files: the texts a reader should see. */
export function messages(locale) {
  const folder = new URL(`../../public/locales/${locale}/`, import.meta.url);
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.ftl'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
    .join('\n');
  return Object.fromEntries(
    [...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map(([, key, value]) => [key, value.trim()]),
  );
}

/**
 * Message `id` of `locale` as the app shows it with `args`: plural selects resolved by the
 * locale's plural rules (exact numbers first), counts grouped the locale's way. Covers the
 * subset of Fluent the app's resolver implements (src/i18n/messages.rs).
 */
export function message(locale, id, args = {}) {
  const folder = new URL(`../../public/locales/${locale}/`, import.meta.url);
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.ftl'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
    .join('\n');
  // A select's closing brace stands at the start of its own line.
  const found = text.match(new RegExp(`^${id} = (.*(?:\\n[ \\t]+.*|\\n\\})*)`, 'm'));
  if (!found) throw new Error(`no message ${id} in ${locale}`);
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const resolve = (pattern) =>
    pattern
      .replace(/\{ \$([a-z-]+) ->\s*\n((?:\s*\*?\[[^\]]+\][^\n]*\n)+)\s*\}/g, (_, name, body) => {
        const variants = [...body.matchAll(/(\*?)\[([^\]]+)\] ?([^\n]*)/g)];
        const value = args[name];
        const pick =
          variants.find(([, , key]) => key === String(value)) ??
          variants.find(([, , key]) => typeof value === 'number' && key === plural.select(value)) ??
          variants.find(([, star]) => star === '*');
        return pick[3];
      })
      .replace(/\{ \$([a-z-]+) \}/g, (_, name) => {
        const value = typeof args[name] === 'number' ? number.format(args[name]) : String(args[name]);
        // Right-to-left text isolates each value (U+2068 … U+2069), as the app does.
        return direction(locale) === 'rtl' ? `\u2068${value}\u2069` : value;
      });
  return resolve(found[1]).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Waits until the app has taken over the page: served pages hold a prerendered copy of the
 * app's first render in `<div id="app" data-prerendered>`, which the app replaces with its
 * own once its files have arrived (src/ui/takeover.rs). Until then controls do nothing.
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('app');
    return root !== null && !root.hasAttribute('data-prerendered') && root.childElementCount > 0;
  });
}

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open(path) {
    await this.page.goto(this.baseUrl + path);
    await waitForApp(this.page);
    await this.heading().waitFor();
  }

  async reload() {
    await this.page.reload();
    await waitForApp(this.page);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  languagePicker() {
    return this.page.getByRole('combobox', { name: /Language|言語|语言/ });
  }

  navigation() {
    return this.page.getByRole('navigation');
  }

  async documentLanguage() {
    return this.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  }

  async overflowsHorizontally() {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }

  async axeViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }
}
