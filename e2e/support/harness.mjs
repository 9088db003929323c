// One static server and one browser per test file, and a fresh page per test whose console
// errors and failed requests fail the test.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { AppPage } from './app-page.mjs';
import { launchBrowser, watchForProblems } from './browser.mjs';
import { startStaticServer } from './server.mjs';

/**
 * Registers set-up and tear-down hooks for a static server of `dist` (the release build);
 * the returned object is filled before tests run.
 */
export function useServedApp(dist = 'dist') {
  const served = { server: null, browser: null };
  before(async () => {
    served.server = await startStaticServer(dist);
    served.browser = await launchBrowser();
  });
  after(async () => {
    await served.browser?.close();
    served.server?.stop();
  });
  return served;
}

/**
 * Runs `body(app, page)` in a fresh browser context made with `options`. Any console error,
 * page error or failed request not matched by `expected` fails the test.
 *
 * The service worker is blocked unless `options` allow it (e2e/offline.test.mjs does): each
 * fresh context would otherwise download the whole build in the background, and requests a
 * test checks would be answered from its cache instead of the server.
 */
export async function withPage(served, options, body, expected = () => false) {
  const context = await served.browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  try {
    await body(new AppPage(page, served.server.baseUrl), page);
    assert.deepEqual(problems.filter((problem) => !expected(problem)), []);
  } finally {
    await context.close();
  }
}
