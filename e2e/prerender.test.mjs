// Every route in every locale is prerendered: the HTML the server sends already holds the
// page's heading in its language, readable with scripts off; the app then takes the page
// over without a visible change, a layout shift or losing what was typed before it arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { ROUTE_TITLE_KEYS, SCREENSHOTS, direction, messages, waitForApp } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { packetFile } from './support/packets.mjs';
import { LOCALES, ROUTES } from '../scripts/sizes.mjs';

const served = useServedApp();

/** `/ja/stay`, `/ja/` for home: the locale's own page. */
const localized = (locale, route) => `/${locale}${route}`;

/** The text of an HTML fragment as a reader sees it: tags and comments out, entities read. */
function visibleText(html) {
  return html
    .replace(/<!--.*?-->|<!>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

test('the served HTML of every route in every locale holds its heading, before any script', async () => {
  for (const locale of LOCALES) {
    const texts = messages(locale);
    for (const route of ROUTES) {
      const response = await fetch(served.server.baseUrl + localized(locale, route));
      assert.equal(response.status, 200, localized(locale, route));
      const html = await response.text();
      const where = `${localized(locale, route)}`;
      assert.match(html, new RegExp(`<html lang="${locale}" dir="${direction(locale)}">`), where);
      const heading = html.match(/<h1>(.*?)<\/h1>/s)?.[1];
      assert.equal(heading && visibleText(heading), texts[ROUTE_TITLE_KEYS[route]], where);
      assert.match(html, /<div id="app" data-prerendered>/, where);
      assert.match(html, new RegExp(`href="?/manifest/${locale}.webmanifest`), where);
    }
  }
});

test('with scripts off a page is still there to read, in its language', async () => {
  const ja = messages('ja');
  // With scripts off Chromium refuses the page's module preload, and says so.
  const preloadRefused = (problem) => /request failed: .*\.js csp$/.test(problem);
  await withPage(served, { locale: 'en', javaScriptEnabled: false }, async (app, page) => {
    await page.goto(served.server.baseUrl + '/ja/guide');
    assert.equal(await app.heading().textContent(), ja['route-guide']);
    assert.equal(await page.title(), `${ja['route-guide']} · ${ja['app-name']}`);
    // The guide's stages come from a data file: read at build time, they are in the page.
    assert.ok((await page.locator('.guide-stages > li').count()) >= 5);
    await page.screenshot({ path: `${SCREENSHOTS}/prerendered-ja-guide-no-script.png`, fullPage: true });
  }, preloadRefused);
});

/**
 * Holds back the page's wasm until `release()` is called, so a test sees the prerendered page
 * and can act on it before the app arrives.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return { release: () => release() };
}

/** Layout shifts the page has seen so far (the Layout Instability API, as Lighthouse's CLS). */
async function watchLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const [locale, route] of [
  ['en', '/'],
  ['ja', '/estimate'],
  ['ar', '/stay'],
  ['zh-Hans', '/documents'],
  ['ru', '/guide'],
  ['ko', '/packet'],
  ['vi', '/intake'],
]) {
  test(`${localized(locale, route)}: the app takes over without a visible change or a layout shift`, async () => {
    await withPage(served, { locale, viewport: { width: 390, height: 844 } }, async (app, page) => {
      await watchLayoutShifts(page);
      const wasm = await holdWasm(page);
      await page.goto(served.server.baseUrl + localized(locale, route));
      await app.heading().waitFor();
      assert.equal(await page.locator('#app[data-prerendered]').count(), 1);
      const before = await page.screenshot({ fullPage: true });

      wasm.release();
      await waitForApp(page);
      // Let the fonts and any late paint settle before comparing.
      await page.waitForLoadState('networkidle');
      const after = await page.screenshot({ fullPage: true });
      const name = `takeover-${locale}${route === '/' ? '-home' : route.replaceAll('/', '-')}`;
      if (!before.equals(after)) {
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-after.png`, fullPage: true });
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${SCREENSHOTS}/${name}-before.png`, before);
      }
      assert.ok(before.equals(after), `${name}: the page looked different after the app took over`);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'layout shifts');
    });
  });
}

test('what is typed before the app arrives is kept, and the app knows it', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const wasm = await holdWasm(page);
    await page.goto(served.server.baseUrl + '/en/intake');
    const name = page.getByLabel(en['intake-patient-name']);
    await name.fill('Anna Ivanova');
    await name.press('Home');
    wasm.release();
    await waitForApp(page);

    assert.equal(await name.inputValue(), 'Anna Ivanova');
    // The focus and caret moved to the app's own field.
    assert.deepEqual(
      await page.evaluate(() => [document.activeElement?.id, document.activeElement?.selectionStart]),
      [await name.getAttribute('id'), 0],
    );
    // The app received it: the draft is saved with the name and survives a reload.
    await page.locator('[data-save-state="saved"][data-saved-at]').waitFor();
    await app.reload();
    assert.equal(await page.getByLabel(en['intake-patient-name']).inputValue(), 'Anna Ivanova');
  });
});

test('a packet chosen before the app arrives is opened when it does', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const wasm = await holdWasm(page);
    await page.goto(served.server.baseUrl + '/en/packet');
    await page.getByLabel(en['packet-choose']).setInputFiles({
      name: 'packet.json',
      mimeType: 'application/json',
      buffer: packetFile('Chosen early', { patient: { name: 'Anna Ivanova' }, diagnosis: 'Prostate cancer' }),
    });
    wasm.release();
    await waitForApp(page);
    await page.getByRole('heading', { level: 2, name: 'Chosen early' }).waitFor();
    assert.match(await page.locator('.packet-view').innerText(), /Anna Ivanova/);
  });
});

test('the browser agreeing to keep drafts adds its sentence without moving the page or a late largest paint', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en', viewport: { width: 412, height: 823 } }, async (app, page) => {
    // As Chromium grants it to a site the reader uses often (or an installed app).
    const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
    await (await served.browser.newBrowserCDPSession()).send('Browser.grantPermissions', {
      origin: served.server.baseUrl,
      permissions: ['durableStorage'],
      browserContextId: targetInfo.browserContextId,
    });
    await watchLayoutShifts(page);
    await page.addInitScript(() => {
      window.__largest = [];
      new PerformanceObserver((list) => window.__largest.push(...list.getEntries())).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
    });
    await app.open('/en/intake');
    await page.getByText(en['intake-persist-granted']).waitFor();
    await page.waitForTimeout(300);
    const [firstPaint, largestPaints] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
      window.__largest.map((entry) => entry.startTime),
    ]);
    // The largest paint is the prerendered page's, at first paint: nothing larger came later.
    assert.ok(largestPaints.every((time) => time <= firstPaint + 1), `${firstPaint} ${largestPaints}`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'layout shifts');
    await page.getByText(en['intake-persist-granted']).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/intake-persist-granted.png` });
  });
});

test('links on a prerendered page keep its language', async () => {
  const html = await (await fetch(served.server.baseUrl + '/ko/stay')).text();
  const links = [...html.matchAll(/<a href="(\/[^"]*)"/g)].map((match) => match[1]);
  assert.ok(links.length >= 6, links.join(' '));
  for (const link of links) assert.match(link, /^\/ko\//, link);
});
