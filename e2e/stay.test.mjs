// The stay check and timeline (its own bundle, `stay`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { SCREENSHOTS, message, messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp('dist');

function fill(text, args) {
  let out = text;
  for (const [name, value] of Object.entries(args)) out = out.replace(`{ $${name} }`, value);
  return out;
}

test('a 12-session plan on a 15-day exemption: the problem, the options, a calendar, and the plan after a reload', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 }, acceptDownloads: true }, async (app, page) => {
    await app.open('/stay');
    await page.getByLabel(en['stay-nationality']).selectOption('TH');
    assert.ok(await page.getByText(message('en', 'stay-exempt-days', { days: 15 })).isVisible());
    await page.getByLabel(en['stay-arrival']).fill('2027-03-01');
    await page.getByLabel(en['stay-plan-toggle']).check();
    await page.getByLabel(en['stay-sessions'], { exact: true }).fill('12');
    await page.getByLabel(en['stay-sessions-per-week']).fill('4');
    // 3 days before + 3 weeks + 2 days after = 26 days: 11 over a 15-day exemption.
    assert.equal(await page.getByTestId('stay-days').textContent(), message('en', 'stay-days', { days: 26, arrival: 'March 1, 2027', departure: 'March 26, 2027' }));
    assert.equal(await page.getByTestId('stay-last-day').textContent(), fill(en['stay-last-day'], { date: 'March 15, 2027' }));
    assert.ok(await page.getByText(message('en', 'stay-over', { days: 11 })).isVisible());
    assert.ok(await page.getByText(en['stay-option-medical-visa']).isVisible());

    await page.getByLabel(fill(en['stay-route-medical'], { period: '90 days' })).check();
    assert.ok(await page.getByText(en['stay-fits']).isVisible());

    await page.getByLabel(en['timeline-start']).fill('2027-03-02');
    assert.ok(await page.getByText(en['step-visa-latest']).isVisible());
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: en['timeline-download'] }).click();
    const download = await downloading;
    const ics = readFileSync(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 8);
    assert.match(ics, /DTSTART;VALUE=DATE:20270302\r\n/);
    assert.match(ics, /SUMMARY:Treatment starts\r\n/);
    await page.screenshot({ path: `${SCREENSHOTS}/stay-en.png`, fullPage: true });

    await app.reload();
    await page.getByTestId('stay-days').waitFor();
    assert.ok(await page.getByText(en['stay-fits']).isVisible());
    assert.equal(await page.getByLabel(en['stay-nationality']).inputValue(), 'TH');
    assert.equal(await page.getByLabel(en['timeline-start']).inputValue(), '2027-03-02');
  });
});

for (const locale of ['ja', 'zh-Hans']) {
  test(`the stay check works in ${locale}, with country names in that language`, async () => {
    const text = messages(locale);
    await withPage(served, { locale, viewport: { width: 390, height: 844 } }, async (app, page) => {
      await app.open('/stay');
      const nationality = page.getByLabel(text['stay-nationality']);
      await nationality.selectOption('KR');
      const shown = await nationality.locator('option:checked').textContent();
      assert.equal(shown, locale === 'ja' ? '韓国' : '韩国');
      await page.getByLabel(text['stay-arrival']).fill('2027-01-01');
      await page.getByLabel(text['stay-departure']).fill('2027-04-01');
      // 91 days on a 90-day exemption: one day over.
      assert.ok(await page.getByText(message(locale, 'stay-over', { days: 1 })).isVisible());
      await page.getByLabel(text['stay-departure']).fill('2026-12-01');
      assert.ok(await page.getByRole('alert').isVisible());
      assert.equal(await app.overflowsHorizontally(), false);
      await page.screenshot({ path: `${SCREENSHOTS}/stay-${locale}.png`, fullPage: true });
      assert.deepEqual(await app.axeViolations(), []);
    });
  });
}

test('when the browser refuses to store, the stay page says so and keeps the plan', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await app.open('/stay');
    await page.getByLabel(en['stay-nationality']).selectOption('KR');
    await page.getByText(en['save-failed']).waitFor();
    assert.ok(await page.getByText(message('en', 'stay-exempt-days', { days: 90 })).isVisible());
  });
});
