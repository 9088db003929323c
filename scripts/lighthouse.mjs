// `make bench`: Lighthouse (npm `lighthouse`, Debian Chromium) on every route with its default
// mobile preset: a mid-range phone, simulated slow 4G (1.6 Mbps, 150 ms RTT) and a 4× slower
// CPU. The build is served as a production host would (scripts/compressing-server.mjs).
// Each route is run three times and the median of each metric printed (Total Blocking Time
// varies by a hundred milliseconds between runs), against the goals of issue 21. The
// figures are printed, never asserted. Given a second build, the same build with empty pages
// (`route-pages --client-rendered`, as `make bench` writes it), it prints the bytes each
// prerendered page adds.
//
// Usage: node scripts/lighthouse.mjs DIST [CLIENT_RENDERED_DIST] [RUNS]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { startCompressingServer } from './compressing-server.mjs';
import { LOCALES, ROUTES, fileSizes, routeHtmlPath } from './sizes.mjs';

const LCP_GOAL_MS = 900;
const TBT_GOAL_MS = 50;
export const GOALS = `goal (issue 21): TBT ≤ ${TBT_GOAL_MS} ms, LCP ≤ ${LCP_GOAL_MS / 1000} s, CLS 0; Accessibility and Best Practices 100`;

/** The median of each numeric field over `runs` (an odd number of results of one route). */
function medianResult(runs) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const result = { ...runs[0], runs: runs.length, tbtRuns: runs.map((run) => Math.round(run.tbt)) };
  for (const [key, value] of Object.entries(runs[0])) {
    if (typeof value === 'number') result[key] = median(runs.map((run) => run[key]));
  }
  result.failing = [...new Set(runs.flatMap((run) => run.failing))];
  return result;
}

/** Lighthouse results for each route of the build in `dist`, in English: medians of `runs`. */
export async function lighthouseRoutes(dist, routes = ROUTES, runs = 3) {
  const server = await startCompressingServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const results = [];
    for (const route of routes) {
      const routeRuns = [];
      for (let run = 0; run < runs; run += 1) routeRuns.push(await lighthouseRun(chrome, server, route));
      results.push(medianResult(routeRuns));
    }
    return results;
  } finally {
    await chrome.kill();
    server.stop();
  }
}

/** Lighthouse's own failures (seen here: a DevTools protocol call timing out) are retried. */
const ATTEMPTS = 3;

async function lighthouseRun(chrome, server, route) {
  let lhr;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    ({ lhr } = await lighthouse(
      `${server.baseUrl}${route}?lang=en`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
    ));
    if (!lhr.runtimeError) break;
    console.log(`${route}: Lighthouse failed (${lhr.runtimeError.message}), attempt ${attempt} of ${ATTEMPTS}`);
  }
  if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id].numericValue;
  // Audits that cost this route points: weighted in a category and not passed.
  const failing = Object.values(lhr.categories)
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => audit.id);
  return {
    route,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    tti: metric('interactive'),
    lcpElement: lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node?.snippet,
    failing,
  };
}

function resultLine(result) {
  const seconds = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
  return (
    `${result.route.padEnd(18)}${String(result.performance).padStart(5)}${String(result.accessibility).padStart(6)}` +
    `${String(result.bestPractices).padStart(6)}${seconds(result.fcp)}${seconds(result.lcp)}` +
    `${Math.round(result.tbt).toString().padStart(5)} ms${seconds(result.tti)}${result.cls.toFixed(3).padStart(7)}` +
    `   ${result.tbtRuns.join(', ')}`
  );
}

export function printLighthouse(results) {
  console.log(`${'route'.padEnd(18)} perf  a11y  b.p.     FCP      LCP     TBT      TTI    CLS   TBT of each run (ms)`);
  for (const result of results) console.log(resultLine(result));
  for (const result of results.filter((result) => result.lcp > LCP_GOAL_MS)) {
    console.log(`${result.route}: the largest contentful paint was ${result.lcpElement ?? 'not named'}`);
  }
  const failing = [...new Set(results.flatMap((result) => result.failing))];
  if (failing.length > 0) console.log(`weighted audits below 0.9 on some route: ${failing.join(', ')}`);
  console.log(GOALS);
}

/** Brotli bytes the prerendered page adds to each route's HTML, the largest over locales. */
export function printPrerenderBytes(dist, clientRendered) {
  console.log('Bytes each prerendered page adds (brotli, largest over the locales; raw in brackets)');
  for (const route of ROUTES) {
    const added = LOCALES.map((locale) => {
      const after = fileSizes(routeHtmlPath(dist, route, locale));
      const before = fileSizes(routeHtmlPath(clientRendered, route, locale));
      return { locale, brotli: after.brotli - before.brotli, raw: after.raw - before.raw };
    }).sort((a, b) => b.brotli - a.brotli)[0];
    console.log(`${route.padEnd(18)}${(added.brotli / 1000).toFixed(1).padStart(6)} kB (${(added.raw / 1000).toFixed(1)} kB) in ${added.locale}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', clientRendered, runs = '3'] = process.argv.slice(2);
  console.log(`Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), English, median of ${runs} runs`);
  printLighthouse(await lighthouseRoutes(dist, ROUTES, Number(runs)));
  if (clientRendered) {
    console.log();
    printPrerenderBytes(dist, clientRendered);
  }
}
