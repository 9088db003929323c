// Debian's Chromium driven by playwright-core (no browser download), with a watcher that
// records every console error, page error and failed or erroring request.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Collects what would make a page untrustworthy; `problems` must stay empty. */
export function watchForProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // A request still in flight when a test reloads or leaves the page (an icon, a data file)
    // is cancelled by the browser itself, as it would be for a reader who moves on; every
    // page's own content is checked by the tests. Any other failure is a problem.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
