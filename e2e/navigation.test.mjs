// Moving around: the site navigation works without reloading, marks the current page, keeps
// the language and moves focus to the new content; the skip link reaches the main content.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp();

test('navigation links move between pages in the chosen language', async () => {
  const ja = messages('ja');
  await withPage(served, { locale: 'ja-JP' }, async (app, page) => {
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
