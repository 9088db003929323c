// The intake form's drafts under every fault a browser can produce, each asserting that
// nothing typed is lost: reload mid-typing, close and reopen, two tabs, a full storage,
// storage turned off, corrupt stored text, clear-all. And the packet: exported, valid against
// the published schema (ajv), encrypted and opened again, and every kind of bad file refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

import { SCREENSHOTS, message, messages, waitForApp } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { fillRequired } from './support/intake-form.mjs';
import { afterSave } from './support/saving.mjs';

const served = useServedApp('dist');
const en = messages('en');
const DRAFTS_KEY = 'japan-care-planner:drafts';

const storedDrafts = (page) => page.evaluate((key) => localStorage.getItem(key), DRAFTS_KEY);
const nameField = (page) => page.getByLabel(en['intake-patient-name']);

test('typing survives a reload at once, and closing and reopening the page', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await nameField(page).fill('Anna');
    // Reload before the 300 ms autosave: pagehide must save.
    await app.reload();
    await app.heading().waitFor();
    assert.equal(await nameField(page).inputValue(), 'Anna');

    await afterSave(page, () => page.getByLabel(en['intake-questions']).fill('Can my daughter stay with me?'));
    const reopened = await page.context().newPage();
    await page.close();
    await reopened.goto(`${served.server.baseUrl}/intake`);
    await waitForApp(reopened);
    await reopened.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await reopened.getByLabel(en['intake-questions']).inputValue(), 'Can my daughter stay with me?');
  });
});

test('named drafts are created, renamed, duplicated and deleted after confirmation', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await nameField(page).fill('Mother');
    // The name is saved as it is typed, without leaving the field.
    await afterSave(page, () => page.getByLabel(en['drafts-name-label']).fill('Mother'));
    await page.getByRole('button', { name: en['drafts-duplicate'] }).click();
    await page.waitForFunction(() => document.querySelector('#draft-name')?.value === 'Mother (copy)');
    assert.equal(await nameField(page).inputValue(), 'Mother');
    await page.getByRole('button', { name: en['drafts-new'] }).click();
    assert.equal(await nameField(page).inputValue(), '');
    await afterSave(page, () => nameField(page).fill('Father'));
    const options = await page.getByLabel(en['drafts-open-label']).locator('option').allTextContents();
    assert.deepEqual(options, ['Mother', 'Mother (copy)', 'Draft 1']);

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: en['drafts-delete'] }).click();
    assert.equal(await nameField(page).inputValue(), 'Father', 'a dismissed delete keeps the draft');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: en['drafts-delete'] }).click();
    await page.waitForFunction(() => document.querySelector('#draft-name')?.value !== 'Draft 1');
    const left = JSON.parse(await storedDrafts(page)).data.drafts.map((draft) => draft.name);
    assert.deepEqual(left, ['Mother', 'Mother (copy)']);
  });
});

test('a full storage keeps the typing on the page, says so and offers the export', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await afterSave(page, () => nameField(page).fill('Anna'));
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await nameField(page).fill('Anna Ivanova');
    await page.getByText(en['storage-quota']).waitFor();
    assert.equal(await nameField(page).inputValue(), 'Anna Ivanova');
    assert.equal(JSON.parse(await storedDrafts(page)).data.drafts[0].intake.patient.name, 'Anna');
    await page.getByRole('button', { name: en['export-download'] }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/intake-quota.png` });
  });
});

test('with storage turned off the form works in memory and says so', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await app.open('/intake');
    await page.getByText(en['storage-unavailable']).waitFor();
    await fillRequired(page);
    // Nothing can be saved: the page says so and keeps the text.
    await page.locator('[data-save-state="unsaved"]').waitFor();
    assert.equal(await nameField(page).inputValue(), 'Anna Ivanova');
  });
});

test('corrupt stored drafts are kept under a quarantine key, never discarded', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"schema_version":1,"data":{"drafts":[{"id":'), DRAFTS_KEY);
    await app.open('/intake');
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes(':quarantine:'))
        .map((key) => localStorage.getItem(key)),
    );
    assert.deepEqual(kept, ['{"schema_version":1,"data":{"drafts":[{"id":']);
    await afterSave(page, () => nameField(page).fill('Fresh start'));
    assert.equal(JSON.parse(await storedDrafts(page)).data.drafts[0].intake.patient.name, 'Fresh start');
  });
});

test('drafts written by a newer version are never written over', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/');
    const newer = '{"schema_version":9,"data":{"whatever":true}}';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [DRAFTS_KEY, newer]);
    await app.open('/intake');
    await page.getByText(en['storage-newer']).waitFor();
    await nameField(page).fill('Anna');
    await page.locator('[data-save-state="unsaved"]').waitFor();
    assert.equal(await storedDrafts(page), newer);
  });
});

test('export waits for the required fields and names how many are missing', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await nameField(page).fill('Anna');
    await page.getByRole('button', { name: en['export-download'] }).click();
    await page.getByText('4 fields need attention before you export.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'patient-date-of-birth');
    assert.equal(await page.locator('#patient-date-of-birth').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await app.axeViolations(), []);
  });
});

test('the exported packet matches the published schema, opens on /packet and imports as a new draft', async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/documents');
    await page.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).check();
    await page.locator('select[id$="-passport"]').selectOption('received');
    await app.open('/intake');
    await fillRequired(page);
    await page.getByRole('button', { name: en['intake-history-add'] }).click();
    await page.locator('#history-0-details').fill('PSA 12 ng/ml, biopsy Gleason 7');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['export-download'] }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^care-packet-\d{4}-\d{2}-\d{2}-draft-1\.json$/);
    const path = await download.path();
    const packet = JSON.parse(readFileSync(path, 'utf8'));
    const schema = JSON.parse(readFileSync('dist/schema/packet-v3.json', 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    assert.equal(validate(packet), true, JSON.stringify(validate.errors));
    assert.equal(packet.checklist.items.passport.status, 'received');
    // The schema can fail: a wrong type is caught.
    assert.equal(validate({ ...packet, schema_version: 'one' }), false);
    await page.screenshot({ path: `${SCREENSHOTS}/intake-en.png`, fullPage: true });

    await app.open('/packet');
    await page.getByLabel(en['packet-choose']).setInputFiles(path);
    await page.getByRole('heading', { level: 2, name: 'Draft 1' }).waitFor();
    assert.match(await page.locator('.packet-view').innerText(), /PSA 12 ng\/ml/);
    assert.match(await page.locator('.packet-view').innerText(), new RegExp(en['checklist-item-passport']));
    assert.deepEqual(await app.axeViolations(), []);
    await page.screenshot({ path: `${SCREENSHOTS}/packet-en.png`, fullPage: true });
    const before = JSON.parse(await storedDrafts(page)).data.drafts;
    await page.getByRole('button', { name: en['packet-import'] }).click();
    await page.getByText('Saved as the new draft').waitFor();
    const after = JSON.parse(await storedDrafts(page)).data.drafts;
    assert.equal(after.length, before.length + 1);
    assert.deepEqual(after.slice(0, before.length), before, 'existing drafts untouched');
    // Not a second "Draft 1": the name says it was imported, and when.
    assert.match(after.at(-1).name, /^Draft 1 \(imported [A-Z][a-z]+ \d{1,2}, \d{4}\)$/);
  });
});

test('the packet can be copied for pasting, and the email link says nothing about the patient', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('/intake');
    await fillRequired(page);
    await page.getByRole('button', { name: en['export-copy'] }).click();
    await page.getByText(en['export-copied']).waitFor();
    const pasted = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(pasted.format, 'japan-care-planner/packet');
    assert.equal(pasted.intake.patient.name, 'Anna Ivanova');

    // Regression: the subject named the patient and the body gave the diagnosis, in the
    // clear, even when the packet itself was encrypted.
    await page.getByLabel(en['export-passphrase'], { exact: true }).fill('correct horse battery staple');
    const href = await page.getByRole('link', { name: en['export-email'] }).getAttribute('href');
    const [subject, body] = href.replace(/^mailto:\?subject=/, '').split('&body=').map(decodeURIComponent);
    assert.equal(subject, en['export-email-subject']);
    assert.equal(body, en['export-email-body']);
    for (const typed of ['Anna', 'Ivanova', 'Prostate', 'cancer']) {
      assert.ok(!href.includes(typed), `the email link carries “${typed}”: ${href}`);
    }
  });
});

test('an encrypted packet opens only with its passphrase', async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/intake');
    await fillRequired(page, { name: 'Секретный пациент' });
    // Refused before anything is made: too short, then a confirmation that differs.
    await page.getByLabel(en['export-passphrase']).fill('a');
    await page.getByLabel(en['passphrase-confirm']).fill('a');
    await page.getByRole('button', { name: en['export-download'] }).click();
    await page.getByRole('status').filter({ hasText: message('en', 'passphrase-too-short', { min: 12 }) }).waitFor();
    await page.getByLabel(en['export-passphrase']).fill('correct horse battery');
    await page.getByLabel(en['passphrase-confirm']).fill('correct horse batery');
    await page.getByRole('button', { name: en['export-download'] }).click();
    await page.getByRole('status').filter({ hasText: en['passphrase-mismatch'] }).waitFor();
    assert.ok(await page.getByText(message('en', 'passphrase-rule', { min: 12 })).isVisible());
    await page.getByLabel(en['passphrase-confirm']).fill('correct horse battery');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: en['export-download'] }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    assert.match(text, /"format": "japan-care-planner\/sealed-packet"/);
    assert.doesNotMatch(text, /Секретный/);

    await app.open('/packet');
    await page.getByLabel(en['packet-choose']).setInputFiles(path);
    await page.getByLabel(en['packet-passphrase']).fill('wrong horse');
    await page.getByRole('button', { name: en['file-unlock'] }).click();
    await page.getByText(en['file-wrong-passphrase']).waitFor({ timeout: 20_000 });
    await page.getByLabel(en['packet-passphrase']).fill('correct horse battery');
    await page.getByRole('button', { name: en['file-unlock'] }).click();
    await page.getByText('Секретный пациент').first().waitFor({ timeout: 20_000 });
  });
});

test('bad files get a clear message and change nothing', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await afterSave(page, () => nameField(page).fill('Keep me'));
    const before = await storedDrafts(page);
    await app.open('/packet');
    const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const cases = [
      [file('broken.json', '{"format": "japan-care-planner/packet", '), en['packet-malformed']],
      [file('other.json', '{"format": "someone-else", "schema_version": 1}'), en['packet-not-packet']],
      [file('newer.json', '{"format": "japan-care-planner/packet", "schema_version": 7}'), en['packet-newer']],
      [file('deep.json', '['.repeat(50_000) + ']'.repeat(50_000)), en['packet-malformed']],
      [file('big.json', ' '.repeat(5 * 1024 * 1024 + 10)), 'The file is too large (5.0 MB; at most 5.0 MB).'],
      [
        file('sealed.json', '{"format": "japan-care-planner/sealed-packet", "version": 1, "kdf": {}}'),
        'The encrypted file is damaged',
      ],
    ];
    for (const [input, expected] of cases) {
      await page.getByLabel(en['packet-choose']).setInputFiles(input);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: expected }).waitFor();
    }
    assert.equal(await storedDrafts(page), before);
  });
});

test('clear all data removes everything this app stored, after confirmation', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await afterSave(page, () => nameField(page).fill('Anna'));
    await page.evaluate(() => localStorage.setItem('someone-else', 'theirs'));
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: en['drafts-clear-all'] }).click();
    await page.getByRole('status').filter({ hasText: message('en', 'drafts-cleared', { files: 0 }) }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys, ['someone-else']);
    assert.equal(await nameField(page).inputValue(), '');
  });
});

for (const locale of ['ja', 'zh-Hans']) {
  test(`the intake form and the packet page work in ${locale}`, async () => {
    const texts = messages(locale);
    await withPage(served, { locale, viewport: { width: 360, height: 780 } }, async (app, page) => {
      await app.open('/intake');
      await page.getByLabel(texts['intake-patient-name']).fill('王芳');
      await page.getByRole('button', { name: texts['export-download'] }).click();
      await page.getByRole('status').filter({ hasText: '4' }).first().waitFor();
      assert.equal(await app.overflowsHorizontally(), false);
      assert.deepEqual(await app.axeViolations(), []);
      await page.screenshot({ path: `${SCREENSHOTS}/intake-${locale}.png`, fullPage: true });
      await app.open('/packet');
      await page.getByLabel(texts['packet-choose']).waitFor();
      assert.deepEqual(await app.axeViolations(), []);
    });
  });
}
