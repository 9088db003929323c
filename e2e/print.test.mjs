// The print stylesheet: content prints, controls that mean nothing on paper do not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';

import { AppPage } from './support/app-page.mjs';
import { launchBrowser } from './support/browser.mjs';
import { startStaticServer } from './support/server.mjs';

let server;
let browser;

before(async () => {
  mkdirSync('e2e/screenshots', { recursive: true });
  server = await startStaticServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('printing shows the content without navigation, language picker or buttons', async () => {
  const context = await browser.newContext({ locale: 'ja', colorScheme: 'dark' });
  const page = await context.newPage();
  const app = new AppPage(page, server.baseUrl);
  try {
    await app.open('/');
    assert.equal(await app.navigation().isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await app.navigation().isVisible(), false);
    assert.equal(await app.languagePicker().isVisible(), false);
    assert.equal(await app.heading().isVisible(), true);
    // Paper is white whatever the screen's colour scheme.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(255, 255, 255)');
    // Stage numbers must not rely on a background colour, which printers leave out.
    const number = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.journey__stage'), '::before');
      return { color: style.color, border: style.borderTopStyle };
    });
    assert.deepEqual(number, { color: 'rgb(0, 0, 0)', border: 'solid' });
    await page.screenshot({ path: 'e2e/screenshots/ja-home-print.png', fullPage: true });
  } finally {
    await context.close();
  }
});
