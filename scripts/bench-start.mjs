// `make bench`: the long tasks of each route's start, in Chromium with its CPU slowed 4× (as
// Lighthouse's mobile preset simulates it), from the first paint (the prerendered page, which
// a reader can tap) until the app has taken over and the browser is idle. A task over 50 ms
// is one a tap waits behind (issue 21: none where the page can avoid it). Served from this machine, so the network
// costs nothing here: this is the CPU's share alone.
//
// Usage: node scripts/bench-start.mjs DIST [RUNS]
import { waitForApp } from '../e2e/support/app-page.mjs';
import { launchBrowser } from '../e2e/support/browser.mjs';
import { startStaticServer } from '../e2e/support/server.mjs';
import { ROUTES } from './sizes.mjs';

export const CPU_SLOWDOWN = 4;

/** Slows the page's CPU as Lighthouse's mobile preset does. */
export async function slowCpu(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** The durations (ms) of the long tasks of one load of `url`, longest first. */
async function longTasks(browser, url) {
  const page = await browser.newPage({ locale: 'en', serviceWorkers: 'block' });
  try {
    await slowCpu(page);
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ end: entry.startTime + entry.duration, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await waitForApp(page);
    // Until the browser has nothing left to do: the swap's style and layout, late data.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    const tasks = await page.evaluate(() => {
      const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      return window.__longTasks.filter((task) => task.end > painted).map((task) => task.duration);
    });
    return tasks.sort((a, b) => b - a);
  } finally {
    await page.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', runs = '3'] = process.argv.slice(2);
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  try {
    console.log(`Long tasks at ${CPU_SLOWDOWN}× CPU from the first paint to idle after the takeover (English, median of ${runs} loads)`);
    console.log(`${'route'.padEnd(18)}longest  blocking (Σ over 50 ms)   tasks over 50 ms (ms) of the median load`);
    for (const route of ROUTES) {
      const loads = [];
      for (let run = 0; run < Number(runs); run += 1) loads.push(await longTasks(browser, `${server.baseUrl}${route}`));
      const blocking = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0);
      const middle = loads.sort((a, b) => blocking(a) - blocking(b))[Math.floor(loads.length / 2)];
      const longest = median(loads.map((tasks) => tasks[0] ?? 0));
      console.log(
        `${route.padEnd(18)}${Math.round(longest).toString().padStart(4)} ms ${Math.round(blocking(middle)).toString().padStart(8)} ms` +
          `                 ${middle.map(Math.round).join(', ') || 'none'}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
