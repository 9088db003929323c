// Document checklists and the guide: a new user's choices, statuses and notes survive a
// reload; print shows statuses and notes with boxes to tick; both pages work in ja and
// zh-Hans; a broken content file is named with its entry; the home page links into the guide.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS, messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';

const served = useServedApp('dist');

/** The checklist section of a scenario, found by its heading. */
function section(page, texts, scenario) {
  return page.getByRole('region', { name: texts[`checklist-scenario-${scenario}`] });
}

test('a new user picks two checklists, marks documents, adds a note and finds them after a reload', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en', viewport: { width: 390, height: 844 } }, async (app, page) => {
    await app.open('/documents');
    await page.getByText(en['documents-none-chosen']).waitFor();
    await page.getByRole('checkbox', { name: en['checklist-scenario-second-opinion-written'], exact: true }).check();
    await page.getByRole('checkbox', { name: en['checklist-scenario-visa-patient'], exact: true }).check();

    const written = section(page, en, 'second-opinion-written');
    const visa = section(page, en, 'visa-patient');
    await written.getByRole('heading', { name: en['checklist-item-dicom-images'] }).waitFor();
    const total = await written.getByRole('listitem').count();
    assert.ok(total >= 10, `only ${total} documents for a written second opinion`);
    assert.match(await written.getByRole('status').textContent(), new RegExp(`^0 of ${total} documents`));

    // Every status select is labelled "Status"; the id names the document it belongs to.
    const status = (scope, item) => scope.locator(`select[id$="-${item}"]`);
    await status(written, 'dicom-images').selectOption('received');
    await status(written, 'referral-letter').selectOption('translated');
    await status(visa, 'passport').selectOption('requested');
    await written.locator('textarea[id$="-dicom-images"]').fill('CD from the radiology department, colour endoscopy included');
    assert.match(await written.getByRole('status').textContent(), new RegExp(`^2 of ${total} documents`));

    await app.reload();
    await page.getByRole('checkbox', { name: en['checklist-scenario-visa-patient'], exact: true }).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: en['checklist-scenario-second-opinion-written'], exact: true }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: en['checklist-scenario-admission'], exact: true }).isChecked(), false);
    assert.equal(await status(written, 'dicom-images').inputValue(), 'received');
    assert.equal(await status(written, 'referral-letter').inputValue(), 'translated');
    assert.equal(await status(visa, 'passport').inputValue(), 'requested');
    assert.equal(
      await written.locator('textarea[id$="-dicom-images"]').inputValue(),
      'CD from the radiology department, colour endoscopy included',
    );
    assert.match(await written.getByRole('status').textContent(), new RegExp(`^2 of ${total} documents`));
    await page.screenshot({ path: `${SCREENSHOTS}/documents-en.png`, fullPage: true });
    assert.deepEqual(await app.axeViolations(), []);

    await page.emulateMedia({ media: 'print' });
    const received = written.locator('li', { has: page.locator('select[id$="-dicom-images"]') });
    assert.match(await received.innerText(), /☑/);
    assert.match(await received.innerText(), new RegExp(`Status: ${en['checklist-status-received']}\\s+Note: CD from the radiology`));
    const notStarted = written.locator('li', { has: page.locator('select[id$="-blood-tests"]') });
    assert.match(await notStarted.innerText(), /☐/);
    assert.equal(await written.locator('select').first().isVisible(), false, 'controls are not printed');
    await page.screenshot({ path: `${SCREENSHOTS}/documents-print.png`, fullPage: true });
  });
});

for (const locale of ['ja', 'zh-Hans']) {
  test(`the checklists and the guide work in ${locale}`, async () => {
    const texts = messages(locale);
    await withPage(served, { locale, viewport: { width: 360, height: 780 } }, async (app, page) => {
      await app.open('/documents');
      await page.getByRole('checkbox', { name: texts['checklist-scenario-travel'], exact: true }).check();
      const travel = section(page, texts, 'travel');
      await travel.getByRole('heading', { name: texts['checklist-item-passport'] }).waitFor();
      await travel.locator('select[id$="-passport"]').selectOption('received');
      assert.match(await travel.getByRole('status').textContent(), /1/);
      assert.equal(await app.overflowsHorizontally(), false);
      assert.deepEqual(await app.axeViolations(), []);
      await page.screenshot({ path: `${SCREENSHOTS}/documents-${locale}.png`, fullPage: true });

      await app.open('/guide');
      await page.getByRole('heading', { level: 2, name: texts['guide-stage-visa'] }).waitFor();
      assert.equal(await page.locator('.guide-stage').count(), 7);
      assert.equal(await app.overflowsHorizontally(), false);
      assert.deepEqual(await app.axeViolations(), []);
      await page.screenshot({ path: `${SCREENSHOTS}/guide-${locale}.png`, fullPage: true });
    });
  });
}

test('the guide shows each duration with its source, links to the tools, and opens at a stage from home', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en', viewport: { width: 1280, height: 900 } }, async (app, page) => {
    await app.open('/');
    await page.getByRole('link', { name: en['journey-visa-title'] }).click();
    const visa = page.locator('#stage-visa');
    await visa.getByRole('heading', { level: 2, name: en['guide-stage-visa'] }).waitFor();
    assert.equal(new URL(page.url()).hash, '#stage-visa');
    await page.waitForFunction(() => {
      const box = document.querySelector('#stage-visa').getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight / 2;
    });
    // The duration comes from guide.json, the source named beside it.
    const text = await visa.innerText();
    assert.match(text, new RegExp(`${en['guide-stage-visa-takes']} at least 2 weeks`));
    assert.match(text, /JIMCA.*\(checked November 29, 2026\)/);
    await visa.getByRole('link', { name: en['route-stay'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: en['guide-faq-heading'] }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/guide-en.png`, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: en['guide-print'] }).isVisible(), false);
    await page.screenshot({ path: `${SCREENSHOTS}/guide-print.png`, fullPage: true });
  });
});

test('a broken checklist file is named with its entry', async () => {
  await withPage(
    served,
    { locale: 'en' },
    async (app, page) => {
      await page.route('**/data/checklists.json', async (route) => {
        const response = await route.fetch();
        const broken = (await response.text()).replace('"provider": "patient"', '"provider": "neighbour"');
        await route.fulfill({ response, body: broken });
      });
      await app.open('/documents');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(text, /checklists\.json/);
      assert.match(text, /items\[\d+\]\.provider/);
      // The rest of the app still works: the navigation leads on.
      await app.navigation().getByRole('link', { name: messages('en')['route-guide'] }).click();
      await page.getByRole('heading', { level: 1, name: messages('en')['route-guide'] }).waitFor();
    },
  );
});
