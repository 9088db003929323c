// Writes DIST/sw.js: the service worker in service-worker/sw.js with Workbox bundled in
// (esbuild) and the precache list of every file in DIST injected (workbox-build). Run by
// `make dist` after the site is assembled; e2e/offline.test.mjs runs it on a changed copy of
// the build to deploy an update.
//
// Usage: node scripts/service-worker.mjs DIST
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/**
 * Trunk puts a content hash in the names of the JS, wasm, CSS and icon files it emits: those
 * URLs change when their content does, so the precache fetches them without a cache-busting
 * revision parameter.
 */
// Trunk writes its hash without leading zeros: now and then 15 digits, not 16.
const HASHED_BY_TRUNK = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css|svg|png)$/;

export async function writeServiceWorker(dist) {
  const workDir = mkdtempSync(join(tmpdir(), 'jcp-sw-'));
  try {
    const bundled = join(workDir, 'sw.js');
    await build({
      entryPoints: ['service-worker/sw.js'],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'chrome100',
      // Workbox logs to the console unless built for production.
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: bundled,
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: ['**/*'],
      // _headers is read by the host, never by the app.
      globIgnores: ['sw.js', '_headers'],
      dontCacheBustURLsMatching: HASHED_BY_TRUNK,
      // The largest wasm bundle is about 0.5 MB; the default 2 MB limit would silently leave
      // a bigger one out, and that route would then fail offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    });
    if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
    return { count, size };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/service-worker.mjs DIST');
    process.exit(2);
  }
  const { count, size } = await writeServiceWorker(dist);
  console.log(`service-worker: ${count} files precached, ${(size / 1000).toFixed(1)} kB uncompressed`);
}
