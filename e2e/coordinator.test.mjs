// The chain past the patient: a packet (version 2) opened by a coordinator in another
// language, printed for the hospital with every label in two languages, and an estimate file
// sent back and taken up by the patient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

import { SCREENSHOTS, message, messages, waitForApp } from './support/app-page.mjs';
import { EstimatorPage } from './support/estimator-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { SOMCHAI, fillRequired } from './support/intake-form.mjs';
import { pdfText } from './support/pdf-text.mjs';

const served = useServedApp();
const en = messages('en');
const ja = messages('ja');
const vi = messages('vi');

const schema = (name) => new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(`dist/schema/${name}`, 'utf8')));
/** A label's text in the reader's language, without the second language printed beneath. */
const primary = (locator) =>
  locator.evaluate((element) =>
    [...element.childNodes]
      .filter((node) => !node.classList?.contains('second-label'))
      .map((node) => node.textContent)
      .join(''),
  );
const digits = (text) => text.replace(/\D/g, '');
/**
 * Text compared as a reader sees it: spacing squeezed out (pdf.js splits runs where it likes)
 * and NFKC, because CJK fonts map some ideographs to look-alike code points (氏 comes out of
 * the PDF as the radical ⽒).
 */
const squeezed = (text) => text.normalize('NFKC').replace(/\s+/g, '');

const kept = mkdtempSync(join(tmpdir(), 'coordinator-'));
/** A download kept after its browser context closes (Playwright deletes its own copy). */
async function keep(download) {
  const path = join(kept, download.suggestedFilename() + '-' + Math.random().toString(36).slice(2));
  await download.saveAs(path);
  return path;
}

/** The packet the patient exported in the first test, shared by the later ones. */
let exported = null;

test('a patient packet opens on /ja/packet with the figures the patient saw', async () => {
  const seen = {};
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/estimate');
    const estimator = new EstimatorPage(page);
    await estimator.ready();
    await estimator.chooseSchedule('example-interpreters');
    const item = await page.locator('#add-item option').first().getAttribute('value');
    await estimator.addItem(item);
    await estimator.quantity(0).fill('95');
    await app.open('/stay');
    await page.getByLabel(en['stay-nationality']).selectOption('TH');
    await page.getByLabel(en['stay-arrival']).fill('2027-03-01');
    await page.getByLabel(en['stay-departure']).fill('2027-06-15');
    await page.getByLabel(en['timeline-start']).fill('2027-03-04');
    await page.getByTestId('stay-last-day').waitFor();
    await app.open('/documents');
    await page.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).check();
    await page.locator('select[id$="-passport"]').selectOption('received');
    await app.open('/intake');
    await fillRequired(page, SOMCHAI);
    await page.getByLabel(en['intake-desired-hospital']).fill('QST Hospital');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['export-download'] }).click(),
    ]);
    exported = await keep(download);
    const packet = JSON.parse(readFileSync(exported, 'utf8'));
    const validate = schema('packet-v3.json');
    assert.equal(validate(packet), true, JSON.stringify(validate.errors));
    assert.equal(packet.schema_version, 3);
    assert.equal(packet.intake.patient.nationality, 'TH');
    assert.equal(packet.estimate_result.schedule.id, 'example-interpreters');
    assert.match(packet.stay_result.outcome.checked.check.last_permitted_day, /^2027-\d\d-\d\d$/);
    assert.ok(packet.stay_result.timeline.milestones.length > 0);
    // What the patient's own pages show, read in Japanese, the coordinator's language.
    await app.open('/ja/estimate');
    seen.total = await page.getByTestId('estimate-total').textContent();
    await app.open('/ja/stay');
    seen.lastDay = await page.getByTestId('stay-last-day').textContent();
    await app.open('/ja/documents');
    seen.count = await page.locator('#checklist-travel ~ .checklist__progress [role=status]').textContent();
  });

  await withPage(served, { locale: 'ja' }, async (app, page) => {
    await app.open('/ja/packet');
    await page.getByLabel(ja['packet-choose']).setInputFiles(exported);
    const view = page.locator('.packet-view');
    await view.getByRole('heading', { name: ja['packet-estimate-result-heading'] }).waitFor();
    assert.equal(await view.getByTestId('estimate-total').textContent(), seen.total);
    assert.match(seen.total, /\d/);
    assert.equal(await view.getByTestId('packet-last-day').textContent(), seen.lastDay);
    const count = view.getByTestId('packet-checklist-count').first();
    assert.equal(await primary(count), seen.count);
    // The second language is beneath it, in English by default for a Japanese reader.
    assert.equal(await count.locator('.second-label').getAttribute('lang'), 'en');
    // Nationality as a country name in the reader's language, not a code.
    const thailand = await page.evaluate(() => new Intl.DisplayNames(['ja'], { type: 'region' }).of('TH'));
    await view.getByText(thailand, { exact: true }).first().waitFor();
    // Third-person labels.
    await view.getByText(ja['packet-desired-hospital']).first().waitFor();
    await view.locator('.verdict--over').waitFor();

    // Printed for the hospital: the second language defaults to English for a Japanese reader.
    const picker = page.getByLabel(ja['packet-second-language']);
    assert.equal(await picker.inputValue(), 'en');
    await view.locator('.second-label', { hasText: en['packet-desired-hospital'] }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const text = squeezed(await pdfText(pdf));
    for (const id of ['packet-desired-hospital', 'packet-patient-name', 'summary-total', 'packet-wishes-heading']) {
      assert.ok(text.includes(squeezed(ja[id])), `PDF lacks the Japanese label ${id}`);
      assert.ok(text.includes(squeezed(en[id])), `PDF lacks the English label ${id}`);
    }
    // Values print as written, once.
    assert.ok(text.includes('QSTHospital'));
    assert.ok(!text.includes(squeezed(ja['packet-choose'])), 'controls do not print');
  });
});

test('a version 1 packet opens and says what it does not include', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/packet');
    await page.getByLabel(en['packet-choose']).setInputFiles('tests/fixtures/packet-v1.json');
    const view = page.locator('.packet-view');
    await view.getByRole('heading', { name: 'Draft 1' }).waitFor();
    assert.equal(await view.getByText(en['packet-not-included']).count(), 2);
    // Free text typed before the country picker is shown as written.
    await view.getByText('Thai', { exact: true }).waitFor();
    assert.match(await primary(view.getByTestId('packet-checklist-count').first()), /^1 of \d+ documents in hand$/);
  });
});

test('the packet page passes axe and is laid out in ja, zh-Hans and ar at 360 px, desktop and print', async () => {
  assert.ok(exported, 'the first test exported a packet');
  for (const locale of ['ja', 'zh-Hans', 'ar']) {
    const text = messages(locale);
    await withPage(served, { locale, viewport: { width: 360, height: 800 } }, async (app, page) => {
      await app.open(`/${locale}/packet`);
      await page.getByLabel(text['packet-choose']).setInputFiles(exported);
      await page.locator('.packet-view').getByRole('heading', { name: text['packet-estimate-result-heading'] }).waitFor();
      await page.locator('.second-label').first().waitFor();
      assert.deepEqual(await app.axeViolations(), []);
      assert.equal(await app.overflowsHorizontally(), false);
      await page.screenshot({ path: `${SCREENSHOTS}/packet-${locale}-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}/packet-${locale}-desktop.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SCREENSHOTS}/packet-${locale}-print.png`, fullPage: true });
    });
  }
});

/** The coordinator's estimate: saved plain, then sealed with `passphrase`. */
async function coordinatorEstimate(app, page, passphrase) {
  await app.open('/estimate');
  const estimator = new EstimatorPage(page);
  await estimator.ready();
  await estimator.chooseSchedule('example-heavy-ion');
  await estimator.addItem('heavy-ion-package');
  await estimator.field('estimate-coordinator-fee').fill('180000');
  const total = await estimator.total().textContent();
  await page.getByLabel(en['estimate-file-made-by']).fill('Osaka Care Desk');
  const save = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: en['estimate-file-save'] }).click(),
    ]);
    return keep(download);
  };
  const plain = await save();
  await page.getByLabel(en['estimate-file-passphrase']).fill(passphrase);
  await page.getByLabel(en['passphrase-confirm']).fill(passphrase);
  const sealed = await save();
  return { total, plain, sealed };
}

test('an estimate file, plain and sealed, opens on /vi/estimate and becomes the patient\'s estimate', async () => {
  let sent;
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    sent = await coordinatorEstimate(app, page, 'mật khẩu chung');
  });
  const file = JSON.parse(readFileSync(sent.plain, 'utf8'));
  const validate = schema('estimate-v1.json');
  assert.equal(validate(file), true, JSON.stringify(validate.errors));
  assert.equal(file.made_by, 'Osaka Care Desk');
  assert.match(readFileSync(sent.sealed, 'utf8'), /japan-care-planner\/sealed-packet/);

  await withPage(served, { locale: 'vi' }, async (app, page) => {
    // The patient already has an estimate of their own: replacing it asks first.
    await app.open('/vi/estimate');
    const estimator = new EstimatorPage(page, 'vi');
    await estimator.ready();
    await estimator.addItem(await page.locator('#add-item option').first().getAttribute('value'));
    const chooser = page.getByLabel(vi['estimate-file-choose']);
    const received = page.getByTestId('estimate-file');

    await chooser.setInputFiles(sent.sealed);
    await page.getByLabel(vi['estimate-file-locked']).fill('wrong');
    await page.getByRole('button', { name: vi['file-unlock'] }).click();
    await page.getByText(vi['file-wrong-passphrase']).waitFor({ timeout: 20_000 });
    await page.getByLabel(vi['estimate-file-locked']).fill('mật khẩu chung');
    await page.getByRole('button', { name: vi['file-unlock'] }).click();
    await received.waitFor({ timeout: 20_000 });
    assert.equal(digits(await received.getByTestId('estimate-total').textContent()), digits(sent.total));

    await chooser.setInputFiles(sent.plain);
    await received.getByText('Osaka Care Desk', { exact: false }).waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    assert.equal(await app.overflowsHorizontally(), false);
    await received.screenshot({ path: `${SCREENSHOTS}/estimate-file-vi-360.png` });
    const stored = () => page.evaluate(() => localStorage.getItem('japan-care-planner:estimate'));
    const before = await stored();
    // Declining the confirmation changes nothing.
    page.once('dialog', (dialog) => dialog.dismiss());
    await received.getByRole('button', { name: vi['estimate-file-use'] }).click();
    assert.equal(await stored(), before);
    page.once('dialog', (dialog) => dialog.accept());
    await Promise.all([
      page.waitForEvent('load'),
      received.getByRole('button', { name: vi['estimate-file-use'] }).click(),
    ]);
    await waitForApp(page);
    await estimator.ready();
    assert.equal(digits(await estimator.total().textContent()), digits(sent.total));
    const fromFile = await page.getByLabel(vi['estimate-schedule-label']).locator('option:checked').textContent();
    assert.match(fromFile, /\(/);
    // The prepayment and the settlement are recorded against it.
    await page.getByRole('button', { name: vi['settlement-use-estimate'] }).click();
    await page.getByLabel(vi['settlement-actual']).fill('3500000');
    await page.locator('.settlement__result').waitFor();
    await page.waitForFunction(() => localStorage.getItem('japan-care-planner:estimate')?.includes('3500000'));
    const saved = JSON.parse(await stored());
    assert.equal(saved.data.schedule.id, 'example-heavy-ion');
    assert.equal(saved.data.actual, 3500000);
    assert.ok(saved.data.prepaid > 0);
    await app.reload();
    await estimator.ready();
    assert.equal(digits(await estimator.total().textContent()), digits(sent.total));
    assert.deepEqual(await app.axeViolations(), []);
  });
});

test('every bad estimate file has its own message and changes nothing', async () => {
  let sent;
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    sent = await coordinatorEstimate(app, page, 'pass phrase for Ha');
  });
  const plain = readFileSync(sent.plain, 'utf8');
  const tampered = JSON.parse(plain);
  tampered.estimate.figures.total = 1;
  const newer = JSON.parse(plain);
  newer.schema_version = 9;
  const damagedSealed = JSON.parse(readFileSync(sent.sealed, 'utf8'));
  damagedSealed.ciphertext = damagedSealed.ciphertext.slice(0, 40) + 'AAAA' + damagedSealed.ciphertext.slice(44);
  const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const cases = [
    [file('cut.json', plain.slice(0, plain.length / 2)), vi['estimate-file-malformed']],
    [file('packet.json', readFileSync('tests/fixtures/packet-v1.json', 'utf8')), vi['estimate-file-is-packet']],
    [file('schedule.json', readFileSync('public/data/fee-schedules/example-heavy-ion.json', 'utf8')), vi['estimate-file-is-schedule']],
    [file('other.json', '{"format": "someone-else"}'), vi['estimate-file-not-estimate']],
    [file('newer.json', JSON.stringify(newer)), vi['estimate-file-newer']],
    [file('tampered.json', JSON.stringify(tampered)), vi['estimate-file-figures']],
    [file('big.json', ' '.repeat(1024 * 1024 + 1)), message('vi', 'file-too-large', { size: '1.0', limit: '1.0' })],
    [file('sealed-cut.json', '{"format": "japan-care-planner/sealed-packet", "version": 1, "kdf": {}}'), vi['file-sealed-damaged'].split('(')[0].trim()],
  ];
  await withPage(served, { locale: 'vi' }, async (app, page) => {
    await app.open('/vi/estimate');
    const estimator = new EstimatorPage(page, 'vi');
    await estimator.ready();
    await estimator.addItem(await page.locator('#add-item option').first().getAttribute('value'));
    const stored = () => page.evaluate(() => localStorage.getItem('japan-care-planner:estimate'));
    const before = await stored();
    const chooser = page.getByLabel(vi['estimate-file-choose']);
    for (const [input, expected] of cases) {
      await chooser.setInputFiles(input);
      await page.getByRole('alert').filter({ hasText: expected }).waitFor();
    }
    // A damaged sealed file asks for its passphrase, then says it cannot be opened.
    await chooser.setInputFiles(file('sealed.json', JSON.stringify(damagedSealed)));
    await page.getByLabel(vi['estimate-file-locked']).fill('pass phrase for Ha');
    await page.getByRole('button', { name: vi['file-unlock'] }).click();
    await page.getByText(vi['file-wrong-passphrase']).waitFor({ timeout: 20_000 });
    assert.equal(await stored(), before);
    assert.equal(await page.getByTestId('estimate-file').count(), 0);
  });
});

test('a packet made after taking a hospital\'s own schedule carries that schedule', async () => {
  let sent;
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    sent = await coordinatorEstimate(app, page, 'unused passphrase');
  });
  // The hospital's own schedule: listed nowhere on this installation.
  const own = JSON.parse(readFileSync(sent.plain, 'utf8'));
  own.estimate.schedule.id = 'osaka-own';
  own.estimate.entered.draft.schedule_id = 'osaka-own';
  const file = { name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) };
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/estimate');
    await page.getByLabel(en['estimate-file-choose']).setInputFiles(file);
    page.once('dialog', (dialog) => dialog.accept());
    await Promise.all([
      page.waitForEvent('load'),
      page.getByTestId('estimate-file').getByRole('button', { name: en['estimate-file-use'] }).click(),
    ]);
    await waitForApp(page);
    const estimator = new EstimatorPage(page);
    await estimator.ready();
    assert.equal(digits(await estimator.total().textContent()), digits(sent.total));
    await app.open('/intake');
    await fillRequired(page, SOMCHAI);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['export-download'] }).click(),
    ]);
    const packet = JSON.parse(readFileSync(await keep(download), 'utf8'));
    assert.equal(packet.estimate_result.schedule.id, 'osaka-own');
    assert.deepEqual(packet.estimate_result.figures, own.estimate.figures);
  });
});
