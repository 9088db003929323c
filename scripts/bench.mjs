// `make bench`: sizes of every file in the release build and the critical first-load bytes
// of every route in every locale. Prints figures; the budget itself is enforced by a test.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_LOAD_BUDGET_BYTES, LOCALES, ROUTES, fileSizes, firstLoad } from './sizes.mjs';

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
  // Every route's index.html (and 404.html) is a copy of the root one; list that once.
  if ((name.endsWith('index.html') && name !== 'index.html') || name === '404.html') continue;
  const size = fileSizes(path);
  console.log(`${name.padEnd(58)}${kb(size.raw)} ${kb(size.gzip)} ${kb(size.brotli)}`);
}

console.log(`\nCritical first-load bytes per route (brotli; budget ${FIRST_LOAD_BUDGET_BYTES / 1000} kB)`);
console.log(`${'route'.padEnd(18)}${LOCALES.map((locale) => locale.padStart(10)).join('')}`);
for (const route of ROUTES) {
  const cells = LOCALES.map((locale) => kb(firstLoad(dist, route, locale).brotli).padStart(10));
  console.log(`${route.padEnd(18)}${cells.join('')}`);
}
console.log('\nWhat one locale adds (its app.ftl, brotli):');
for (const locale of LOCALES) {
  console.log(`  ${locale.padEnd(8)}${kb(fileSizes(join(dist, 'locales', locale, 'app.ftl')).brotli)} kB`);
}
