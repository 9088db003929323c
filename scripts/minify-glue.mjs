// Minifies the JS glue wasm-bindgen writes for each bundle (DIST/japan-care-planner-*.js),
// which Trunk 0.21 leaves as it is: its minifier stops at the glue's `export default`
// ("Failed to minify JS" in the build log). esbuild keeps the module's exports, which Trunk's
// loader imports by name. The file names keep Trunk's hash: the same build input still gives
// the same name and the same minified content, so they stay safe to cache for good.
//
// Usage: node scripts/minify-glue.mjs DIST  (run by `make dist`, before the service worker)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/minify-glue.mjs DIST');
  process.exit(2);
}
let before = 0;
let after = 0;
// Trunk writes its hash without leading zeros: 15 digits now and then, not always 16.
for (const name of readdirSync(dist).filter((file) => /^japan-care-planner-[0-9a-f]+\.js$/.test(file))) {
  const path = join(dist, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020', loader: 'js' });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
}
console.log(`minify-glue: ${(before / 1000).toFixed(1)} kB of JS glue to ${(after / 1000).toFixed(1)} kB`);
