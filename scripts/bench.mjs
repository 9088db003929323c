// `make bench`: sizes of every file in the release build and the critical first-load bytes
// of every route in every locale. Prints figures; the budget itself is enforced by a test.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  EMBED_GOAL_BYTES, FIRST_LOAD_BUDGET_BYTES, FIRST_PAINT_BUDGET_BYTES, LOCALES, ROUTES, fileSizes, firstLoad, firstPaint,
  limitFor, messageFiles,
} from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);

function* walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

console.log(`Files in ${dist}/ (kB = 1000 bytes)`);
console.log(`${'file'.padEnd(58)}    raw    gzip  brotli`);
for (const path of [...walk(dist)].sort()) {
  const name = relative(dist, path);
  // Every route's index.html (and 404.html) is its bundle's copy of the same page.
  if ((name.endsWith('index.html') && name !== 'index.html') || name === '404.html') continue;
  const size = fileSizes(path);
  console.log(`${name.padEnd(58)}${kb(size.raw)} ${kb(size.gzip)} ${kb(size.brotli)}`);
}

console.log(`\nFirst paint: HTML + CSS per route, prerendered (brotli kB; budget ${FIRST_PAINT_BUDGET_BYTES / 1000} kB)`);
console.log(`${'route'.padEnd(18)}${LOCALES.map((locale) => locale.padStart(10)).join('')}`);
for (const route of ROUTES) {
  console.log(`${route.padEnd(18)}${LOCALES.map((locale) => kb(firstPaint(dist, route, locale).brotli).padStart(10)).join('')}`);
}

console.log(`\nFirst load until interactive per route (brotli kB; budget ${FIRST_LOAD_BUDGET_BYTES / 1000} kB)`);
console.log(`${'route'.padEnd(18)}${LOCALES.map((locale) => locale.padStart(10)).join('')}   limit`);
for (const route of ROUTES) {
  const cells = LOCALES.map((locale) => kb(firstLoad(dist, route, locale).brotli).padStart(10));
  const limit = limitFor(route);
  const note = limit.kind === 'budget' ? '' : ` ceiling (over the ${FIRST_LOAD_BUDGET_BYTES / 1000} kB budget)`;
  console.log(`${route.padEnd(18)}${cells.join('')}   ${limit.bytes / 1000}${note}`);
}
const embed = Math.max(...LOCALES.map((locale) => firstLoad(dist, '/embed/estimate', locale).brotli));
console.log(`/embed/estimate: ${kb(embed).trim()} kB against its goal of ${EMBED_GOAL_BYTES / 1000} kB`);
const ftlFiles = [...new Set(ROUTES.flatMap((route) => messageFiles(route)))];
console.log(`\nMessage files per locale (brotli kB; a route fetches app.ftl and its tool's file)`);
console.log(`${'locale'.padEnd(10)}${ftlFiles.map((name) => name.padStart(15)).join('')}`);
for (const locale of LOCALES) {
  const cells = ftlFiles.map((name) => kb(fileSizes(join(dist, 'locales', locale, name)).brotli).padStart(15));
  console.log(`${locale.padEnd(10)}${cells.join('')}`);
}
