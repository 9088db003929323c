// `make bench`: Lighthouse (npm `lighthouse`, Debian Chromium) on every route with its default
// mobile preset: a mid-range phone, simulated slow 4G (1.6 Mbps, 150 ms RTT) and a 4× slower
// CPU. The build is served as a production host would (scripts/compressing-server.mjs).
// Prints scores and metrics against the goals of issue 7; the figures vary a little from
// run to run, so they are printed, never asserted.
//
// Usage: node scripts/lighthouse.mjs DIST [route…]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { startCompressingServer } from './compressing-server.mjs';
import { ROUTES } from './sizes.mjs';

export const GOALS = 'goal: Performance ≥ 98, Accessibility 100, Best Practices 100, LCP ≤ 1.6 s, TBT ≤ 50 ms, CLS ≤ 0.02';

/** Lighthouse results for each route of the build in `dist`, in English. */
export async function lighthouseRoutes(dist, routes = ROUTES) {
  const server = await startCompressingServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const results = [];
    for (const route of routes) {
      const { lhr } = await lighthouse(
        `${server.baseUrl}${route}?lang=en`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      );
      if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      const metric = (id) => lhr.audits[id].numericValue;
      // Audits that cost this route points: weighted in a category and not passed.
      const failing = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9)
        .map((audit) => audit.id);
      results.push({
        route,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failing,
      });
    }
    return results;
  } finally {
    await chrome.kill();
    server.stop();
  }
}

export function printLighthouse(results) {
  console.log(`${'route'.padEnd(18)} perf  a11y  b.p.    FCP     LCP    TBT    CLS`);
  for (const result of results) {
    console.log(
      `${result.route.padEnd(18)}${String(result.performance).padStart(5)}${String(result.accessibility).padStart(6)}` +
        `${String(result.bestPractices).padStart(6)}${(result.fcp / 1000).toFixed(2).padStart(6)} s` +
        `${(result.lcp / 1000).toFixed(2).padStart(6)} s${Math.round(result.tbt).toString().padStart(5)} ms` +
        `${result.cls.toFixed(3).padStart(7)}`,
    );
  }
  const failing = [...new Set(results.flatMap((result) => result.failing))];
  if (failing.length > 0) console.log(`weighted audits below 0.9 on some route: ${failing.join(', ')}`);
  console.log(GOALS);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', ...routes] = process.argv.slice(2);
  console.log('Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), English');
  printLighthouse(await lighthouseRoutes(dist, routes.length > 0 ? routes : ROUTES));
}
