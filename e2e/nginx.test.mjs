// Hosting as documented: Debian's nginx serves `dist/` with the block in docs/hosting.md.
// Regression: its `types { … }` replaced nginx's own, so every page, script and stylesheet
// went out as application/octet-stream with nosniff and nothing loaded; and the embed was
// frameable in English only (`/ja/embed/estimate` got `frame-ancestors 'none'`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { messages } from './support/app-page.mjs';
import { launchBrowser } from './support/browser.mjs';
import { withPage } from './support/harness.mjs';
import { startNginx } from './support/nginx.mjs';

const served = { server: null, browser: null };
let nginx;

before(async () => {
  const hospital = mkdtempSync(join(tmpdir(), 'hospital-'));
  writeFileSync(join(hospital, 'index.html'), '<!doctype html><html lang="ja"><title>Hospital</title><link rel="icon" href="data:,"><h1>Our fees</h1><div id="slot"></div></html>');
  nginx = await startNginx('dist', hospital);
  served.server = { baseUrl: nginx.appUrl };
  served.browser = await launchBrowser();
});

after(async () => {
  await served.browser?.close();
  nginx?.stop();
});

const TLS = { ignoreHTTPSErrors: true, locale: 'en' };

/** The response headers of `path`, fetched the way the browser would. */
async function headersOf(request, path) {
  const response = await request.get(nginx.appUrl + path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers() };
}

test('every kind of file goes out with its own type, and pages refuse framing', async () => {
  await withPage(served, TLS, async (_app, page) => {
    const request = page.context().request;
    const bundle = readdirSync('dist').find((name) => /^japan-care-planner-[0-9a-f]{16}_bg\.wasm$/.test(name));
    const script = readdirSync('dist').find((name) => /^japan-care-planner-[0-9a-f]{16}\.js$/.test(name));
    const style = readdirSync('dist').find((name) => /\.css$/.test(name));
    const expected = [
      ['/', 'text/html'],
      ['/ja/stay/', 'text/html'],
      [`/${script}`, 'application/javascript'],
      [`/${bundle}`, 'application/wasm'],
      [`/${style}`, 'text/css'],
      ['/locales/ja/stay.ftl', 'text/plain'],
      ['/manifest/ja.webmanifest', 'application/manifest+json'],
      ['/data/stay-rules.json', 'application/json'],
    ];
    for (const [path, type] of expected) {
      const { status, headers } = await headersOf(request, path);
      assert.equal(status, 200, path);
      assert.equal(headers['content-type']?.split(';')[0], type, path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
    }
    for (const path of ['/', '/ja/', '/stay/', '/ja/stay/', '/ar/packet/', '/estimate/', '/ja/estimate/']) {
      assert.equal((await headersOf(request, path)).headers['content-security-policy'], "frame-ancestors 'none'", path);
    }
    for (const path of ['/embed/estimate/', '/ja/embed/estimate/', '/ar/embed/estimate/', '/zh-Hant/embed/estimate/']) {
      assert.equal((await headersOf(request, path)).headers['content-security-policy'], 'frame-ancestors https:', path);
    }
  });
});

for (const lang of ['ja', 'ar']) {
  test(`a hospital's page on another origin embeds the estimator in ${lang}`, async () => {
    const text = messages(lang);
    await withPage(served, TLS, async (_app, page) => {
      await page.goto(nginx.hostUrl + '/');
      await page.evaluate(
        ({ src, lang }) => {
          const script = document.createElement('script');
          script.src = src;
          script.dataset.schedule = 'example-second-opinion';
          script.dataset.lang = lang;
          document.getElementById('slot').appendChild(script);
        },
        { src: nginx.appUrl + '/embed.js', lang },
      );
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading', { level: 2, name: text['estimate-items-heading'] }).waitFor();
      assert.equal(await frame.locator('html').getAttribute('lang'), lang);
      assert.match(page.frames()[1].url(), new RegExp(`/${lang}/embed/estimate`));
    });
  });
}
