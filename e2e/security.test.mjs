// Locked down: every page carries a Content-Security-Policy without 'unsafe-inline' that the
// app runs under with no violation, and no request on any route leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { useServedApp, withPage } from './support/harness.mjs';
import { LOCALES, ROUTES, routeHtmlPath } from '../scripts/sizes.mjs';

const served = useServedApp();

test('every page declares a policy without unsafe-inline, and the app runs under it', async () => {
  // The unprefixed pages (with their inline locale redirect) and every locale's own.
  const pages = ROUTES.flatMap((route) => [undefined, ...LOCALES].map((locale) => routeHtmlPath('dist', route, locale)));
  for (const route of pages) {
    const html = readFileSync(route, 'utf8');
    const policy = html.match(/<meta http-equiv=Content-Security-Policy content="([^"]+)">/)?.[1];
    assert.ok(policy, `${route}: no policy`);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, route);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/, route);
    assert.match(policy, /object-src 'none'/, route);
    assert.match(policy, /base-uri 'self'/, route);
    assert.match(policy, /connect-src 'self'/, route);
  }
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const route of ROUTES) {
      await app.open(route);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await page.evaluate(() => window.__violations), [], route);
    }
    // A hospital's accent reaches the embed through the CSSOM, which the policy allows.
    await app.open('/embed/estimate?accent=%23004488');
    const accent = await page.evaluate(() =>
      getComputedStyle(document.querySelector('main')).getPropertyValue('--embed-accent').trim(),
    );
    assert.equal(accent, '#004488');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
  // The unprefixed page's inline script sends a Japanese reader on, under the same policy.
  await withPage(served, { locale: 'ja-JP' }, async (app, page) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await app.open('/stay');
    assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), '/ja/stay');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});

test('no request on any route leaves the origin', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const elsewhere = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(served.server.baseUrl).origin && url.protocol !== 'data:') {
        elsewhere.push(request.url());
      }
    });
    for (const route of ROUTES) {
      await app.open(route);
      await page.waitForLoadState('networkidle');
    }
    assert.deepEqual(elsewhere, []);
  });
});
