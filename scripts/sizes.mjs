// Bytes a browser must fetch before a route can show its content ("critical first load"):
// the route's HTML, the CSS, JS and wasm it references, and the active locale's messages.
// Shared by the size test (e2e/size.test.mjs) and `make bench` (scripts/bench.mjs).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** Routes of the app (kept in step with src/ui/routes.rs; the e2e sweep fails if one is missing). */
export const ROUTES = ['/', '/estimate', '/stay', '/documents', '/guide', '/intake', '/packet', '/embed/estimate'];
export const LOCALES = ['en', 'ja', 'zh-Hans'];

/** Raw, gzip (level 9) and brotli (quality 11, as a host pre-compresses static files) sizes. */
export function fileSizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: statSync(path).size,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The HTML file a static server sends for a route. */
export function routeHtmlPath(dist, route) {
  return route === '/' ? join(dist, 'index.html') : join(dist, route.slice(1), 'index.html');
}

/** Same-origin CSS, JS and wasm files an HTML page loads before it can render (not icons). */
export function criticalAssets(html) {
  const found = new Set();
  const patterns = [
    /(?:href|src)=["']?(\/[^"'\s>]+\.(?:css|js|wasm))/g,
    /['"](\/[^'"\s]+\.(?:js|wasm))['"]/g,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) found.add(match[1]);
  }
  return [...found].sort();
}

/** Every critical file of `route` in `locale`, with sizes, and the brotli total. */
export function firstLoad(dist, route, locale) {
  const htmlPath = routeHtmlPath(dist, route);
  const html = readFileSync(htmlPath, 'utf8');
  const files = [
    { url: route, ...fileSizes(htmlPath) },
    ...criticalAssets(html).map((url) => ({ url, ...fileSizes(join(dist, url)) })),
    { url: `/locales/${locale}/app.ftl`, ...fileSizes(join(dist, 'locales', locale, 'app.ftl')) },
  ];
  return { route, locale, files, brotli: files.reduce((sum, file) => sum + file.brotli, 0) };
}

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1000;
