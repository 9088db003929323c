// The service worker: after one visit every route opens offline in every locale, with its
// data; a deployed update is offered, and taking it keeps what the reader was typing; the
// manifest makes the app installable in the reader's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { AppPage, ROUTE_TITLE_KEYS, SCREENSHOTS, messages, waitForApp } from './support/app-page.mjs';
import { CHROMIUM_ARGS, watchForProblems } from './support/browser.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { LOCALES, ROUTES } from '../scripts/sizes.mjs';
import { writeServiceWorker } from '../scripts/service-worker.mjs';

// The server serves a symlink, so a test can deploy a new build by pointing it elsewhere.
const sites = mkdtempSync(join(tmpdir(), 'jcp-offline-'));
const live = join(sites, 'live');
cpSync('dist', join(sites, 'v1'), { recursive: true });
symlinkSync(join(sites, 'v1'), live);
const served = useServedApp(live);
process.on('exit', () => rmSync(sites, { recursive: true, force: true }));

const en = messages('en');
const SW_ALLOWED = { serviceWorkers: 'allow' };

/** Opens `path` and waits until the service worker has installed and controls the page. */
async function visitOnce(app, page, path) {
  await app.open(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Deploys, as `folder`, a copy of the first build whose English app name is `appName`, with
 * its service worker regenerated from the files, as `make dist` would. */
async function deployRenamed(folder, appName) {
  const site = join(sites, folder);
  cpSync(join(sites, 'v1'), site, { recursive: true });
  const appMessages = join(site, 'locales/en/app.ftl');
  writeFileSync(appMessages, readFileSync(appMessages, 'utf8').replace(/^app-name = .*$/m, `app-name = ${appName}`));
  await writeServiceWorker(site);
  rmSync(live);
  symlinkSync(site, live);
}

test('after one visit, every route opens offline in every locale, with its data', { timeout: 300_000 }, async () => {
  await withPage(served, { locale: 'en', ...SW_ALLOWED }, async (app, page) => {
    await visitOnce(app, page, '/');
    await page.context().setOffline(true);
    for (const locale of LOCALES) {
      const texts = messages(locale);
      for (const route of ROUTES) {
        await app.open(`${route}?lang=${locale}`);
        assert.equal(await app.heading().textContent(), texts[ROUTE_TITLE_KEYS[route]], `${locale} ${route}`);
        // A data file or message file missing from the cache is a failed request, which
        // fails the test (harness); wait until the page has asked for everything.
        await page.waitForLoadState('networkidle');
      }
    }
    // The estimator's fee schedules come from the cache too.
    await app.open('/estimate?lang=en');
    await page.getByLabel(en['estimate-schedule-label']).waitFor();
    assert.ok((await page.getByLabel(en['estimate-schedule-label']).locator('option').count()) > 1);

    await app.open('/documents?lang=en');
    await page.getByText(en['offline-notice']).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/offline-documents-en.png` });

    // An address the build does not have: the app's own "not found" page, offline too.
    await app.open('/no-such-page');
    assert.equal(await app.heading().textContent(), en['not-found-title']);
  });
});

test('a new version is offered; taking it reloads into it and keeps what was typed', { timeout: 120_000 }, async () => {
  await withPage(served, { locale: 'en', ...SW_ALLOWED }, async (app, page) => {
    await visitOnce(app, page, '/intake');
    const otherTab = await page.context().newPage();
    await otherTab.goto(`${served.server.baseUrl}/documents`);
    await waitForApp(otherTab);
    await otherTab.getByRole('heading', { level: 1 }).waitFor();

    // Deploy: a copy of the build whose English app name changed, with its service worker
    // regenerated from the files, as `make dist` would.
    const newName = 'Japan Care Planner (updated)';
    await deployRenamed('v2', newName);

    const name = page.getByLabel(en['intake-patient-name']);
    await name.fill('Anna');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByText(en['update-ready']).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/update-ready-en.png` });
    // Typed just before pressing Reload, within the autosave delay.
    await name.fill('Anna Ivanova');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: en['update-reload'] }).click(),
    ]);
    // The prerendered page shows a first visit; the draft is the app's to show.
    await waitForApp(page);
    assert.equal(await name.inputValue(), 'Anna Ivanova');
    await page.getByText(newName).first().waitFor();
    assert.equal(await page.getByText(en['update-ready']).count(), 0);

    // The other tab still runs the old version: it is told, not reloaded under the reader.
    await otherTab.getByText(en['update-ready']).waitFor();
    await otherTab.close();
  });
});

/** `after` (`before` with its inline scripts changed) with its policy's script hashes redone. */
function withScriptHashes(before, after) {
  const hashes = (html) =>
    [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
    );
  const [old, renewed] = [hashes(before), hashes(after)];
  return old.reduce((html, hash, index) => html.replace(hash, renewed[index]), after);
}

test('a release that fails to start is replaced by the next one on a reload, without the app', { timeout: 120_000 }, async () => {
  const broken = (problem) => /broken release/.test(problem);
  await withPage(served, { locale: 'en', ...SW_ALLOWED }, async (app, page) => {
    await visitOnce(app, page, '/stay');
    // Release 2 throws as its code loads, so it can never show the update notice.
    const v2 = join(sites, 'broken');
    cpSync(join(sites, 'v1'), v2, { recursive: true });
    // Under new names, as a real release's hashed bundles are: the precache keeps a file by
    // its name, so a changed file under the same name would never be fetched again.
    const pages = readdirSync(v2, { recursive: true }).filter((name) => name.endsWith('.html'));
    for (const glue of readdirSync(v2).filter((name) => /^japan-care-planner-[0-9a-f]+\.js$/.test(name))) {
      const renamed = glue.replace(/\.js$/, '-broken.js');
      writeFileSync(join(v2, renamed), `throw new Error('broken release');\n${readFileSync(join(v2, glue), 'utf8')}`);
      rmSync(join(v2, glue));
      for (const page of pages) {
        const html = readFileSync(join(v2, page), 'utf8');
        if (html.includes(glue)) writeFileSync(join(v2, page), withScriptHashes(html, html.replaceAll(`/${glue}`, `/${renamed}`)));
      }
    }
    await writeServiceWorker(v2);
    rmSync(live);
    symlinkSync(v2, live);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByText(en['update-ready']).waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: en['update-reload'] }).click()]);
    await page.waitForFunction(() => document.getElementById('app')?.hasAttribute('data-prerendered'));

    // The fix is deployed; reloading the broken page is all a reader does.
    const fixedName = 'Japan Care Planner (fixed)';
    await deployRenamed('fixed', fixedName);
    await page.reload();
    await page.getByText(fixedName).first().waitFor({ timeout: 60_000 });
    await waitForApp(page);
  }, broken);
});

test('the manifest is installable and names the app in the reader language', { timeout: 120_000 }, async () => {
  // A persistent profile: Chromium never offers to install from an incognito context, which
  // is what a fresh Playwright context is.
  const profile = mkdtempSync(join(tmpdir(), 'jcp-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale: 'ja',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = watchForProblems(page);
    const app = new AppPage(page, served.server.baseUrl);
    await visitOnce(app, page, '/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    assert.equal(href, '/manifest/ja.webmanifest');
    const manifest = await (await page.request.get(served.server.baseUrl + href)).json();
    assert.equal(manifest.name, messages('ja')['app-name']);
    assert.equal(manifest.lang, 'ja');
    for (const icon of manifest.icons) {
      const response = await page.request.get(served.server.baseUrl + icon.src);
      assert.equal(response.headers()['content-type'], 'image/png', icon.src);
    }

    // Chromium's own verdict on this page, its manifest and its service worker.
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
