// Hospitals put their own fees on their own site: the schedule editor on /hospitals (every
// pricing kind built through the form, the live preview's total, download and re-open,
// problems named and announced, nothing lost on reload, keyboard, axe in every locale), and
// the embed fed by the host page (its own file, inline JSON, the copied snippet), with
// hostile input and messages from elsewhere refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LOCALES } from '../scripts/sizes.mjs';
import { SCREENSHOTS, messages } from './support/app-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { startStaticServer } from './support/server.mjs';

const served = useServedApp('dist');
const en = messages('en');
let host;
let third;
let hostFolder;

/** A hospital's own schedule: one item no shipped schedule has, tax included. */
function ownSchedule(overrides = {}) {
  return {
    format: 'japan-care-planner/fee-schedule',
    schema_version: 1,
    id: 'test-hospital',
    name: { en: 'Test Hospital fees' },
    issuer: { en: 'Test Hospital' },
    example: false,
    currency: 'JPY',
    as_of: '2026-10-01',
    sources: [{ id: 'fees', title: { en: 'Our fees' }, url: 'https://hospital.example/fees', checked: '2026-11-20' }],
    tax: { rate: '0.10', prices_include_tax: true, rounding: 'down' },
    items: [
      { id: 'own-visit', category: 'consultation', name: { en: 'Zeta clinic visit' }, source: 'fees', pricing: { kind: 'fixed', price: 12345 } },
    ],
    ...overrides,
  };
}

before(async () => {
  // Second and third static servers are second and third origins (other ports).
  hostFolder = mkdtempSync(join(tmpdir(), 'hospital-'));
  mkdirSync(join(hostFolder, 'fees'));
  writeFileSync(join(hostFolder, 'fees', 'ours.json'), JSON.stringify(ownSchedule()));
  const broken = ownSchedule();
  broken.items[0].pricing.price = '<b>free</b>';
  writeFileSync(join(hostFolder, 'fees', 'broken.json'), JSON.stringify(broken));
  writeFileSync(join(hostFolder, 'index.html'), '<!doctype html><html lang="en"><title>Hospital</title><link rel="icon" href="data:,"><h1>Our fees</h1><div id="slot"></div></html>');
  host = await startStaticServer(hostFolder);
  const thirdFolder = mkdtempSync(join(tmpdir(), 'elsewhere-'));
  writeFileSync(join(thirdFolder, 'index.html'), '<!doctype html><html lang="en"><title>Elsewhere</title><link rel="icon" href="data:,"><div id="slot"></div></html>');
  third = await startStaticServer(thirdFolder);
});

after(() => {
  host?.stop();
  third?.stop();
});

/** The host page with the embed script (and an inline schedule when given) in its slot. */
async function hostPage(page, attributes, inline) {
  await page.goto(host.baseUrl + '/');
  await page.evaluate(
    ({ src, attributes, inline }) => {
      const slot = document.getElementById('slot');
      if (inline !== undefined) {
        const json = document.createElement('script');
        json.type = 'application/json';
        json.setAttribute('data-japan-care-planner-schedule', '');
        json.textContent = inline;
        slot.appendChild(json);
      }
      const script = document.createElement('script');
      script.src = src;
      for (const [name, value] of Object.entries(attributes)) script.dataset[name] = value;
      slot.appendChild(script);
    },
    { src: served.server.baseUrl + '/embed.js', attributes, inline },
  );
  return page.frameLocator('iframe');
}

async function addAndCount(frame, itemId, quantity) {
  await frame.getByLabel(en['estimate-add-label'], { exact: true }).selectOption(itemId);
  await frame.getByRole('button', { name: en['estimate-add-button'], exact: true }).click();
  await frame.locator('#line-0-quantity').fill(String(quantity));
}

test("the hospital's own file and its inline JSON reach the embed, with a total worked by hand", async () => {
  for (const [way, attributes, inline] of [
    ['file', { scheduleSrc: '/fees/ours.json', lang: 'en' }, undefined],
    ['inline', { lang: 'en' }, JSON.stringify(ownSchedule())],
  ]) {
    await withPage(served, { locale: 'en' }, async (_app, page) => {
      const frame = await hostPage(page, attributes, inline);
      await frame.getByRole('option', { name: 'Zeta clinic visit' }).waitFor({ state: 'attached' });
      await addAndCount(frame, 'own-visit', 2);
      // 2 × ¥12,345, tax included in the price.
      await frame.getByTestId('estimate-total').filter({ hasText: '¥24,690' }).waitFor();
      // Its source and dates show as on /estimate.
      await frame.getByRole('link', { name: 'Our fees' }).first().waitFor();
      if (way === 'file') await page.screenshot({ path: `${SCREENSHOTS}/embed-own-schedule.png`, fullPage: true });
    });
  }
});

test("an inline schedule is used only by the snippet right after it, never by one naming a listed schedule", async () => {
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    await hostPage(page, { lang: 'en' }, JSON.stringify(ownSchedule()));
    await page.evaluate((src) => {
      const slot = document.getElementById('slot');
      for (const schedule of ['example-heavy-ion', '']) {
        const script = document.createElement('script');
        script.src = src;
        if (schedule) script.dataset.schedule = schedule;
        script.dataset.lang = 'en';
        slot.appendChild(script);
      }
    }, served.server.baseUrl + '/embed.js');
    await page.locator('iframe').nth(2).waitFor({ state: 'attached' });
    const params = await page.locator('iframe').evaluateAll((frames) =>
      frames.map((frame) => new URL(frame.src)).map((url) => [url.searchParams.get('schedule-from'), url.searchParams.get('schedule')]),
    );
    assert.deepEqual(params, [['host', null], [null, 'example-heavy-ion'], [null, null]]);
    await page.frameLocator('iframe >> nth=0').getByRole('option', { name: 'Zeta clinic visit' }).waitFor({ state: 'attached' });
    const listed = page.frameLocator('iframe >> nth=1');
    // A frame below the fold starts once it is scrolled to, as a reader would.
    await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
    await listed.getByRole('option', { name: 'Heavy-ion therapy (technical fee, fixed)' }).waitFor({ state: 'attached' });
    assert.equal(await listed.getByRole('option', { name: 'Zeta clinic visit' }).count(), 0);
  });
});

test('a schedule with problems, markup or a javascript: link is refused or shown as text, naming the field', async () => {
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    const frame = await hostPage(page, { scheduleSrc: '/fees/broken.json', lang: 'ja' });
    await frame.getByRole('alert').filter({ hasText: 'items[0].pricing.price' }).waitFor();
  });
  const hostile = ownSchedule();
  hostile.items[0].name.en = '<img src=x onerror="window.top.__pwned=1">Zeta';
  hostile.sources[0].url = 'javascript:alert(1)';
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    const frame = await hostPage(page, { lang: 'en' }, JSON.stringify(hostile));
    await frame.getByRole('alert').filter({ hasText: 'sources[0].url' }).waitFor();
  });
  hostile.sources[0].url = 'https://hospital.example/fees';
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    const frame = await hostPage(page, { lang: 'en' }, JSON.stringify(hostile));
    const option = frame.getByRole('option', { name: /Zeta/ });
    await option.waitFor({ state: 'attached' });
    assert.equal(await option.textContent(), hostile.items[0].name.en, 'markup shown as text');
    await addAndCount(frame, 'own-visit', 1);
    // Its line, outside the list of options, shows the name as text too.
    await frame.locator(':is(td, th, li, p, span, h3, h4, dd)').filter({ hasText: hostile.items[0].name.en }).first().waitFor();
    assert.equal(await frame.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    const huge = JSON.stringify(ownSchedule({ notice: { en: 'x'.repeat(300 * 1024) } }));
    const frame = await hostPage(page, { lang: 'en' }, huge);
    await frame.getByRole('alert').filter({ hasText: 'more than the 262144' }).waitFor();
  });
});

test('schedule messages from a third origin or from another window are ignored', async () => {
  const schedule = JSON.stringify(ownSchedule());
  const embedUrl = `${served.server.baseUrl}/embed/estimate?schedule-from=host&lang=en&origin=${encodeURIComponent(host.baseUrl)}`;
  // A third origin frames the embed, claiming to be the hospital, and sends a schedule.
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    await page.goto(third.baseUrl + '/');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.getElementById('slot').appendChild(frame);
    }, embedUrl);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('status').filter({ hasText: en['estimate-loading'] }).waitFor();
    await page.evaluate((text) => {
      const send = () => document.querySelector('iframe').contentWindow.postMessage({ type: 'japan-care-planner:schedule', schedule: text }, '*');
      send();
      window.__sender = setInterval(send, 50);
    }, schedule);
    // Nothing to wait for when a message is rightly ignored: give it a moment, then look.
    await page.waitForTimeout(700);
    assert.equal(await frame.getByRole('option', { name: 'Zeta clinic visit' }).count(), 0);
    await frame.getByRole('status').filter({ hasText: en['estimate-loading'] }).waitFor();
  });
  // The hospital's own origin, but another window than the embed's parent.
  await withPage(served, { locale: 'en' }, async (_app, page) => {
    await page.goto(host.baseUrl + '/');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.id = 'embed';
      document.getElementById('slot').appendChild(frame);
      const other = document.createElement('iframe');
      other.srcdoc = '<p>other</p>';
      document.getElementById('slot').appendChild(other);
    }, embedUrl);
    const frame = page.frameLocator('#embed');
    await frame.getByRole('status').filter({ hasText: en['estimate-loading'] }).waitFor();
    await page.evaluate((text) => {
      const other = document.querySelectorAll('iframe')[1].contentWindow;
      const send = () => other.eval(`parent.document.getElementById('embed').contentWindow.postMessage(${JSON.stringify({ type: 'japan-care-planner:schedule', schedule: text })}, '*')`);
      send();
      window.__sender = setInterval(send, 50);
    }, schedule);
    await page.waitForTimeout(700);
    assert.equal(await frame.getByRole('option', { name: 'Zeta clinic visit' }).count(), 0);
  });
});

/** Fills a field of the editor by its id. */
const fill = (page, id, value) => page.locator(`[id="${id}"]`).fill(value);

/** Builds, through the form, a schedule with one item of each pricing kind. */
async function buildEveryKind(page) {
  await fill(page, 'id', 'zeta-hospital');
  await fill(page, 'name-en', 'Zeta Hospital fees');
  await fill(page, 'issuer-en', 'Zeta Hospital');
  await fill(page, 'as_of', '2026-10-01');
  await fill(page, 'sources-0-title-en', 'Fees for international patients');
  await fill(page, 'sources-0-url', 'https://zeta.example/fees');
  await fill(page, 'sources-0-checked', '2026-11-20');
  await page.getByLabel(en['editor-tax-included']).check();
  await fill(page, 'items-0-id', 'visit');
  await fill(page, 'items-0-name-en', 'Zeta visit');
  await fill(page, 'items-0-pricing-price', '33,000');
  const add = async (kind) => {
    const index = await page.locator('.item-entry').count();
    await page.getByRole('button', { name: en['editor-item-add'] }).click();
    await page.locator(`[id="items-${index}-kind"]`).selectOption(kind);
    return index;
  };
  let i = await add('time_blocks');
  await fill(page, `items-${i}-id`, 'interpreting');
  await fill(page, `items-${i}-name-en`, 'Zeta interpreting');
  await fill(page, `items-${i}-pricing-first_block_minutes`, '30');
  await fill(page, `items-${i}-pricing-first_block`, '22000');
  await fill(page, `items-${i}-pricing-additional_block_minutes`, '30');
  await fill(page, `items-${i}-pricing-additional_block`, '11000');
  await page.locator(`[id="items-${i}-pricing-additional_block-and-up"]`).check();
  i = await add('per_unit');
  await fill(page, `items-${i}-id`, 'slides');
  await fill(page, `items-${i}-name-en`, 'Zeta slide review');
  await page.locator(`[id="items-${i}-pricing-unit"]`).selectOption('slide');
  await fill(page, `items-${i}-pricing-price`, '5000');
  i = await add('points');
  await fill(page, `items-${i}-id`, 'care');
  await fill(page, `items-${i}-name-en`, 'Zeta self-pay care');
  await fill(page, `items-${i}-pricing-yen_per_point`, '20');
  i = await add('package');
  await fill(page, `items-${i}-id`, 'package');
  await fill(page, `items-${i}-name-en`, 'Zeta package');
  await fill(page, `items-${i}-pricing-price`, '300000');
  await fill(page, `items-${i}-pricing-sessions-en`, '12 sessions');
}

test('a schedule of every pricing kind is built through the form, previewed, downloaded and re-opened unchanged', async () => {
  await withPage(served, { locale: 'en', acceptDownloads: true }, async (app, page) => {
    await app.open('/hospitals');
    await buildEveryKind(page);
    await page.getByText(en['editor-no-problems']).waitFor();

    // The preview: the estimator itself, on this schedule.
    const preview = page.getByRole('region', { name: en['preview-heading'] });
    for (const item of ['visit', 'interpreting', 'slides', 'care', 'package']) {
      await preview.getByLabel(en['estimate-add-label'], { exact: true }).selectOption(item);
      await preview.getByRole('button', { name: en['estimate-add-button'], exact: true }).click();
    }
    await preview.locator('#line-3-quantity').fill('100');
    // 33,000 + 22,000 (first 30 min) + 5,000 + 100 points × 20 + 300,000, tax included.
    await preview.getByTestId('estimate-total').filter({ hasText: '¥362,000' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/hospitals-en.png`, fullPage: true });

    // A reload mid-edit keeps everything.
    await fill(page, 'items-4-note-en', 'Typed just before the reload');
    await app.reload();
    assert.equal(await page.locator('#items-4-note-en').inputValue(), 'Typed just before the reload');
    assert.equal(await page.locator('#items-1-pricing-first_block').inputValue(), '22000');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download zeta-hospital.json' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'zeta-hospital.json');
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    assert.deepEqual(file.items.map((item) => item.pricing.kind), ['fixed', 'time_blocks', 'per_unit', 'points', 'package']);
    assert.deepEqual(file.items[1].pricing.additional_block, { from: 11000 });

    // Opened again, it is a schedule of its own, and downloads byte for byte the same.
    await page.getByLabel(en['schedules-open-file']).setInputFiles({ name: 'zeta-hospital.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText('Opened “Zeta Hospital fees”').waitFor();
    const names = await page.getByLabel(en['schedules-open-label']).locator('option').allTextContents();
    assert.equal(names.length, 2);
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download zeta-hospital.json' }).click(),
    ]);
    assert.equal(readFileSync(await again.path(), 'utf8'), text);
  });
});

test('a field problem is named as the reader names it, announced, and blocks the download only', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/hospitals');
    await buildEveryKind(page);
    const price = page.locator('#items-0-pricing-price');
    await price.fill('about 30000');
    const problem = page.locator('#items-0-pricing-price-problem');
    await problem.filter({ hasText: 'items[0].pricing.price' }).waitFor();
    assert.equal(await problem.getAttribute('aria-live'), 'polite');
    assert.equal(await price.getAttribute('aria-invalid'), 'true');
    assert.match(await price.getAttribute('aria-describedby'), /items-0-pricing-price-problem/);
    await page.getByText(en['schedules-download-blocked']).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Download zeta-hospital.json' }).getAttribute('aria-disabled'), 'true');
    // Still kept on the device, problem and all.
    await app.reload();
    assert.equal(await page.locator('#items-0-pricing-price').inputValue(), 'about 30000');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SCREENSHOTS}/hospitals-problem-360.png`, fullPage: true });
  });
});

test('the snippet copied from /hospitals works when pasted into a hospital page', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open('/hospitals');
    await buildEveryKind(page);
    // `<!--<script>` in a text once kept the JSON element open and swallowed the page (F19).
    await fill(page, 'issuer-en', 'Zeta Hospital <!--<script>');
    await page.getByLabel(en['snippet-way-inline']).check();
    await page.getByLabel(en['snippet-lang']).selectOption('ja');
    await page.getByRole('button', { name: en['snippet-copy'] }).click();
    await page.getByText(en['snippet-copied']).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /data-japan-care-planner-schedule/);
    writeFileSync(join(hostFolder, 'pasted.html'), `<!doctype html><html lang="ja"><title>Hospital</title><link rel="icon" href="data:,"><h1>料金</h1>\n${code}<p>After the estimator</p></html>`);
    await page.goto(host.baseUrl + '/pasted.html');
    await page.getByText('After the estimator').waitFor();
    const frame = page.frameLocator('iframe');
    const ja = messages('ja');
    await frame.getByRole('heading', { level: 1, name: ja['route-embed-estimate'] }).waitFor();
    await frame.getByRole('option', { name: 'Zeta package' }).waitFor({ state: 'attached' });
  });
});

test('two tabs: a schedule made in one survives a change in the older other', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/hospitals');
    const older = await page.context().newPage();
    await older.goto(`${served.server.baseUrl}/hospitals`);
    await older.getByLabel(en['schedules-open-label']).waitFor();
    await page.getByRole('button', { name: en['schedules-new-blank'] }).click();
    await page.getByLabel(en['schedules-name-label']).fill('A-only');
    await page.waitForFunction(() => localStorage.getItem('japan-care-planner:schedules')?.includes('A-only'), null, { polling: 100 });
    // The older tab once wrote its copy from before "A-only" over the store on its next change.
    await older.getByText(en['saved-changed-elsewhere']).waitFor();
    await fill(older, 'issuer-en', 'Changed in the older tab');
    await older.waitForFunction(() => localStorage.getItem('japan-care-planner:schedules')?.includes('Changed in the older tab'), null, { polling: 100 });
    await app.reload();
    const names = await page.getByLabel(en['schedules-open-label']).locator('option').allTextContents();
    assert.ok(names.includes('A-only'), names.join(', '));
    await older.close();
  });
});

test("a schedule can start from one of the planner's examples", async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/hospitals');
    const openSchedule = page.getByLabel(en['schedules-open-label']);
    // A first visit shows its first schedule as the one open, not an empty choice.
    assert.equal(await openSchedule.evaluate((select) => select.selectedIndex), 0);
    await page.getByLabel(en['schedules-example-label']).selectOption('example-heavy-ion');
    await page.getByRole('button', { name: en['schedules-from-example'] }).click();
    await page.getByRole('status').filter({ hasText: 'Opened “' }).waitFor();
    assert.equal(await page.locator('#id').inputValue(), 'example-heavy-ion');
    await page.getByText(en['editor-no-problems']).waitFor();
    const names = await openSchedule.locator('option').allTextContents();
    assert.equal(names.length, 2, 'the blank schedule is kept beside it');
    assert.equal(await openSchedule.evaluate((select) => select.selectedIndex), 1, 'the example is the one open');
  });
});

test('the editor can be used with the keyboard alone', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/hospitals');
    await page.locator('#id').focus();
    await page.keyboard.type('keyboard-hospital');
    // Tab through the form to the button that adds an item, and press it.
    const addItem = page.getByRole('button', { name: en['editor-item-add'] });
    for (let step = 0; step < 200; step += 1) {
      if (await addItem.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    assert.ok(await addItem.evaluate((button) => button === document.activeElement), 'reached by Tab');
    await page.keyboard.press('Enter');
    await page.locator('#items-1-id').waitFor();
    assert.equal(await page.locator('#id').inputValue(), 'keyboard-hospital');
  });
});

for (const locale of LOCALES) {
  test(`/hospitals has no accessibility violations in ${locale}`, async () => {
    await withPage(served, { locale }, async (app, page) => {
      await app.open(`/${locale}/hospitals`);
      await page.locator('#items-0-id').waitFor();
      assert.deepEqual(await app.axeViolations(), []);
      if (locale === 'ar') await page.screenshot({ path: `${SCREENSHOTS}/hospitals-ar.png`, fullPage: true });
    });
  });
}
