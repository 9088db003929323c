// Moving around: the site navigation works without reloading inside a bundle and with a page
// load between bundles, marks the current page, keeps the language and moves focus to the new
// content; the skip link reaches the main content.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp();

test('a link inside the same bundle changes the page without reloading it', async () => {
  const ja = messages('ja');
  await withPage(served, { locale: 'ja-JP' }, async (app, page) => {
    // Each tool is its own bundle (src/site.rs): the estimator's own link is a route of the
    // page's bundle.
    await app.open('/estimate');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    const link = app.navigation().getByRole('link', { name: ja['route-estimate'] });
    await link.click();
    await page.getByRole('heading', { level: 1, name: ja['route-estimate'] }).waitFor();
    assert.equal(await link.getAttribute('aria-current'), 'page');
    // Like a full page load, the new page's content is where a screen reader continues.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the link reloaded the page');
  });
});

test('links to another bundle load its page, keep the language and the back button works', async () => {
  const zh = messages('zh-Hans');
  await withPage(served, { locale: 'en' }, async (app, page) => {
    // `?lang=` on an old link leads to the locale's own pages; their links stay in it.
    await app.open('/guide?lang=zh-Hans');
    assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), '/zh-Hans/guide');
    for (const [key, path] of [
      ['route-estimate', '/estimate'],
      ['route-stay', '/stay'],
      ['route-guide', '/guide'],
    ]) {
      await app.navigation().getByRole('link', { name: zh[key] }).click();
      await page.getByRole('heading', { level: 1, name: zh[key] }).waitFor();
      // Leaving while the page still loads its data would cancel those requests.
      await page.waitForLoadState('networkidle');
      // A static server answers the page load with a redirect to `/estimate/`.
      assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), `/zh-Hans${path}`);
      assert.deepEqual(await app.documentLanguage(), ['zh-Hans', 'ltr']);
    }
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: zh['route-stay'] }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: zh['route-estimate'] }).waitFor();
  });
});

test('the skip link is the first stop for keyboard users and moves focus to the content', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/guide');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: messages('en')['skip-to-content'] });
    assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });
});
