// The print stylesheet: content prints, controls that mean nothing on paper do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp();

test('printing shows the content without navigation, language picker or buttons', async () => {
  await withPage(served, { locale: 'ja', colorScheme: 'dark' }, async (app, page) => {
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
    await page.screenshot({ path: `${SCREENSHOTS}/ja-home-print.png`, fullPage: true });
  });
});
