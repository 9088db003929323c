// Serves `dist/` with Debian's nginx and the server block of docs/hosting.md as written
// (only its address, certificate and root are this machine's), over HTTPS with a
// certificate made for the test: the embed's `frame-ancestors https:` admits only HTTPS
// pages. A second server on another port is a hospital's site: another origin.
import { execFileSync, spawn } from 'node:child_process';
import { get } from 'node:https';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { freePort } from './server.mjs';

/** The nginx block of docs/hosting.md, as a reader would copy it. */
export function documentedServerBlock() {
  const text = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
  const block = text.match(/```nginx\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('docs/hosting.md has no nginx block');
  return block;
}

function certificate(folder) {
  const key = join(folder, 'key.pem');
  const cert = join(folder, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key, cert };
}

/** Starts nginx for `dist` and a host page folder; returns both origins and `stop`. */
export async function startNginx(dist, hostFolder) {
  const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(folder, 'tmp'));
  const { key, cert } = certificate(folder);
  const [appPort, hostPort] = [await freePort(), await freePort()];
  const tls = `ssl_certificate ${cert}; ssl_certificate_key ${key};`;
  const documented = documentedServerBlock();
  const app = documented
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${appPort} ssl; ${tls}`)
    .replace(/root \/srv\/japan-care-planner\/dist;/, `root ${resolve(dist)};`);
  if (app === documented || !app.includes(resolve(dist))) throw new Error('the documented block changed shape');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(folder, 'tmp')};`).join(' ');
  const config = `
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
pid ${join(folder, 'nginx.pid')};
error_log ${join(folder, 'error.log')} warn;
events {}
http {
  access_log off;
  ${temp}
  ${app}
  server {
    listen 127.0.0.1:${hostPort} ssl; ${tls}
    root ${resolve(hostFolder)};
    include /etc/nginx/mime.types;
  }
}`;
  const file = join(folder, 'nginx.conf');
  writeFileSync(file, config);
  execFileSync('nginx', ['-t', '-q', '-c', file, '-p', folder], { stdio: 'pipe' });
  const child = spawn('nginx', ['-c', file, '-p', folder], { stdio: 'ignore' });
  const appUrl = `https://127.0.0.1:${appPort}`;
  const hostUrl = `https://127.0.0.1:${hostPort}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await statusOf(appUrl + '/')) === 200) {
      return { appUrl, hostUrl, stop: () => child.kill() };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill();
  throw new Error(`nginx did not start: ${readFileSync(join(folder, 'error.log'), 'utf8')}`);
}

/** The status of `url` (the test's own certificate accepted), or 0 while nothing listens. */
function statusOf(url) {
  return new Promise((done) => {
    get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      done(response.statusCode);
    }).on('error', () => done(0));
  });
}
