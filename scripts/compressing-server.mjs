// A static server for `make bench` that answers as a production host would: brotli for text,
// JS and wasm (hosts and CDNs compress these; Lighthouse would otherwise measure raw bytes),
// long caching for Trunk's content-hashed files, no caching for pages and sw.js, and the
// response headers docs/hosting.md asks hosts to add. The e2e tests use a plain
// `python3 -m http.server` instead, to prove the app needs nothing special from its host.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.ftl', '.svg']);
// Trunk writes its hash without leading zeros: now and then 15 digits, not 16.
const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.[a-z]+$/;

/** The file a URL path names: the path itself, or its folder's index.html. */
function resolve(dist, pathname) {
  const path = normalize(join(dist, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(dist))) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

export function startCompressingServer(dist, port = 0) {
  const compressed = new Map();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const found = resolve(dist, pathname);
    const file = found ?? join(dist, '404.html');
    const extension = extname(file);
    let body = readFileSync(file);
    const headers = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.has(extension) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = compressed.get(file);
      headers['Content-Encoding'] = 'br';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(found ? 200 : 404, headers);
    response.end(body);
  });
  return new Promise((resolveStart) => {
    server.listen(port, '127.0.0.1', () => {
      resolveStart({ baseUrl: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() });
    });
  });
}
