// `make bench`, in Chromium: the estimator (times how long a change to one quantity takes to
// show the new total, 30 times, with 5 lines and with 50, at full speed and with the CPU
// slowed 4× as Lighthouse's mobile preset does; issue 21's goal is 16 ms, one frame), and opening a 1 MB packet on /packet (file
// read, checks and the whole read-only view on screen, 5 times).
import { waitForApp } from '../e2e/support/app-page.mjs';
import { launchBrowser } from '../e2e/support/browser.mjs';
import { packetFile } from '../e2e/support/packets.mjs';
import { startStaticServer } from '../e2e/support/server.mjs';
import { CPU_SLOWDOWN, slowCpu } from './bench-start.mjs';

const dist = process.argv[2] ?? 'dist';
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  for (const slowdown of [1, CPU_SLOWDOWN]) {
    const page = await browser.newPage({ locale: 'en', serviceWorkers: 'block' });
    if (slowdown !== 1) await slowCpu(page);
    await page.goto(server.baseUrl + '/estimate');
    // Timed from the app's own page, not the prerendered one it replaces.
    await waitForApp(page);
    await page.locator('#schedule').selectOption('example-second-opinion');
    await page.locator('#add-item').waitFor();
    for (const lines of [5, 50]) {
      await addLines(page, lines);
      const timings = await keystrokeToTotal(page);
      const median = timings[Math.floor(timings.length / 2)];
      console.log(
        `estimate, ${lines} lines, CPU ${slowdown}×: median ${median.toFixed(2)} ms, max ${timings.at(-1).toFixed(2)} ms` +
          ` (input to new total on screen, ${timings.length} runs)`,
      );
    }
    await page.close();
  }

  const packet = onePacketOfOneMegabyte();
  const opens = [];
  for (let round = 0; round < 5; round += 1) {
    const viewer = await browser.newPage({ locale: 'en', serviceWorkers: 'block' });
    await viewer.goto(server.baseUrl + '/packet');
    await waitForApp(viewer);
    const input = viewer.locator('#packet-file');
    await input.waitFor();
    const start = Date.now();
    await input.setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: packet });
    await viewer.locator('.packet-view h2').waitFor();
    opens.push(Date.now() - start);
    await viewer.close();
  }
  opens.sort((a, b) => a - b);
  console.log(
    `packet of ${(packet.length / 1e6).toFixed(2)} MB opened on /packet in Chromium: median ${opens[2]} ms, max ${opens[4]} ms (file chosen to view on screen, 5 runs)`,
  );
} finally {
  await browser.close();
  server.stop();
}

/** Adds lines to the estimate until it has `count`. */
async function addLines(page, count) {
  for (let index = await page.locator('[id$="-quantity"]').count(); index < count; index += 1) {
    await page.locator('#add-item').selectOption(index % 2 ? 'written-opinion' : 'biopsy-slide-review');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator(`#line-${index}-quantity`).waitFor();
  }
}

/** Times (ms, sorted) from a typed quantity to the new total on screen, 30 times. */
function keystrokeToTotal(page) {
  return page.evaluate(async () => {
    const input = document.querySelector('#line-0-quantity');
    const total = document.querySelector('[data-testid="estimate-total"]');
    const results = [];
    for (let round = 0; round < 30; round += 1) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(total, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      input.value = String(2 + (round % 5));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      results.push(performance.now() - start);
    }
    return results.sort((a, b) => a - b);
  });
}

/** A valid packet padded to 1 MB with treatment history, as a long real one would be. */
function onePacketOfOneMegabyte() {
  const history = [];
  const entry = (index) => ({
    kind: 'chemotherapy',
    when: `cycle ${index}`,
    details: 'Docetaxel 75 mg/m², PSA 4.2 ng/ml, 副作用なし. '.repeat(4),
  });
  const intake = { patient: { name: 'Анна Иванова' }, diagnosis: '前立腺がん', history };
  const padded = () => packetFile('Bench', intake);
  // Ten entries at a time: the file is written out again at each check.
  while (padded().length < 1_000_000) {
    for (let count = 0; count < 10; count += 1) history.push(entry(history.length));
  }
  return padded();
}
