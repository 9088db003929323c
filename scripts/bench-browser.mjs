// `make bench`: the estimator in Chromium (preview build). Adds 50 lines, then times how long
// a change to one quantity takes to show the new total (recompute + render), 30 times.
import { launchBrowser } from '../e2e/support/browser.mjs';
import { startStaticServer } from '../e2e/support/server.mjs';

const dist = process.argv[2] ?? 'dist';
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ locale: 'en' });
  await page.goto(server.baseUrl + '/estimate');
  await page.locator('#schedule').selectOption('example-second-opinion');
  await page.locator('#add-item').waitFor();
  for (let index = 0; index < 50; index += 1) {
    await page.locator('#add-item').selectOption(index % 2 ? 'written-opinion' : 'biopsy-slide-review');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await page.locator('#line-49-quantity').waitFor();
  const timings = await page.evaluate(async () => {
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
  const median = timings[Math.floor(timings.length / 2)];
  console.log(
    `estimate, 50 lines, in Chromium: median ${median.toFixed(2)} ms, max ${timings.at(-1).toFixed(2)} ms (input to new total on screen, ${timings.length} runs)`,
  );
} finally {
  await browser.close();
  server.stop();
}
