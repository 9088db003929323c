// Keyboard only: the estimator and the intake form can be reached and used with Tab, typing,
// arrow keys and Enter, and the focused control is always visibly marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp();
const en = messages('en');

/**
 * Presses Tab until `target` (a locator) has the focus, at most `limit` times, and checks
 * that the focus is visibly marked; fails if the keyboard cannot get there.
 */
async function tabTo(page, target, limit = 120) {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.ok(outline.style !== 'none' && outline.width >= 2, `focus not visible: ${JSON.stringify(outline)}`);
      return;
    }
  }
  assert.fail(`${target} cannot be reached with Tab`);
}

test('the estimator can be used with the keyboard alone', async () => {
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    await app.open('/estimate');
    await page.getByRole('heading', { level: 2, name: en['estimate-items-heading'] }).waitFor();
    await page.waitForLoadState('networkidle');
    const total = page.getByTestId('estimate-total');
    const before = await total.textContent();

    await tabTo(page, page.locator('#add-item'));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: en['estimate-add-button'], exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('#line-0-quantity'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="estimate-total"]')?.textContent !== previous,
      before,
    );
  });
});

test('the intake form can be filled and exported with the keyboard alone', async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/intake');
    await page.waitForLoadState('networkidle');
    await tabTo(page, page.locator('#patient-name'));
    await page.keyboard.type('Anna Ivanova');
    await tabTo(page, page.locator('#patient-date-of-birth'));
    await page.keyboard.type('04121961');
    await tabTo(page, page.locator('#patient-nationality'));
    // A closed select chooses by typing the start of a name.
    await page.keyboard.type('Russia');
    assert.equal(await page.locator('#patient-nationality').inputValue(), 'RU');
    await tabTo(page, page.locator('#patient-email'));
    await page.keyboard.type('anna@example.ru');
    await tabTo(page, page.locator('#diagnosis'));
    await page.keyboard.type('Prostate cancer');
    const download = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: en['export-download'] }));
    await page.keyboard.press('Enter');
    const file = await download;
    assert.match(file.suggestedFilename(), /^care-packet-/);
    assert.equal(await page.locator('#patient-date-of-birth').inputValue(), '1961-04-12');
  });
});
