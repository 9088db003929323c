// Every route, in every locale, opened by direct URL and by reload from a plain static
// server: real content, the right language, no console error or failed request, usable at
// 360 px, axe clean (light and dark), and a screenshot to look at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { ROUTE_TITLE_KEYS, SCREENSHOTS, direction, messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { LOCALES, ROUTES, criticalAssets, messageFiles, routeHtmlPath } from '../scripts/sizes.mjs';

const served = useServedApp();

test('the sweep covers every route the app declares', async () => {
  const source = readFileSync('src/site.rs', 'utf8');
  const declared = [...source.matchAll(/path: "(\/[^"]*)"/g)].map((match) => match[1]);
  assert.deepEqual([...declared].sort(), [...ROUTES].sort());
});

for (const locale of LOCALES) {
  describe(`routes in ${locale}`, () => {
    const texts = messages(locale);

    for (const route of ROUTES) {
      test(`${route} opens directly and on reload`, async () => {
        // The browser's language list is the only hint: this also tests the default choice.
        await withPage(served, { locale, viewport: { width: 360, height: 780 } }, async (app, page) => {
          const fetched = [];
          page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
          await app.open(route);
          const expected = texts[ROUTE_TITLE_KEYS[route]];
          assert.equal(await app.heading().textContent(), expected);
          assert.deepEqual(await app.documentLanguage(), [locale, direction(locale)]);
          assert.match(await page.title(), new RegExp(`^${expected} · `));

          // The size budget counts exactly what the browser fetched: this route's bundle
          // and its own message files, no other tool's.
          const loaded = (extension) => fetched.filter((path) => path.endsWith(extension)).sort();
          assert.deepEqual(
            loaded('.ftl'),
            messageFiles(route).map((name) => `/locales/${locale}/${name}`).sort(),
          );
          const html = readFileSync(routeHtmlPath('dist', route), 'utf8');
          assert.deepEqual(loaded('.wasm'), criticalAssets(html).filter((url) => url.endsWith('.wasm')));

          // Reloading while the page still loads its data would cancel those requests.
          await page.waitForLoadState('networkidle');
          await app.reload();
          await app.heading().waitFor();
          assert.equal(await app.heading().textContent(), expected);

          assert.equal(await app.overflowsHorizontally(), false, 'wider than a 360 px screen');
          const name = `${locale}${route === '/' ? '-home' : route.replaceAll('/', '-')}`;
          await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
          assert.deepEqual(await app.axeViolations(), []);
        });
      });
    }
  });
}

test('every route passes axe in dark mode', async () => {
  await withPage(served, { locale: 'en', colorScheme: 'dark' }, async (app, page) => {
    for (const route of ROUTES) {
      await app.open(route);
      assert.deepEqual(await app.axeViolations(), [], route);
    }
    await app.open('/');
    await page.screenshot({ path: `${SCREENSHOTS}/en-home-dark.png`, fullPage: true });
  });
});
