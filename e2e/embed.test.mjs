// A hospital's page on another origin embeds the estimator with the one-line snippet: the
// iframe shows the chosen schedule in the chosen language and grows with its content.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SCREENSHOTS, messages, waitForApp } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { startStaticServer } from './support/server.mjs';

const served = useServedApp('dist');
let host;

before(async () => {
  // A second static server is a second origin (another port), like a hospital's site.
  const folder = mkdtempSync(join(tmpdir(), 'hospital-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="ja"><title>Hospital</title><link rel="icon" href="data:,"><h1>Our fees</h1><div id="slot"></div></html>');
  host = await startStaticServer(folder);
});

after(() => host?.stop());

async function hostPage(page, attributes) {
  await page.goto(host.baseUrl + '/');
  await page.evaluate(
    ({ src, attributes }) => {
      const script = document.createElement('script');
      script.src = src;
      for (const [name, value] of Object.entries(attributes)) script.dataset[name] = value;
      document.getElementById('slot').appendChild(script);
    },
    { src: served.server.baseUrl + '/embed.js', attributes },
  );
  const frame = page.frameLocator('iframe');
  const iframe = page.locator('iframe');
  return { frame, iframe };
}

test('the embed follows its content height on a page of another origin', async () => {
  const ja = messages('ja');
  await withPage(served, { locale: 'en', viewport: { width: 800, height: 700 } }, async (_app, page) => {
    const { frame, iframe } = await hostPage(page, { schedule: 'example-second-opinion', lang: 'ja', accent: '1a4d8f' });
    await frame.getByRole('heading', { level: 2, name: ja['estimate-items-heading'] }).waitFor();
    assert.equal(await frame.getByRole('heading', { level: 1 }).textContent(), ja['route-embed-estimate']);
    // Chromeless: no site navigation or language picker inside the frame.
    assert.equal(await frame.getByRole('navigation').count(), 0);

    const heightOf = () => iframe.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('html').evaluate((root) => root.scrollHeight);
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
    const before = await heightOf();
    for (const item of ['in-person-opinion', 'written-opinion', 'biopsy-slide-review', 'resection-slides-review']) {
      await frame.getByLabel(ja['estimate-add-label'], { exact: true }).selectOption(item);
      await frame.getByRole('button', { name: ja['estimate-add-button'], exact: true }).click();
    }
    await page.waitForFunction((previous) => document.querySelector('iframe').getBoundingClientRect().height > previous + 100, before);
    const after = await heightOf();
    assert.ok(after > before + 100, `the iframe did not grow: ${before} → ${after}`);
    // No inner scrollbar: the frame becomes as tall as its document. Each added line sends a
    // height message, so the frame may still be catching up with the last one: wait (up to
    // five seconds) for the two to agree rather than compare once.
    let gap = Infinity;
    for (let tries = 0; tries < 100 && gap > 2; tries += 1) {
      gap = Math.abs((await heightOf()) - (await contentHeight()));
      if (gap > 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(gap <= 2, `frame ${await heightOf()}px, content ${await contentHeight()}px`);
    // And it shrinks back when the lines go: the embed once reported a height never below the
    // frame's own, so a frame that grew stayed tall and empty.
    for (let left = 4; left > 0; left -= 1) {
      // Each remove button is named with its line: "削除 – <item>".
      await frame.getByRole('button', { name: `${ja['estimate-remove-button']} –` }).first().click();
    }
    await page.waitForFunction((grown) => document.querySelector('iframe').getBoundingClientRect().height < grown - 100, after);
    // The accent reached the embed (checked for contrast, light scheme).
    const accent = await frame.getByRole('button', { name: ja['estimate-add-button'], exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
    assert.equal(accent, 'rgb(26, 77, 143)');
    await page.screenshot({ path: `${SCREENSHOTS}/embed-on-host.png`, fullPage: true });
  });
});

test('height messages from any other origin are ignored', async () => {
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    const { frame, iframe } = await hostPage(page, { schedule: 'example-interpreters', lang: 'en' });
    await frame.getByRole('heading', { level: 2, name: messages('en')['estimate-items-heading'] }).waitFor();
    // The prerendered estimator is in the frame at once; the honest height is the one the app
    // reports once it has taken the page over with its schedule.
    await frame.locator('#app[data-prerendered]').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
    const honest = await iframe.evaluate((element) => element.style.height);
    // The host page itself (not the planner's origin) pretends to be the iframe.
    await page.evaluate(() => window.postMessage({ type: 'japan-care-planner:height', height: 5 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await iframe.evaluate((element) => element.style.height), honest);
  });
});

// Regression: an embed without `schedule` waited forever for a schedule nobody chose.
test('an embed without a schedule shows the first listed schedule', async () => {
  const en = messages('en');
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.goto(served.server.baseUrl + '/embed/estimate?lang=en');
    await waitForApp(page);
    await page.getByRole('heading', { level: 2, name: en['estimate-items-heading'] }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#add-item option').first().getAttribute('value'), 'in-person-opinion');
  });
});
