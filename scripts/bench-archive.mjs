// `make bench`, in Chromium: the packet with documents at its size of concern, 20 files of
// 5 MB (100 MB, random bytes so nothing compresses). Times the export on /intake (plain and
// sealed, click to download) and the opening on /packet (file chosen to every document
// verified on screen), and the peak memory of all Chromium processes above what they used
// before (resident set, sampled every 50 ms from /proc), median of 3 runs each.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { waitForApp } from '../e2e/support/app-page.mjs';
import { launchBrowser } from '../e2e/support/browser.mjs';
import { startStaticServer } from '../e2e/support/server.mjs';

const FILES = 20;
const FILE_BYTES = 5 * 1024 * 1024;
const RUNS = 3;
const PASSPHRASE = 'bench passphrase';

/** Resident memory of every Chromium process, in bytes. */
function chromiumResident() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+(chromium|chrome)/m.test(status)) continue;
      total += Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/** Runs `body`, returning its time and the peak resident memory above the start. */
async function measured(body) {
  const base = chromiumResident();
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, chromiumResident());
  }, 50);
  const start = performance.now();
  const result = await body();
  const milliseconds = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, chromiumResident());
  return { milliseconds, peak: peak - base, result };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;

const dist = process.argv[2] ?? 'dist';
const server = await startStaticServer(dist);
const browser = await launchBrowser();
const work = mkdtempSync(join(tmpdir(), 'bench-archive-'));
try {
  const context = await browser.newContext({ locale: 'en', serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.baseUrl + '/documents');
  await waitForApp(page);
  await page.getByRole('checkbox', { name: 'Second opinion in person', exact: true }).check();
  // Written to disk: Playwright hands over at most 50 MB of buffers at once.
  const files = Array.from({ length: FILES }, (_, index) => {
    const path = join(work, `scan-${String(index + 1).padStart(2, '0')}.jpg`);
    writeFileSync(path, randomBytes(FILE_BYTES));
    return path;
  });
  await page.locator('input[id$="-referral-letter"][type="file"]').first().setInputFiles(files);
  await page.waitForFunction((count) => document.querySelectorAll('.kept-file__name a').length >= count, FILES, { timeout: 300_000 });

  await page.goto(server.baseUrl + '/intake');
  await waitForApp(page);
  await page.locator('#patient-name').fill('Bench Patient');
  await page.locator('#patient-date-of-birth').fill('1970-01-01');
  await page.locator('#patient-nationality').selectOption('TH');
  await page.locator('#patient-email').fill('bench@example.com');
  await page.locator('#diagnosis').fill('Bench');
  await page.locator('#desired-hospital').fill('Bench Hospital');

  const archives = {};
  const rows = [];
  for (const [kind, passphrase] of [['plain', ''], ['sealed', PASSPHRASE]]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.locator('#export-passphrase').fill(passphrase);
      const { milliseconds, peak, result } = await measured(async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 300_000 }),
          page.getByRole('button', { name: 'Download with the documents (zip)' }).click(),
        ]);
        const path = join(work, `${kind}-${run}-${download.suggestedFilename()}`);
        await download.saveAs(path);
        return path;
      });
      archives[kind] = result;
      runs.push({ milliseconds, peak });
    }
    rows.push([`export, ${kind}`, runs]);
  }

  for (const kind of ['plain', 'sealed']) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const reader = await context.newPage();
      await reader.goto(server.baseUrl + '/packet');
      await waitForApp(reader);
      const { milliseconds, peak } = await measured(async () => {
        await reader.locator('#packet-file').setInputFiles(archives[kind]);
        if (kind === 'sealed') {
          await reader.locator('#packet-passphrase').fill(PASSPHRASE);
          await reader.getByRole('button', { name: 'Open' }).click();
        }
        await reader.waitForFunction((count) => document.querySelectorAll('.verified').length === count, FILES, {
          timeout: 300_000,
        });
      });
      runs.push({ milliseconds, peak });
      await reader.close();
    }
    rows.push([`open on /packet, ${kind}`, runs]);
  }

  console.log(`Packet with documents: ${FILES} files of ${mb(FILE_BYTES)} (${mb(FILES * FILE_BYTES)}), median of ${RUNS}`);
  console.log('| step | time | peak memory above start (all Chromium processes) |');
  console.log('|---|---|---|');
  for (const [step, runs] of rows) {
    const time = median(runs.map((run) => run.milliseconds));
    const peak = median(runs.map((run) => run.peak));
    console.log(`| ${step} | ${(time / 1000).toFixed(1)} s | ${mb(peak)} |`);
  }
} finally {
  await browser.close();
  server.stop();
}
