// Choosing the language: the browser's preference by default, `?lang=` for links and embeds,
// the picker's choice remembered across visits.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp();

test('an unsupported browser language falls back to English', async () => {
  await withPage(served, { locale: 'fr-FR' }, async (app) => {
    await app.open('/');
    assert.equal(await app.heading().textContent(), messages('en')['route-home']);
  });
});

test('a regional Chinese browser gets simplified Chinese', async () => {
  await withPage(served, { locale: 'zh-CN' }, async (app) => {
    await app.open('/stay');
    assert.equal(await app.heading().textContent(), messages('zh-Hans')['route-stay']);
  });
});

test('the picker switches the language at once and is remembered after a reload', async () => {
  await withPage(served, { locale: 'en-US' }, async (app, page) => {
    await app.open('/estimate');
    await app.languagePicker().selectOption('ja');
    await page.getByRole('heading', { level: 1, name: messages('ja')['route-estimate'] }).waitFor();
    assert.deepEqual(await app.documentLanguage(), ['ja', 'ltr']);
    assert.equal(await app.languagePicker().inputValue(), 'ja');

    await page.reload();
    await app.heading().waitFor();
    assert.equal(await app.heading().textContent(), messages('ja')['route-estimate']);
    assert.equal(await app.languagePicker().inputValue(), 'ja');
  });
});

test('?lang= wins for that visit without replacing the remembered choice', async () => {
  await withPage(served, { locale: 'en-US' }, async (app, page) => {
    await app.open('/');
    await app.languagePicker().selectOption('zh-Hans');
    await page.getByRole('heading', { level: 1, name: messages('zh-Hans')['route-home'] }).waitFor();

    await app.open('/embed/estimate?lang=ja');
    assert.equal(await app.heading().textContent(), messages('ja')['route-embed-estimate']);
    assert.deepEqual(await app.documentLanguage(), ['ja', 'ltr']);

    await app.open('/guide');
    assert.equal(await app.heading().textContent(), messages('zh-Hans')['route-guide']);
  });
});

test('an unknown ?lang= is ignored, not an error', async () => {
  await withPage(served, { locale: 'ja-JP' }, async (app) => {
    await app.open('/documents?lang=xx-INVALID');
    assert.equal(await app.heading().textContent(), messages('ja')['route-documents']);
  });
});

test('a missing language file gives a message and a retry that works', async () => {
  const causedByTheOutage = (problem) => /app\.ftl|Failed to load resource/.test(problem);
  await withPage(
    served,
    { locale: 'en-US' },
    async (app, page) => {
      let failNext = true;
      await page.route('**/locales/en/app.ftl', (route) => {
        if (failNext) {
          failNext = false;
          return route.abort('internetdisconnected');
        }
        return route.continue();
      });
      await page.goto(app.baseUrl + '/stay');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not be loaded/);
      await page.getByRole('button', { name: 'Try again' }).click();
      await app.heading().waitFor();
      assert.equal(await app.heading().textContent(), messages('en')['route-stay']);
    },
    causedByTheOutage,
  );
});
