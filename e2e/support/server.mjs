// Serves the release build exactly as a plain static host would: `python3 -m http.server`,
// no rewrite rules, so deep links work only because every route has its own index.html.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startStaticServer(dist = 'dist') {
  const port = await freePort();
  // Its request log goes nowhere: a pipe nobody reads fills after a few hundred requests and
  // then blocks the server mid-sweep.
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], {
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(baseUrl + '/');
      if (response.ok) return { baseUrl, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`static server on ${baseUrl} did not start`);
}
