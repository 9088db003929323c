// The cost estimator (its own bundle, `estimator`): building an estimate, keeping
// it across reloads, refusing bad input without losing the estimate, a broken schedule file,
// settlement, currency and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS, messages } from './support/app-page.mjs';
import { EstimatorPage } from './support/estimator-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp('dist');

test('a new user builds an itemised estimate and finds it again after a reload', async () => {
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('in-person-opinion');
    // 75 minutes: the first 30-minute block and 2 more, each "¥11,000 and up".
    await estimator.quantity(0).fill('75');
    await estimator.addItem('biopsy-slide-review');
    await estimator.quantity(1).fill('3');
    await estimator.field('estimate-coordinator-fee').fill('50,000');
    await estimator.field('estimate-companions').fill('1');
    await estimator.field('estimate-flight').fill('80000');
    await estimator.field('estimate-nights').fill('５');
    await estimator.field('estimate-nightly-rate').fill('12000');
    await estimator.field('estimate-contingency').fill('10');

    // 55,000 + 16,500 + 50,000 + 2 × 80,000 + 5 × 12,000 = 341,500; + 10 % = 375,650.
    assert.equal(await estimator.total().textContent(), '¥375,650 and up');
    assert.match(await page.getByText('first 30 min ¥33,000').textContent(), /2 × 30 min at ¥11,000 and up/);
    assert.match(await estimator.summaryRow('summary-tax-included', { rate: '10' }).textContent(), /¥6,500 and up/);
    assert.ok(await page.getByText(/Cancer Institute Hospital of JFCR: second opinion.*\(dated February 26, 2024, checked November 29, 2026\)/).first().isVisible());
    await page.screenshot({ path: `${SCREENSHOTS}/estimator-en.png`, fullPage: true });

    await app.reload();
    await estimator.ready();
    assert.equal(await estimator.total().textContent(), '¥375,650 and up');
    assert.equal(await estimator.quantity(0).inputValue(), '75');
    assert.equal(await estimator.field('estimate-nights').inputValue(), '5');
  });
});

// The summary redraws only the line that changed (a keyed row per line); a change of
// language must still redraw every line in the new language.
const SUMMARY_LINE_ROWS = '.summary__table tbody:not(.summary__totals) tr:not(.summary__category)';

test('after a change of language every line of the summary is in the new language', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('biopsy-slide-review');
    await estimator.quantity(0).fill('3');
    await estimator.addItem('written-opinion');
    const lines = page.locator(SUMMARY_LINE_ROWS);
    assert.equal(await lines.count(), 2);
    for (const text of await lines.allTextContents()) assert.match(text, /¥/);
    assert.doesNotMatch((await lines.allTextContents()).join(' '), /JP¥/);

    await app.languagePicker().selectOption('zh-Hans');
    await page.getByRole('heading', { level: 1, name: messages('zh-Hans')['route-estimate'] }).waitFor();
    // Chinese writes yen as JP¥ (¥ alone is the yuan): every line's amounts, not only the total.
    await page.waitForFunction((selector) => {
      const rows = document.querySelectorAll(selector);
      return rows.length === 2 && [...rows].every((row) => row.textContent.includes('JP¥'));
    }, SUMMARY_LINE_ROWS);
    assert.match(await estimator.total().textContent(), /^JP¥/);
  });
});

for (const locale of ['ja', 'zh-Hans']) {
  test(`the estimator works in ${locale}`, async () => {
    await withPage(served, { locale, viewport: { width: 390, height: 844 } }, async (app, page) => {
      const estimator = new EstimatorPage(page, locale);
      await app.open('/estimate');
      await estimator.chooseSchedule('example-self-pay-30-yen');
      await estimator.addItem('care-points');
      await estimator.quantity(0).fill('１２３４');
      // 1,234 points × 30 yen = 37,020; tax added: 3,702; total 40,722, written the
      // locale's way (JP¥ in Chinese, where ¥ alone means yuan).
      assert.equal(await estimator.total().textContent(), { ja: '￥40,722', 'zh-Hans': 'JP¥40,722' }[locale]);
      assert.equal(await app.overflowsHorizontally(), false);
      await page.screenshot({ path: `${SCREENSHOTS}/estimator-${locale}.png`, fullPage: true });
      assert.deepEqual(await app.axeViolations(), []);
    });
  });
}

test('bad numbers get a message in the reader’s language and the last good estimate stays', async () => {
  await withPage(served, { locale: 'ja' }, async (app, page) => {
    const estimator = new EstimatorPage(page, 'ja');
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('written-opinion');
    assert.equal(await estimator.total().textContent(), '￥110,000');
    const cases = [
      ['-2', 'number-negative'],
      ['abc', 'number-not-a-number'],
      ['1.5', 'number-too-precise'],
      ['99999999999', 'number-too-large'],
    ];
    for (const [typed, key] of cases) {
      await estimator.quantity(0).fill(typed);
      const message = page.locator('#line-0-quantity-message');
      const expected = estimator.label(key).split('{')[0].trim();
      assert.ok((await message.textContent()).startsWith(expected.slice(0, 6)), `${typed}: ${await message.textContent()}`);
      assert.equal(await estimator.quantity(0).getAttribute('aria-invalid'), 'true');
      assert.equal(await estimator.total().textContent(), '￥110,000', `${typed} changed the estimate`);
    }
    await estimator.quantity(0).fill('2');
    assert.equal(await estimator.total().textContent(), '￥220,000');
    assert.equal(await page.locator('#line-0-quantity-message').textContent(), '');
  });
});

test('a broken schedule file is named with its field, and the page still works', async () => {
  const causedByTheBrokenFile = () => false;
  await withPage(
    served,
    { locale: 'en' },
    async (app, page) => {
      await page.route('**/data/fee-schedules/example-heavy-ion.json', async (route) => {
        const response = await route.fetch();
        const broken = (await response.text()).replace(/"price": \{\s*"from": 3140000\s*\}/, '"price": "a lot"');
        await route.fulfill({ response, body: broken });
      });
      const estimator = new EstimatorPage(page);
      await app.open('/estimate');
      await estimator.field('estimate-schedule-label').selectOption('example-heavy-ion');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(text, /example-heavy-ion\.json/);
      assert.match(text, /items\[0\]\.pricing\.price/);
      // Another schedule still works.
      await estimator.chooseSchedule('example-interpreters');
      await estimator.addItem('interpreter-hourly');
      await estimator.quantity(0).fill('2.5');
      // 2.5 × ¥5,000 and 10 % tax: KOTOSAPO does not say its rate includes tax, so the
      // schedule adds it (the higher figure).
      assert.equal(await estimator.total().textContent(), '¥13,750');
    },
    causedByTheBrokenFile,
  );
});

test('settlement shows the refund or the extra payment with its arithmetic; currency view converts', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('written-opinion');
    await page.getByRole('button', { name: estimator.label('settlement-use-estimate') }).click();
    assert.equal(await estimator.field('settlement-prepaid').inputValue(), '110000');
    await estimator.field('settlement-actual').fill('95000');
    assert.equal(await page.locator('.settlement__result').textContent(), '¥110,000 − ¥95,000 = ¥15,000, refunded to you.');
    await estimator.field('settlement-actual').fill('120500');
    assert.equal(await page.locator('.settlement__result').textContent(), '¥120,500 − ¥110,000 = ¥10,500, still to pay.');

    await estimator.field('currency-label').selectOption('KRW');
    await estimator.field('currency-rate', { code: 'KRW' }).fill('0.1085');
    assert.equal(await page.locator('.currency__amount').textContent(), 'Estimated total: about 1,013,825 KRW');
    await estimator.field('currency-label').selectOption('USD');
    await estimator.field('currency-rate', { code: 'USD' }).fill('149.87');
    assert.equal(await page.locator('.currency__amount').textContent(), 'Estimated total: about 733.97 USD');
    assert.ok(await page.getByText(estimator.label('currency-yen-governs')).isVisible());
  });
});

test('the printed estimate keeps lines, sources and totals and drops the controls', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await estimator.chooseSchedule('example-heavy-ion');
    await estimator.addItem('heavy-ion-package');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await estimator.total().isVisible(), true);
    assert.equal(await estimator.field('estimate-add-label').isVisible(), false);
    assert.ok(await page.getByText(/QST Hospital: costs .*\(dated April 1, 2022, checked December 7, 2026\)/).first().isVisible());
    await page.screenshot({ path: `${SCREENSHOTS}/estimator-print.png`, fullPage: true });
  });
});

test('an unreadable saved estimate is kept aside unchanged and the page saves afresh', async () => {
  const garbage = '{"schema_version":1,"data":{"draft":'; // cut off mid-write
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.addInitScript((raw) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('japan-care-planner:estimate', raw);
        sessionStorage.setItem('seeded', '1');
      }
    }, garbage);
    const estimator = new EstimatorPage(page);
    await app.open('/estimate');
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('written-opinion');
    assert.equal(await estimator.total().textContent(), '¥110,000');
    const stored = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    );
    const kept = Object.entries(stored).filter(([key]) => key.startsWith('japan-care-planner:estimate:quarantine:'));
    assert.deepEqual(kept.map(([, text]) => text), [garbage]);
    assert.match(stored['japan-care-planner:estimate'], /written-opinion/);
  });
});

test('when the browser refuses to store, the page says so and keeps the estimate', async () => {
  await withPage(served, { locale: 'zh-Hans' }, async (app, page) => {
    // As a full quota does: every write throws QuotaExceededError.
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    const estimator = new EstimatorPage(page, 'zh-Hans');
    await app.open('/estimate');
    await estimator.chooseSchedule('example-second-opinion');
    await estimator.addItem('written-opinion');
    await page.getByText(estimator.label('save-failed')).waitFor();
    assert.equal(await estimator.total().textContent(), 'JP¥110,000');
  });
});
