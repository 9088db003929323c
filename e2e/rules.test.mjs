// What a patient is told must be right (issue 15): the Certificate of Eligibility for stays
// over 90 days, the allowed period from an arrival alone, a timeline anchored on the arrival
// with its own Certificate step across the year-end closure, late steps named, taxed
// heavy-ion prices, exact one-block opinions, and a notice beside figures checked long ago.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS, message } from './support/app-page.mjs';
import { EstimatorPage } from './support/estimator-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp('dist');

/** Fixes the device's date before the app starts. */
async function today(page, date) {
  await page.clock.setFixedTime(new Date(`${date}T09:00:00Z`));
}

for (const [width, height, suffix] of [[1280, 900, ''], [360, 780, '-phone']]) {
  test(`a stay over 90 days on the 6-month route needs a Certificate of Eligibility, and an arrival alone shows the last day (${width} px)`, async () => {
    const en = (id, args) => message('en', id, args);
    await withPage(served, { locale: 'en', viewport: { width, height } }, async (app, page) => {
      await today(page, '2026-11-29');
      await app.open('/stay');
      await page.getByLabel(en('stay-route-medical', { period: '6 months' })).check();
      await page.getByLabel(en('stay-arrival')).fill('2027-03-01');
      // Regression: with an arrival alone the result was empty.
      await page.getByTestId('stay-allowed').waitFor();
      assert.equal(await page.getByTestId('stay-allowed').textContent(), en('stay-allowed', { period: '6 months' }));
      assert.equal(await page.getByTestId('stay-last-day').textContent(), en('stay-last-day', { date: 'August 31, 2027' }));
      assert.equal(await page.getByTestId('stay-certificate').textContent(), en('stay-certificate-if-longer', { days: 90 }));
      await page.screenshot({ path: `${SCREENSHOTS}/stay-arrival-only${suffix}.png`, fullPage: true });

      // Regression: 120 days on the 6-month route "fitted" with no word of the certificate.
      await page.getByLabel(en('stay-departure')).fill('2027-06-28');
      assert.ok(await page.getByText(en('stay-fits')).isVisible());
      assert.equal(await page.getByTestId('stay-certificate').textContent(), en('stay-certificate', { days: 90 }));
      assert.equal(await app.overflowsHorizontally(), false);
      await page.screenshot({ path: `${SCREENSHOTS}/stay-over-90-days-6-months${suffix}.png`, fullPage: true });
      assert.deepEqual(await app.axeViolations(), []);
    });
  });
}

test('the timeline starts from the arrival entered, puts the certificate before the visa across the New Year closure, and names late steps', async () => {
  const en = (id, args) => message('en', id, args);
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    await today(page, '2026-06-01');
    await app.open('/stay');
    await page.getByLabel(en('stay-route-medical', { period: '6 months' })).check();
    await page.getByLabel(en('stay-arrival')).fill('2027-01-20');
    await page.getByLabel(en('stay-departure')).fill('2027-05-20');
    await page.getByLabel(en('timeline-start')).fill('2027-01-21');
    const steps = page.locator('.milestones > li');
    await steps.first().waitFor();
    const rows = await steps.allInnerTexts();
    const index = (id) => rows.findIndex((row) => row.startsWith(en(id)));
    assert.ok(index('step-certificate') >= 0 && index('step-certificate') < index('step-visa-latest'), rows.join('\n'));
    // No office chosen, none listed: 10 working days before 20 Jan skip 11 Jan (to 5 Jan),
    // the 6-day margin for unknown local closures skips 29 Dec to 3 Jan (to 22 Dec), and
    // the open day before that is 21 Dec.
    assert.match(rows[index('step-visa-latest')], /December 21, 2026/);
    // 3 months before is Mon 21 Sep, a holiday (as are 22 and 23): Fri 18 Sep.
    assert.match(rows[index('step-certificate')], /September 18, 2026/);
    // Regression: arrival was always the day before treatment.
    assert.match(rows[index('step-arrival')], /January 20, 2027/);
    // Each lead time names its source, with its dates.
    assert.match(rows[index('step-visa-latest')], /JIMCA.*checked November 29, 2026/);
    assert.equal(await page.getByTestId('timeline-late').count(), 0);
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-certificate-new-year.png`, fullPage: true });

    // Regression: "too soon for every step" when only some were late.
    await page.getByLabel(en('stay-arrival')).fill('2026-07-20');
    await page.getByLabel(en('stay-departure')).fill('2026-08-10');
    await page.getByLabel(en('timeline-start')).fill('2026-07-21');
    const late = page.getByTestId('timeline-late');
    await late.waitFor();
    const named = await late.locator('li').allInnerTexts();
    assert.ok(named.includes(en('step-contact-coordinator')), named.join(', '));
    assert.ok(!named.includes(en('step-visa-latest')), 'the visa is still possible');
    assert.ok(!named.includes(en('step-treatment-start')));
    assert.match(await late.innerText(), /The earliest start/);

    // Arriving long before treatment is pointed out.
    await page.getByLabel(en('timeline-start')).fill('2026-08-09');
    assert.equal(await page.getByTestId('timeline-arrival-warning').textContent(), en('timeline-arrival-long-gap', { days: 20 }));
  });
});

test('a lapsed exemption is planned with a visa, and Montenegro is listed', async () => {
  const en = (id, args) => message('en', id, args);
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await today(page, '2026-11-29');
    await app.open('/stay');
    const nationality = page.getByLabel(en('stay-nationality'));
    await nationality.selectOption('ME');
    assert.ok(await page.getByText(en('stay-exempt-days', { days: 90 })).isVisible());
    await nationality.selectOption('BR');
    await page.getByLabel(en('stay-arrival')).fill('2026-12-10');
    assert.equal(await page.getByTestId('stay-lapsed').textContent(), en('stay-exemption-lapsed', { date: 'September 29, 2026' }));
  });
});

test('heavy-ion therapy shows the domestic price with tax added, and one opinion block is exact', async () => {
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-heavy-ion');
    await estimator.addItem('heavy-ion-package');
    assert.equal(await estimator.total().textContent(), '¥3,454,000 and up');
    assert.match(await estimator.summaryRow('summary-tax-added', { rate: '10' }).textContent(), /¥314,000 and up/);
    assert.equal(await page.getByRole('row', { name: /^of which consumption tax/ }).count(), 0);
    await page.screenshot({ path: `${SCREENSHOTS}/estimate-heavy-ion.png`, fullPage: true });
  });
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('in-person-opinion');
    await estimator.quantity(0).fill('30');
    // Regression: "¥33,000 and up" and "then 0 × 30 min".
    assert.equal(await estimator.total().textContent(), '¥33,000');
    assert.equal(await page.getByText(/0 × 30 min/).count(), 0);
  });
});

test('a figure checked over a year ago gets a notice beside it, in the reader\'s language', async () => {
  for (const locale of ['en', 'ja', 'ar']) {
    await withPage(served, { locale }, async (app, page) => {
      // Checked on 29 November 2026; 15 months later.
      await today(page, '2028-03-01');
      await app.open(locale === 'en' ? '/stay' : `/${locale}/stay`);
      await page.getByLabel(message(locale, 'stay-nationality')).selectOption('KR');
      const stale = page.locator('[data-testid="stay-exempt-note"] .source__stale');
      await stale.waitFor();
      const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
      assert.equal(plain(await stale.textContent()), plain(message(locale, 'source-stale', { months: 15 })));
    });
  }
});
