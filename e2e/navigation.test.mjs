// Moving around: the site navigation works without reloading, marks the current page, keeps
// the language, and the skip link reaches the main content.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { AppPage, messages } from './support/app-page.mjs';
import { launchBrowser, watchForProblems } from './support/browser.mjs';
import { startStaticServer } from './support/server.mjs';

let server;
let browser;

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('navigation links move between pages in the chosen language', async () => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const app = new AppPage(page, server.baseUrl);
  const ja = messages('ja');
  try {
    await app.open('/');
    // Client-side navigation: the page (and its wasm) must not reload.
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    for (const [key, path] of [
      ['route-estimate', '/estimate'],
      ['route-stay', '/stay'],
      ['route-packet', '/packet'],
    ]) {
      const link = app.navigation().getByRole('link', { name: ja[key] });
      await link.click();
      await page.getByRole('heading', { level: 1, name: ja[key] }).waitFor();
      assert.equal(new URL(page.url()).pathname, path);
      assert.equal(await link.getAttribute('aria-current'), 'page');
      // Like a full page load, the new page's content is where a screen reader continues.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    }
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'a link reloaded the page');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: ja['route-stay'] }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the skip link is the first stop for keyboard users and moves focus to the content', async () => {
  const context = await browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  const app = new AppPage(page, server.baseUrl);
  try {
    await app.open('/guide');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: messages('en')['skip-to-content'] });
    assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  } finally {
    await context.close();
  }
});
