// Choosing the language: each locale's pages have their own paths (`/ja/stay`); an unprefixed
// page (`/stay`) chooses as the app does, from `?lang=` (links and embeds), the picker's
// remembered choice, then the browser's languages, and sends the reader to that locale's page.
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

// The unprefixed page's inline script (src/bin/route_pages/locale_redirect.rs) and the app's
// Locale::from_tag must agree, or a reader would see one language and then another.
test('an unprefixed page sends each browser language to its own pages', async () => {
  const expected = {
    'en-GB': 'en', 'fr-FR': 'en', 'ja-JP': 'ja', 'zh-CN': 'zh-Hans', 'zh-SG': 'zh-Hans', 'zh-TW': 'zh-Hant',
    'zh-HK': 'zh-Hant', 'zh-MO': 'zh-Hant', 'ko-KR': 'ko', 'vi-VN': 'vi', 'ru-RU': 'ru', 'id-ID': 'id', 'ar-EG': 'ar',
  };
  for (const [tag, locale] of Object.entries(expected)) {
    await withPage(served, { locale: tag }, async (app, page) => {
      await app.open('/stay#top');
      const url = new URL(page.url());
      assert.equal(url.pathname.replace(/\/$/, ''), locale === 'en' ? '/stay' : `/${locale}/stay`, tag);
      assert.equal(url.hash, '#top', tag);
      assert.equal(await app.heading().textContent(), messages(locale)['route-stay'], tag);
      assert.equal((await app.documentLanguage())[0], locale, tag);
    });
  }
});

test('a locale\'s own page stays in its language whatever the browser prefers', async () => {
  await withPage(served, { locale: 'ru-RU' }, async (app) => {
    await app.open('/zh-Hant/documents');
    assert.equal(await app.heading().textContent(), messages('zh-Hant')['route-documents']);
    assert.deepEqual(await app.documentLanguage(), ['zh-Hant', 'ltr']);
  });
});

test('the picker switches the language at once and is remembered after a reload', async () => {
  await withPage(served, { locale: 'en-US' }, async (app, page) => {
    await app.open('/estimate');
    await app.languagePicker().selectOption('ja');
    await page.getByRole('heading', { level: 1, name: messages('ja')['route-estimate'] }).waitFor();
    assert.deepEqual(await app.documentLanguage(), ['ja', 'ltr']);
    assert.equal(await app.languagePicker().inputValue(), 'ja');
    // The address is the Japanese page's, so a copied link or a reload stays in Japanese.
    assert.equal(new URL(page.url()).pathname, '/ja/estimate');

    await app.reload();
    await app.heading().waitFor();
    assert.equal(await app.heading().textContent(), messages('ja')['route-estimate']);
    assert.equal(await app.languagePicker().inputValue(), 'ja');
  });
});

test('going back to an entry from before a language change shows the language its address names', async () => {
  await withPage(served, { locale: 'ko-KR' }, async (app, page) => {
    await app.open('/ja/stay');
    // The skip link's #main is a history entry of the same page, as any in-page link makes.
    await page.goto(`${page.url()}#main`);
    await app.languagePicker().selectOption('en');
    await page.getByRole('heading', { level: 1, name: messages('en')['route-stay'] }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/en/stay');

    await page.goBack();
    assert.equal(new URL(page.url()).pathname.replace(/\/$/, ''), '/ja/stay');
    await page.getByRole('heading', { level: 1, name: messages('ja')['route-stay'] }).waitFor();
    assert.deepEqual(await app.documentLanguage(), ['ja', 'ltr']);
    // Going back chose nothing: English stays the remembered language, over the browser's.
    await app.open('/stay');
    assert.equal(await app.heading().textContent(), messages('en')['route-stay']);
  });
});

test('?lang= wins for that visit without replacing the remembered choice', async () => {
  await withPage(served, { locale: 'en-US' }, async (app, page) => {
    await app.open('/');
    await app.languagePicker().selectOption('zh-Hans');
    await page.getByRole('heading', { level: 1, name: messages('zh-Hans')['route-home'] }).waitFor();

    await app.open('/embed/estimate?lang=ja&schedule=example-heavy-ion');
    assert.equal(await app.heading().textContent(), messages('ja')['route-embed-estimate']);
    // The embed's own parameters survive the move to the Japanese page.
    const url = new URL(page.url());
    assert.equal(url.pathname.replace(/\/$/, ''), '/ja/embed/estimate');
    assert.equal(url.search, '?schedule=example-heavy-ion');
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
