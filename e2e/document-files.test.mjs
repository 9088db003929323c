// Documents travel with the packet: real files kept with checklist items (IndexedDB), still
// there after a reload and offline, exported as one zip (and sealed with age), checked with
// standard tools outside the browser, opened by a coordinator in another browser context, and
// hostile archives refused. Faults: IndexedDB refused, storage full, a file's bytes lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SCREENSHOTS, message, messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { fillRequired } from './support/intake-form.mjs';

const served = useServedApp();
const en = messages('en');
const work = mkdtempSync(join(tmpdir(), 'document-files-'));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const python = (...args) => execFileSync('python3', ['e2e/support/archives.py', ...args], { encoding: 'utf8' });

/** A small but real PDF: one page with a line of text. */
function makePdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 18 Tf 30 100 Td (Referral letter, Dr Tanaka) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A real JPEG (or PNG), drawn and encoded by the browser. */
async function makeImage(page, type = 'image/jpeg') {
  const base64 = await page.evaluate((type) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const context = canvas.getContext('2d');
    context.fillStyle = '#0b5c6b';
    context.fillRect(0, 0, 320, 200);
    context.fillStyle = '#fff';
    context.font = '28px sans-serif';
    context.fillText('PASSPORT', 60, 110);
    return canvas.toDataURL(type, 0.9).split(',')[1];
  }, type);
  return Buffer.from(base64, 'base64');
}

const pdf = { name: 'referral-tanaka.pdf', mimeType: 'application/pdf', buffer: makePdf() };
let jpeg = null;
/** The passport page scanned again, which takes the JPEG's place. */
let replacement = null;

/** Saves a download under `work`, since Playwright deletes its copy with the context. */
async function keep(download) {
  const path = join(work, `${Math.random().toString(36).slice(2)}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** The file input of a checklist item on /documents, by its label. */
/** How many file records the device's store holds. */
const filesKept = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('japan-care-planner-files');
        request.onsuccess = () => {
          const count = request.result.transaction('files').objectStore('files').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

const addFiles = (page, locale, item) =>
  page.getByLabel(message(locale, 'files-add', { document: messages(locale)[`checklist-item-${item}`] }));

async function chooseScenarios(page, locale, ids) {
  for (const id of ids) {
    await page.getByRole('checkbox', { name: messages(locale)[`checklist-scenario-${id}`], exact: true }).check();
  }
}

async function exportArchive(page, passphrase = '', count = 2) {
  await page.getByLabel(en['export-passphrase']).fill(passphrase);
  await page.getByLabel(en['passphrase-confirm']).fill(passphrase);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: en['archive-download'] }).click(),
  ]);
  const path = await keep(download);
  await page.getByText(message('en', 'archive-done', { file: download.suggestedFilename(), count })).waitFor();
  return { path, name: download.suggestedFilename() };
}

/** Archives exported by the first test, for the later ones. */
const exported = {};

test('files kept with checklist items survive a reload and going offline, and export as one zip', { timeout: 240_000 }, async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true, serviceWorkers: 'allow' }, async (app, page) => {
    await app.open('/documents');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    jpeg = { name: 'passport.jpg', mimeType: 'image/jpeg', buffer: await makeImage(page) };
    await chooseScenarios(page, 'en', ['second-opinion-in-person', 'travel']);
    await addFiles(page, 'en', 'referral-letter').first().setInputFiles(pdf);
    await page.getByText(message('en', 'files-added', { name: pdf.name })).waitFor();
    await addFiles(page, 'en', 'passport').first().setInputFiles(jpeg);
    await page.getByText(message('en', 'files-added', { name: jpeg.name })).waitFor();
    await page.getByText(message('en', 'files-used', { count: 2, size: '', total: '' }).split(':')[0]).waitFor();

    // A thumbnail for the image, which opens in a tab; the PDF is saved, never opened as a
    // page of the app's origin.
    const passport = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: en['checklist-item-passport'] }) }).first();
    const thumbnail = passport.locator('img.kept-file__thumbnail');
    await thumbnail.waitFor();
    assert.ok(await thumbnail.evaluate((image) => image.complete && image.naturalWidth === 320));
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: pdf.name }).first().click(),
    ]);
    assert.equal(saved.suggestedFilename(), pdf.name);
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: jpeg.name }).first().click(),
    ]);
    assert.match(tab.url(), /^blob:/);
    await tab.close();

    await page.screenshot({ path: `${SCREENSHOTS}/documents-files-en.png`, fullPage: true });
    await app.reload();
    await page.getByRole('link', { name: pdf.name }).first().waitFor();
    await page.context().setOffline(true);
    await app.reload();
    await page.getByRole('link', { name: jpeg.name }).first().waitFor();
    await page.getByRole('link', { name: pdf.name }).first().waitFor();

    // Renamed, still offline.
    await page.getByRole('button', { name: `${en['files-rename']} ${pdf.name}` }).first().click();
    await page.getByLabel(message('en', 'files-new-name', { name: pdf.name })).fill('紹介状 Tanaka.pdf');
    await page.getByRole('button', { name: en['files-save-name'] }).click();
    await page.getByRole('link', { name: '紹介状 Tanaka.pdf' }).first().waitFor();
    // Replaced by another scan: same place on the checklist, new bytes and hash.
    replacement = { name: 'passport-page.png', mimeType: 'image/png', buffer: await makeImage(page, 'image/png') };
    await page.getByLabel(message('en', 'files-replace-label', { name: jpeg.name })).first().setInputFiles(replacement);
    await page.getByRole('link', { name: replacement.name }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: jpeg.name }).count(), 0);
    await page.context().setOffline(false);

    await app.open('/intake');
    await fillRequired(page, { name: 'Ana Souza', birth: '1971-04-12', nationality: 'BR', email: 'ana@example.br' });
    await page.getByLabel(en['intake-desired-hospital']).fill('QST Hospital');
    await page.getByText(message('en', 'archive-summary', { count: 2, size: '' }).split('(')[0].trim()).waitFor();
    exported.plain = await exportArchive(page);
    assert.match(exported.plain.name, /^care-packet-\d{4}-\d{2}-\d{2}-.*\.zip$/);
    exported.sealed = await exportArchive(page, 'correct horse battery');
    assert.match(exported.sealed.name, /\.zip\.age$/);
  });

  // Outside the browser: unzip tests it, Python reads it, every hash matches the originals.
  const entries = JSON.parse(python('list', exported.plain.path));
  const byName = Object.fromEntries(entries.map((entry) => [entry.name, entry]));
  const manifest = JSON.parse(execFileSync('unzip', ['-p', exported.plain.path, 'manifest.json'], { encoding: 'utf8' }));
  const packet = JSON.parse(execFileSync('unzip', ['-p', exported.plain.path, 'packet.json'], { encoding: 'utf8' }));
  assert.equal(packet.schema_version, 3);
  assert.deepEqual(packet.documents, manifest.files);
  const referral = manifest.files.find((file) => file.item === 'referral-letter');
  assert.equal(referral.name, '紹介状 Tanaka.pdf');
  assert.equal(referral.path, 'documents/referral-letter/紹介状 Tanaka.pdf');
  assert.equal(referral.sha256, sha256(pdf.buffer));
  assert.equal(byName[referral.path].sha256, sha256(pdf.buffer));
  assert.ok(byName[referral.path].stored, 'a PDF is stored, not deflated');
  const passport = manifest.files.find((file) => file.item === 'passport');
  assert.equal(passport.name, replacement.name);
  assert.equal(byName[passport.path].sha256, sha256(replacement.buffer));
  assert.equal(passport.size, replacement.buffer.length);

  // The sealed one: age's own tool refuses a wrong passphrase and opens it with the right one.
  const opened = join(work, 'opened.zip');
  assert.throws(() => python('age-decrypt', exported.sealed.path, opened, 'wrong'));
  python('age-decrypt', exported.sealed.path, opened, 'correct horse battery');
  const sealedEntries = JSON.parse(python('list', opened));
  assert.deepEqual(
    sealedEntries.filter((entry) => entry.name.startsWith('documents/')).map((entry) => entry.sha256).sort(),
    [sha256(pdf.buffer), sha256(replacement.buffer)].sort(),
  );
});

test("two patients' drafts on one device: each packet carries only the files kept for its draft", { timeout: 180_000 }, async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    const anna = { name: 'anna-passport.txt', mimeType: 'text/plain', buffer: Buffer.from("Anna Ivanova's passport") };
    const ben = { name: 'ben-visa.txt', mimeType: 'text/plain', buffer: Buffer.from("Ben Okafor's visa") };
    const storedDrafts = () => page.evaluate(() => localStorage.getItem('japan-care-planner:drafts') ?? '');
    const draftSaved = (text) =>
      page.waitForFunction((text) => (localStorage.getItem('japan-care-planner:drafts') ?? '').includes(text), text, { polling: 100 });
    const keepFor = async (draft, file) => {
      await app.open('/documents');
      await chooseScenarios(page, 'en', ['travel']);
      await page.getByText(message('en', 'files-case', { name: draft })).waitFor();
      await addFiles(page, 'en', 'passport').first().setInputFiles(file);
      await page.getByText(message('en', 'files-added', { name: file.name })).waitFor();
    };
    const exportedHashes = async () => {
      const { path } = await exportArchive(page, '', 1);
      return JSON.parse(python('list', path)).map((entry) => entry.sha256);
    };

    await app.open('/intake');
    await fillRequired(page, { name: 'Anna Ivanova' });
    await draftSaved('Anna Ivanova');
    await keepFor('Draft 1', anna);
    await app.open('/intake');
    await page.getByRole('button', { name: en['drafts-new'] }).click();
    await fillRequired(page, { name: 'Ben Okafor', email: 'ben@example.org' });
    await draftSaved('Ben Okafor');
    // Ben's draft is open: Anna's passport is not listed, and once went into his packet.
    await app.open('/documents');
    await page.getByText(message('en', 'files-case', { name: 'Draft 2' })).waitFor();
    assert.equal(await page.getByRole('link', { name: anna.name }).count(), 0);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('region', { name: en['files-heading'] }).screenshot({ path: `${SCREENSHOTS}/documents-case-phone.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await keepFor('Draft 2', ben);

    await app.open('/intake');
    const benHashes = await exportedHashes();
    assert.ok(benHashes.includes(sha256(ben.buffer)));
    assert.ok(!benHashes.includes(sha256(anna.buffer)), "Anna's passport is not in Ben's packet");
    await page.getByLabel(en['drafts-open-label']).selectOption({ label: 'Draft 1' });
    await page.waitForFunction(() => document.getElementById('patient-name')?.value === 'Anna Ivanova', null, { polling: 100 });
    const annaHashes = await exportedHashes();
    assert.ok(annaHashes.includes(sha256(anna.buffer)));
    assert.ok(!annaHashes.includes(sha256(ben.buffer)), "Ben's visa is not in Anna's packet");

    // Deleting Anna's draft deletes the files kept for it, and only those.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: en['drafts-delete'] }).click();
    await page.waitForFunction(() => !(localStorage.getItem('japan-care-planner:drafts') ?? '').includes('Anna Ivanova'), null, { polling: 100 });
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('japan-care-planner-files');
          request.onsuccess = () => {
            const count = request.result.transaction('files').objectStore('files').count();
            count.onsuccess = () => resolve(count.result === 1);
          };
        }),
      null,
      { polling: 200 },
    );
    assert.ok(!(await storedDrafts()).includes('Anna Ivanova'));
  });
});

test('a coordinator opens the sealed packet with documents, verified, and downloads the same bytes', { timeout: 120_000 }, async () => {
  assert.ok(exported.sealed, 'the first test exported the archives');
  const ja = messages('ja');
  await withPage(served, { locale: 'ja', acceptDownloads: true }, async (app, page) => {
    await app.open('/ja/packet');
    await page.getByLabel(ja['packet-choose']).setInputFiles(exported.sealed.path);
    await page.getByLabel(ja['packet-passphrase']).fill('wrong');
    await page.getByRole('button', { name: ja['file-unlock'] }).click();
    await page.getByRole('alert').filter({ hasText: ja['file-wrong-passphrase'] }).waitFor();
    await page.getByLabel(ja['packet-passphrase']).fill('correct horse battery');
    await page.getByRole('button', { name: ja['file-unlock'] }).click();
    await page.getByRole('heading', { name: ja['packet-documents-heading'] }).waitFor();
    assert.equal(await page.getByText(ja['packet-document-matches-manifest']).count(), 2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${ja['packet-document-download']} 紹介状 Tanaka.pdf` }).click(),
    ]);
    assert.equal(sha256(readFileSync(await keep(download))), sha256(pdf.buffer));
    await page.screenshot({ path: `${SCREENSHOTS}/packet-documents-ja.png`, fullPage: true });
    assert.deepEqual(await app.axeViolations(), []);

    // Kept as a new draft: the files go onto this device too, under their checklist items,
    // once however often "keep" is pressed (each press once kept another full copy).
    await page.getByRole('button', { name: ja['packet-import'] }).dblclick();
    const [longest] = message('ja', 'packet-imported-with-files', { name: '§', count: 2 })
      .split('§')
      .sort((a, b) => b.length - a.length);
    await page.getByRole('status').filter({ hasText: longest.trim() }).waitFor();
    assert.ok(await page.getByRole('button', { name: ja['packet-import'] }).isDisabled());
    assert.equal(await filesKept(page), 2);
    const drafts = await page.evaluate(() => JSON.parse(localStorage.getItem('japan-care-planner:drafts')).data.drafts.length);
    assert.equal(drafts, 1);
    await app.open('/ja/documents');
    await chooseScenarios(page, 'ja', ['second-opinion-in-person']);
    await page.getByRole('link', { name: '紹介状 Tanaka.pdf' }).first().waitFor();
  });
});

test('hostile and damaged archives are refused, each with its reason, and nothing stored changes', { timeout: 180_000 }, async () => {
  assert.ok(exported.plain, 'the first test exported the archives');
  const cases = JSON.parse(python('hostile', exported.plain.path, join(work, 'hostile')));
  const expected = {
    'dot-dot': message('vi', 'archive-unsafe-name', { name: '../../evil.txt' }),
    absolute: message('vi', 'archive-unsafe-name', { name: '/etc/cron.d/evil' }),
    control: message('vi', 'archive-unsafe-name', { name: 'documents/passport/a\\u{7}b.pdf' }),
    duplicate: message('vi', 'archive-duplicate', { name: 'packet.json' }),
    bomb: message('vi', 'archive-bomb', { name: 'documents/passport/zeros.txt' }),
    'too-many': messages('vi')['archive-too-large'],
    hash: null,
    truncated: messages('vi')['archive-not-zip'],
    // A document the sender calls a page, or names to hide what it is.
    'html-as-pdf': { id: 'archive-file-kind' },
    svg: { id: 'archive-file-kind' },
    'double-extension': message('vi', 'archive-disguised-name', { name: 'referral.pdf.exe' }),
    rlo: message('vi', 'archive-disguised-name', { name: 'scan\\u{202e}fdp.exe' }),
  };
  await withPage(served, { locale: 'vi' }, async (app, page) => {
    await app.open('/vi/packet');
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    for (const [name, path] of Object.entries(cases)) {
      await page.getByLabel(messages('vi')['packet-choose']).setInputFiles(path);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      if (expected[name] === null) {
        assert.match(text, /SHA-256/, name);
        assert.ok(text.includes('documents/referral-letter/'), `${name}: ${text}`);
      } else if (expected[name].id) {
        // Names the document's path, whatever it is.
        for (const part of message('vi', expected[name].id, { name: '§' }).split('§')) {
          assert.ok(text.includes(part), `${name}: ${text}`);
        }
        assert.ok(text.includes('documents/referral-letter/'), `${name}: ${text}`);
      } else {
        assert.equal(text, expected[name], name);
      }
      assert.equal(await page.getByRole('heading', { name: messages('vi')['packet-documents-heading'] }).count(), 0);
    }
    assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
  });
});

test('where IndexedDB is refused, files are held for the visit, a banner says so, and they export', { timeout: 120_000 }, async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    // As a private window that refuses IndexedDB does.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['travel']);
    await page.getByRole('alert').filter({ hasText: en['files-memory-only'].split('(')[0].trim() }).waitFor();
    await addFiles(page, 'en', 'passport').first().setInputFiles(jpeg ?? pdf);
    await page.getByRole('link', { name: (jpeg ?? pdf).name }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en['archive-download'] }).click(),
    ]);
    const path = await keep(download);
    const entries = JSON.parse(python('list', path));
    assert.ok(entries.some((entry) => entry.sha256 === sha256((jpeg ?? pdf).buffer)));
    // The intake's packet with documents says none can go, rather than counting none.
    await app.open('/intake');
    await page.getByText(en['archive-documents-unreadable'].split('(')[0].trim()).waitFor();
  }, (problem) => /denied permission/.test(problem));
});

test('a slow IndexedDB open is waited for and said to be slow, never taken for a refusal', { timeout: 120_000 }, async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    // As a slow phone or iOS's first open: the files database answers after 6 seconds. It once
    // gave up after 4 and said files last only for this visit.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      const setter = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess').set;
      IDBFactory.prototype.open = function (...args) {
        const request = open.apply(this, args);
        if (args[0] !== 'japan-care-planner-files') return request;
        Object.defineProperty(request, 'onsuccess', {
          set(handler) {
            setter.call(request, (event) => setTimeout(() => handler.call(request, event), 6000));
          },
        });
        return request;
      };
    });
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['travel']);
    await page.getByRole('status').filter({ hasText: en['files-opening-slow'] }).waitFor();
    await page.getByRole('region', { name: en['files-heading'] }).screenshot({ path: `${SCREENSHOTS}/documents-opening-slow.png` });
    // Files cannot be picked until the store is open, rather than being dropped.
    assert.ok(await addFiles(page, 'en', 'passport').first().isDisabled());
    await page.getByRole('status').filter({ hasText: en['files-opening-slow'] }).waitFor({ state: 'detached' });
    await addFiles(page, 'en', 'passport').first().setInputFiles(pdf);
    await page.getByText(message('en', 'files-added', { name: pdf.name })).waitFor();
    assert.equal(await page.getByText(en['files-memory-only'].split('(')[0]).count(), 0);
    assert.equal(await page.getByText(en['files-opening-slow']).count(), 0);
    await app.reload();
    await page.getByRole('link', { name: pdf.name }).first().waitFor({ timeout: 20_000 });
  });
});

test('storage full: a message, nothing half-written, the other files intact', { timeout: 120_000 }, async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    // The disk full as IndexedDB reports it: the bytes' write refused with QuotaExceededError
    // after the file's record was written in the same transaction. (Chromium's own quota cannot
    // be made small here: CDP Storage.overrideQuotaForOrigin changes nothing in this build.)
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (this.name === 'blobs' && value instanceof Blob && value.size > 1024 * 1024) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.call(this, value, key);
      };
    });
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['travel']);
    await addFiles(page, 'en', 'passport').first().setInputFiles(pdf);
    await page.getByText(message('en', 'files-added', { name: pdf.name })).waitFor();
    const large = { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024, 7) };
    await addFiles(page, 'en', 'visa').first().setInputFiles(large);
    await page.getByRole('alert').filter({ hasText: message('en', 'files-full', { name: 'scan.png' }) }).waitFor();
    await app.reload();
    await page.getByRole('link', { name: pdf.name }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'scan.png' }).count(), 0);
    const stored = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('japan-care-planner-files');
          request.onsuccess = () => {
            const transaction = request.result.transaction(['files', 'blobs']);
            const files = transaction.objectStore('files').count();
            const blobs = transaction.objectStore('blobs').count();
            transaction.oncomplete = () => resolve([files.result, blobs.result]);
          };
        }),
    );
    assert.deepEqual(stored, [1, 1]);
  });
});

test('one pick of more files than can be kept keeps up to the limit and refuses the rest by name', { timeout: 180_000 }, async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['travel']);
    // 501 one-byte pages in one pick: each was once checked against the files kept before
    // the pick, so all 501 were kept past the limit of 500.
    const pages = Array.from({ length: 501 }, (_, index) => ({
      name: `page-${String(index + 1).padStart(3, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    }));
    await addFiles(page, 'en', 'passport').first().setInputFiles(pages);
    const said = page.getByRole('alert').filter({ hasText: message('en', 'files-added-many', { count: 500 }) });
    await said.waitFor({ timeout: 120_000 });
    assert.ok((await said.innerText()).includes(message('en', 'files-refused-many', { name: 'page-501.txt' })));
    assert.equal(await filesKept(page), 500);
  });
});

test('a file whose bytes the browser lost is named on the checklist', { timeout: 60_000 }, async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['travel']);
    await addFiles(page, 'en', 'passport').first().setInputFiles(pdf);
    await page.getByText(message('en', 'files-added', { name: pdf.name })).waitFor();
    // As eviction or a damaged profile leaves it: the record, without its bytes.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('japan-care-planner-files');
          request.onsuccess = () => {
            const transaction = request.result.transaction('blobs', 'readwrite');
            transaction.objectStore('blobs').clear();
            transaction.oncomplete = resolve;
          };
        }),
    );
    await app.reload();
    await page.getByText(message('en', 'files-missing', { name: pdf.name })).first().waitFor();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: en['files-forget'] }).first().click();
    await page.getByText(message('en', 'files-removed', { name: pdf.name })).waitFor();
  });
});

test('the pages with files (documents, intake, packet): axe finds nothing in 9 locales, and nothing overflows a phone', { timeout: 300_000 }, async () => {
  for (const locale of ['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ru', 'id', 'ar']) {
    await withPage(served, { locale, viewport: { width: 360, height: 800 } }, async (app, page) => {
      await app.open(`/${locale}/documents`);
      await chooseScenarios(page, locale, ['second-opinion-in-person']);
      await addFiles(page, locale, 'referral-letter').first().setInputFiles(pdf);
      await page.getByText(message(locale, 'files-added', { name: pdf.name })).waitFor();
      assert.deepEqual(await app.axeViolations(), [], locale);
      assert.equal(await app.overflowsHorizontally(), false, locale);
      if (['en', 'ar', 'ja'].includes(locale)) {
        await page.screenshot({ path: `${SCREENSHOTS}/documents-files-${locale}-360.png`, fullPage: true });
      }
      await app.open(`/${locale}/intake`);
      await page.getByRole('button', { name: messages(locale)['archive-download'] }).waitFor();
      assert.deepEqual(await app.axeViolations(), [], `${locale} intake`);
      if (exported.plain) {
        await app.open(`/${locale}/packet`);
        await page.getByLabel(messages(locale)['packet-choose']).setInputFiles(exported.plain.path);
        await page.getByRole('heading', { name: messages(locale)['packet-documents-heading'] }).waitFor();
        assert.deepEqual(await app.axeViolations(), [], `${locale} packet`);
        assert.equal(await app.overflowsHorizontally(), false, `${locale} packet`);
        if (['en', 'ar'].includes(locale)) {
          await page.screenshot({ path: `${SCREENSHOTS}/packet-documents-${locale}-360.png`, fullPage: true });
        }
      }
    });
  }
});

// Regression: "Clear all data on this device" removed the drafts and left every kept
// document for the next person at a shared computer.
test('clear all data also deletes the kept documents, and says how many', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['second-opinion-in-person']);
    await addFiles(page, 'en', 'referral-letter').first().setInputFiles(pdf);
    await page.getByText(message('en', 'files-added', { name: pdf.name })).waitFor();
    await app.open('/intake');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: en['drafts-clear-all'] }).click();
    await page.getByRole('status').filter({ hasText: message('en', 'drafts-cleared', { files: 1 }) }).waitFor();
    const left = await page.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open('japan-care-planner-files');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const stores = [...database.objectStoreNames];
        const transaction = database.transaction(stores);
        const counts = stores.map((name) => new Promise((done) => {
          const count = transaction.objectStore(name).count();
          count.onsuccess = () => done(count.result);
        }));
        Promise.all(counts).then((each) => {
          database.close();
          resolve(each.reduce((sum, count) => sum + count, 0));
        });
      };
    }));
    assert.equal(left, 0);
    await app.open('/documents');
    await chooseScenarios(page, 'en', ['second-opinion-in-person']);
    await addFiles(page, 'en', 'referral-letter').first().waitFor();
    assert.equal(await page.getByRole('link', { name: pdf.name }).count(), 0);
  });
});
