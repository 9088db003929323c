// What a patient acts on, round two (issue 30): the visa office's own calendar, the
// Certificate of Eligibility from the period alone, no visa step without a visa, every
// medical-stay period, companions' papers, and the Arabic settlement and stay result on a
// phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS, message, messages } from './support/app-page.mjs';
import { EstimatorPage } from './support/estimator-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp('dist');
const en = (id, args) => message('en', id, args);

/** Fixes the device's date before the app starts. */
async function today(page, date) {
  await page.clock.setFixedTime(new Date(`${date}T09:00:00Z`));
}

/** The timeline's entry for a step, found by the step's name. */
function step(page, key) {
  return page.getByRole('listitem').filter({ hasText: en(key) });
}

async function latest(page, key) {
  const text = await step(page, key).textContent();
  return text.match(/Latest: ([A-Z][a-z]+ \d+, \d{4})/)?.[1];
}

const PHONE = { width: 360, height: 780 };

test('a Vietnamese patient on a 6-month route with only an arrival date sees the Certificate of Eligibility step', async () => {
  await withPage(served, { locale: 'en', viewport: PHONE }, async (app, page) => {
    await today(page, '2026-12-07');
    await app.open('/stay');
    await page.getByLabel(en('stay-nationality')).selectOption('VN');
    await page.getByLabel(en('stay-route-medical', { period: '6 months' })).check();
    await page.getByLabel(en('stay-arrival')).fill('2027-06-01');
    await page.getByLabel(en('timeline-start')).fill('2027-06-02');
    await step(page, 'step-certificate').waitFor();
    // The office defaults to the one for the passport's country.
    const office = page.getByLabel(en('timeline-office'));
    assert.equal(await office.locator('option:checked').textContent(), 'Embassy of Japan in Vietnam (Hanoi)');
    const certificate = new Date(await latest(page, 'step-certificate'));
    const visa = new Date(await latest(page, 'step-visa-latest'));
    // 1–3 months before the visa: the longer end, and the 3-month validity is said.
    assert.ok(visa - certificate >= 89 * 86_400_000, `${certificate} vs ${visa}`);
    assert.equal(await page.getByTestId('stay-certificate').textContent(), en('stay-certificate-if-longer', { days: 90 }));
    assert.ok(await page.getByTestId('stay-period-binds').isVisible());
    assert.equal(await app.overflowsHorizontally(), false);
    await page.screenshot({ path: `${SCREENSHOTS}/visa-certificate-vn-phone.png`, fullPage: true });
    assert.deepEqual(await app.axeViolations(), []);
  });
});

test('a Chinese patient applying in Guangzhou after the Spring Festival gets a latest day with the closure margin', async () => {
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    await today(page, '2026-12-07');
    await app.open('/stay');
    await page.getByLabel(en('stay-nationality')).selectOption('CN');
    await page.getByLabel(en('stay-route-medical', { period: '30 days' })).check();
    await page.getByLabel(en('timeline-office')).selectOption({ label: 'Consulate-General of Japan in Guangzhou' });
    await page.getByLabel(en('timeline-start')).fill('2027-02-22');
    await step(page, 'step-visa-latest').waitFor();
    // Arrival Sun 21 Feb 2027: 10 working days back reach 5 Feb, inside the weeks the
    // Spring Festival closes the office; Guangzhou has not published 2027, so 6 more working
    // days (its 2024 closure) reach 28 Jan, and the latest day to apply is Wed 27 Jan.
    assert.equal(await latest(page, 'step-visa-latest'), 'January 27, 2027');
    const note = page.getByTestId('timeline-office-note');
    assert.match(await note.textContent(), new RegExp(escape(en('timeline-office-unpublished', {
      office: 'Consulate-General of Japan in Guangzhou', years: '2027', days: 6,
    }))));
    assert.ok(await note.getByRole('link', { name: 'Consulate-General of Japan in Guangzhou', exact: true }).isVisible());
    assert.equal(await latest(page, 'step-visa-if-referred'), 'January 20, 2027');
    await page.screenshot({ path: `${SCREENSHOTS}/visa-guangzhou.png`, fullPage: true });
  });
});

test('a Thai patient: no visa step when exempt, and no visa date on a day the office is closed', async () => {
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    await today(page, '2026-12-07');
    await app.open('/stay');
    await page.getByLabel(en('stay-nationality')).selectOption('TH');
    await page.getByLabel(en('stay-arrival')).fill('2027-03-01');
    await page.getByLabel(en('stay-departure')).fill('2027-03-10');
    await page.getByLabel(en('timeline-start')).fill('2027-03-02');
    await step(page, 'step-arrival').waitFor();
    assert.ok(await page.getByText(en('stay-fits')).isVisible());
    assert.equal(await page.getByText(/Apply for the visa/).count(), 0);
    assert.equal(await page.getByLabel(en('timeline-office')).isVisible(), false);
    await page.screenshot({ path: `${SCREENSHOTS}/visa-exempt-th.png`, fullPage: true });

    // Regression: on the medical-stay route the latest day was Thu 11 Feb (a national
    // holiday) and the recommended one Thu 31 Dec (year-end closure).
    await page.getByLabel(en('stay-route-medical', { period: '90 days' })).check();
    await step(page, 'step-visa-latest').waitFor();
    assert.equal(await latest(page, 'step-visa-latest'), 'February 2, 2027');
    assert.equal(await latest(page, 'step-visa-recommended'), 'December 28, 2026');
    assert.match(await page.getByTestId('timeline-office-note').textContent(), new RegExp(escape(en('timeline-office-unlisted', { days: 6 }))));
  });
});

test('a 40-day stay on a 30-day medical-stay period does not fit, and companions are told what they need', async () => {
  await withPage(served, { locale: 'en', viewport: PHONE }, async (app, page) => {
    await today(page, '2026-12-07');
    await app.open('/stay');
    for (const period of ['15 days', '30 days', '90 days', '6 months', '1 year']) {
      assert.ok(await page.getByLabel(en('stay-route-medical', { period })).isVisible(), period);
    }
    await page.getByLabel(en('stay-route-medical', { period: '30 days' })).check();
    await page.getByLabel(en('stay-arrival')).fill('2027-03-01');
    await page.getByLabel(en('stay-departure')).fill('2027-04-09');
    await page.getByTestId('stay-days').waitFor();
    assert.ok(await page.getByText(en('stay-over', { days: 10 })).isVisible());
    assert.ok(await page.getByTestId('stay-period-binds').isVisible());
    await page.getByLabel(en('stay-companions')).fill('2');
    assert.equal(await page.getByTestId('stay-companions').textContent(), en('stay-companions-named', { count: 2 }));
    // Over 90 days, each companion also needs their own certificate.
    await page.getByLabel(en('stay-route-medical', { period: '6 months' })).check();
    await page.getByLabel(en('stay-departure')).fill('2027-07-01');
    await page.getByText(en('stay-fits')).waitFor();
    assert.equal(
      await page.getByTestId('stay-companions').textContent(),
      `${en('stay-companions-named', { count: 2 })} ${en('stay-companions-certificate', { days: 90 })}`,
    );
    assert.equal(await app.overflowsHorizontally(), false);
    await page.screenshot({ path: `${SCREENSHOTS}/stay-companions-phone.png`, fullPage: true });
  });
});

test('the Arabic settlement and stay result read right to left on a phone', async () => {
  const ar = messages('ar');
  await withPage(served, { locale: 'ar', viewport: PHONE }, async (app, page) => {
    await today(page, '2026-12-07');
    const estimator = new EstimatorPage(page, 'ar');
    await app.open('/ar/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('written-opinion');
    await page.getByRole('button', { name: estimator.label('settlement-use-estimate') }).click();
    await estimator.field('settlement-actual').fill('95000');
    const result = page.locator('.settlement__result');
    // The equation is isolated left to right (U+2066 … U+2069) inside the Arabic sentence.
    const equation = await result.textContent();
    assert.ok(equation.startsWith('\u2066') && equation.includes('\u2069،'), JSON.stringify(equation));
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await app.overflowsHorizontally(), false);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/settlement-ar-phone.png` });
    // "10%" stays one run beside its number (no space before the sign in Arabic).
    await estimator.field('estimate-contingency').fill('10');
    const contingency = estimator.summaryRow('summary-contingency', { percent: '\u206810\u2069' });
    await contingency.scrollIntoViewIfNeeded();
    assert.match(await contingency.textContent(), /10\u2069?%/);
    await page.screenshot({ path: `${SCREENSHOTS}/estimate-summary-ar-phone.png` });

    await app.open('/ar/stay');
    // Exempt, then 15 and 30 days: the third choice.
    await page.getByRole('radio').nth(2).check();
    await page.getByLabel(ar['stay-arrival']).fill('2027-03-01');
    await page.getByLabel(ar['stay-departure']).fill('2027-04-09');
    await page.getByTestId('stay-days').waitFor();
    assert.ok(await page.getByTestId('stay-period-binds').isVisible());
    await page.getByLabel(ar['timeline-start']).fill('2027-03-02');
    // "(.ics)" is isolated so its dot stays on the left of "ics".
    await page.getByRole('button', { name: ar['timeline-download'] }).waitFor();
    assert.equal(await app.overflowsHorizontally(), false);
    await page.screenshot({ path: `${SCREENSHOTS}/stay-result-ar-phone.png`, fullPage: true });
    assert.deepEqual(await app.axeViolations(), []);
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
