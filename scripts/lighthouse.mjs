// `make bench`: Lighthouse (npm `lighthouse`, Debian Chromium) on every route with its default
// mobile preset: a mid-range phone, simulated slow 4G (1.6 Mbps, 150 ms RTT) and a 4× slower
// CPU. The build is served as a production host would (scripts/compressing-server.mjs).
// Prints scores and metrics against the goals of issue 9; the figures vary a little from
// run to run, so they are printed, never asserted. Given a second build, the same build with
// empty pages (`route-pages --client-rendered`, as `make bench` writes it), it measures that
// one too, in the same run, and prints the difference prerendering makes and the bytes each
// prerendered page adds.
//
// Usage: node scripts/lighthouse.mjs DIST [CLIENT_RENDERED_DIST]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { startCompressingServer } from './compressing-server.mjs';
import { LOCALES, ROUTES, fileSizes, routeHtmlPath } from './sizes.mjs';

const LCP_GOAL_MS = 1200;
export const GOALS = `goal: Performance 100, Accessibility 100, Best Practices 100, LCP ≤ ${LCP_GOAL_MS / 1000} s, TBT ≤ 10 ms, CLS 0`;

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
        lcpElement: lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node?.snippet,
        failing,
      });
    }
    return results;
  } finally {
    await chrome.kill();
    server.stop();
  }
}

function resultLine(label, result) {
  return (
    `${label.padEnd(22)}${String(result.performance).padStart(5)}${String(result.accessibility).padStart(6)}` +
    `${String(result.bestPractices).padStart(6)}${(result.fcp / 1000).toFixed(2).padStart(6)} s` +
    `${(result.lcp / 1000).toFixed(2).padStart(6)} s${Math.round(result.tbt).toString().padStart(5)} ms` +
    `${result.cls.toFixed(3).padStart(7)}`
  );
}

/** `before`: the client-rendered build's results, printed under each route when given. */
export function printLighthouse(results, before) {
  console.log(`${'route'.padEnd(22)} perf  a11y  b.p.    FCP     LCP    TBT    CLS`);
  for (const result of results) {
    const earlier = before?.find((other) => other.route === result.route);
    if (earlier) {
      console.log(resultLine(`${result.route} before`, earlier));
      console.log(resultLine(`${result.route} after`, result));
    } else {
      console.log(resultLine(result.route, result));
    }
  }
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
  const [dist = 'dist', clientRendered] = process.argv.slice(2);
  console.log('Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), English');
  const before = clientRendered ? await lighthouseRoutes(clientRendered) : undefined;
  printLighthouse(await lighthouseRoutes(dist), before);
  if (clientRendered) {
    console.log();
    printPrerenderBytes(dist, clientRendered);
  }
}
