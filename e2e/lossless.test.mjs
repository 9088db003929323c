// Nothing typed is lost. Every text, number, email, tel, date and text-area field of the tool
// pages is typed into last and the page reloaded at once (and, for each page, the tab closed
// and reopened): the value is back. Two tabs editing one draft merge field by field. Stored
// text a page cannot read is kept aside byte for byte, and each page starts over on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SCREENSHOTS, messages, waitForApp } from './support/app-page.mjs';
import { EstimatorPage } from './support/estimator-page.mjs';
import { useServedApp, withPage } from './support/harness.mjs';
import { afterSave } from './support/saving.mjs';

const served = useServedApp('dist');
// Tabs in the background get no animation frames: poll instead.
const POLL = { polling: 100 };
const en = messages('en');
const KEYS = {
  drafts: 'japan-care-planner:drafts',
  estimate: 'japan-care-planner:estimate',
  stay: 'japan-care-planner:stay',
  checklist: 'japan-care-planner:checklist',
};
const FIELDS = [
  'input[type="text"]',
  'input[type="email"]',
  'input[type="tel"]',
  'input[type="number"]',
  'input[type="date"]',
  'textarea',
].map((kind) => `main ${kind}`).join(', ');

/** A value the field accepts, different for each field, typed key by key as a person would. */
async function typeInto(field, index) {
  const [type, inputmode] = await Promise.all([field.getAttribute('type'), field.getAttribute('inputmode')]);
  if (type === 'date') {
    const value = `2027-0${1 + (index % 9)}-1${index % 10}`;
    await field.fill(value);
    return value;
  }
  const value = inputmode === 'numeric' || inputmode === 'decimal' ? String(2 + (index % 7)) : `Kept ${index}`;
  await field.fill('');
  await field.pressSequentially(value);
  // Nothing moved the caret or rewrote the text while it was typed.
  assert.equal(await field.inputValue(), value, `typing into #${await field.getAttribute('id')}`);
  return value;
}

/** The ids of the fields a person can type into now (not those of a closed section). */
function visibleFieldIds(page) {
  return page.locator(FIELDS).evaluateAll((fields) =>
    fields.filter((field) => field.checkVisibility()).map((field) => field.id),
  );
}

/** Every field on the page, one after the other: typed into last, then the page reloaded. */
async function sweep(app, page, prepare) {
  const ids = await visibleFieldIds(page);
  assert.ok(ids.length > 0, 'fields to sweep');
  for (const [index, id] of ids.entries()) {
    const field = page.locator(`[id="${id}"]`);
    const typed = await typeInto(field, index);
    await app.reload();
    await prepare?.();
    assert.equal(await page.locator(`[id="${id}"]`).inputValue(), typed, `#${id} after a reload`);
  }
  return ids;
}

/** The last field of the page typed into, the tab closed and the page opened in a new one. */
async function closeAndReopen(page, path, prepare) {
  const id = (await visibleFieldIds(page)).at(-1);
  const typed = await typeInto(page.locator(`[id="${id}"]`), 99);
  const reopened = await page.context().newPage();
  await page.close();
  await reopened.goto(`${served.server.baseUrl}${path}`);
  await waitForApp(reopened);
  await reopened.getByRole('heading', { level: 1 }).waitFor();
  await prepare?.(reopened);
  assert.equal(await reopened.locator(`[id="${id}"]`).inputValue(), typed, `#${id} in a new tab`);
}

test('every field on /intake survives a reload at once and a closed tab', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/intake');
    await page.getByRole('button', { name: en['intake-companion-add'] }).click();
    await page.getByRole('button', { name: en['intake-history-add'] }).click();
    await page.locator('#history-0-details').waitFor();
    const ids = await sweep(app, page);
    for (const id of ['draft-name', 'patient-email', 'patient-phone', 'companion-0-name', 'history-0-details']) {
      assert.ok(ids.includes(id), `${id} swept`);
    }
    await closeAndReopen(page, '/intake');
  });
});

test('every field on /estimate, with items added, survives a reload at once and a closed tab', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/estimate');
    const estimator = new EstimatorPage(page);
    await estimator.ready();
    const items = await estimator.field('estimate-add-label').locator('option').evaluateAll((options) =>
      options.map((option) => option.value).filter(Boolean),
    );
    for (const item of items.slice(0, 3)) await estimator.addItem(item);
    await estimator.field('currency-label').selectOption('USD');
    await estimator.quantity(2).waitFor();
    const ids = await sweep(app, page, () => estimator.ready());
    assert.ok(ids.includes('line-2-quantity') && ids.includes('currency-rate'), ids.join(' '));
    await closeAndReopen(page, '/estimate', (reopened) => new EstimatorPage(reopened).ready());
  });
});

test('every field on /stay, with a treatment plan, survives a reload at once and a closed tab', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/stay');
    await page.getByLabel(en['stay-plan-toggle']).check();
    await page.locator('#sessions').waitFor();
    const ids = await sweep(app, page);
    assert.ok(ids.includes('arrival') && ids.includes('sessions'), ids.join(' '));
    await closeAndReopen(page, '/stay');
  });
});

test('every note on /documents, with situations chosen, survives a reload at once and a closed tab', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    for (const key of ['checklist-scenario-travel', 'checklist-scenario-second-opinion-in-person']) {
      await page.getByRole('checkbox', { name: en[key], exact: true }).check();
    }
    const ids = await sweep(app, page);
    assert.ok(ids.length >= 5 && ids.every((id) => id.startsWith('note-')), ids.join(' '));
    await closeAndReopen(page, '/documents');
  });
});

/** Two tabs of one browser on /intake. */
async function twoTabs(app, page, { firstVisit }) {
  await app.open('/intake');
  if (!firstVisit) {
    await afterSave(page, () => page.getByLabel(en['intake-patient-name']).fill('Anna'));
  }
  const other = await page.context().newPage();
  await other.goto(`${served.server.baseUrl}/intake`);
  await waitForApp(other);
  await other.getByRole('heading', { level: 1 }).waitFor();
  return other;
}

const storedDrafts = async (page) =>
  JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEYS.drafts)).data.drafts;

for (const firstVisit of [true, false]) {
  test(`two tabs${firstVisit ? ' on a first visit' : ''}: edits to different fields are merged without a question`, async () => {
    await withPage(served, { locale: 'en' }, async (app, page) => {
      const other = await twoTabs(app, page, { firstVisit });
      // Both type before either has saved.
      await Promise.all([
        afterSave(page, () => page.locator('#diagnosis').fill('Prostate cancer')),
        afterSave(other, () => other.getByLabel(en['intake-budget']).fill('3,000,000 yen')),
      ]);
      for (const tab of [page, other]) {
        await tab.waitForFunction(() => document.querySelector('#diagnosis')?.value === 'Prostate cancer', null, POLL);
        await tab.waitForFunction(() => document.querySelector('#budget')?.value === '3,000,000 yen', null, POLL);
        assert.equal(await tab.getByRole('heading', { name: en['choice-heading'] }).count(), 0, 'no question');
      }
      const drafts = await storedDrafts(page);
      assert.equal(drafts.length, 1, 'one draft');
      assert.equal(drafts[0].intake.diagnosis, 'Prostate cancer');
      assert.equal(drafts[0].intake.budget, '3,000,000 yen');
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('#budget').inputValue(), '3,000,000 yen');
      await other.close();
    });
  });
}

test('two tabs: the same field typed differently shows both values until the user is done', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    const other = await twoTabs(app, page, { firstVisit: false });
    await Promise.all([
      afterSave(page, () => page.getByLabel(en['intake-budget']).fill('3,000,000 yen')),
      afterSave(other, () => other.getByLabel(en['intake-budget']).fill('about 25,000 USD')),
    ]);
    for (const tab of [page, other]) {
      const panel = tab.getByRole('region', { name: en['choice-heading'] });
      await panel.getByText('3,000,000 yen', { exact: true }).waitFor();
      await panel.getByText('about 25,000 USD', { exact: true }).waitFor();
    }
    await page.screenshot({ path: `${SCREENSHOTS}/intake-two-values.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('region', { name: en['choice-heading'] }).screenshot({ path: `${SCREENSHOTS}/intake-two-values-phone.png` });

    // Whichever value the form holds, the user picks the other one in this tab.
    const inForm = await page.locator('#budget').inputValue();
    const pick = inForm === '3,000,000 yen' ? 'about 25,000 USD' : '3,000,000 yen';
    const panel = page.getByRole('region', { name: en['choice-heading'] });
    const row = panel.getByRole('listitem').filter({ hasText: pick }).filter({ has: page.getByRole('button') });
    await afterSave(page, () => row.getByRole('button', { name: en['choice-use'] }).click());
    assert.equal(await page.locator('#budget').inputValue(), pick);
    await other.waitForFunction((pick) => document.querySelector('#budget')?.value === pick, pick, POLL);
    // The other value is still offered in both tabs until dismissed.
    await other.getByRole('region', { name: en['choice-heading'] }).getByText(inForm, { exact: true }).waitFor();
    await afterSave(other, () => other.getByRole('button', { name: en['choice-dismiss'] }).click());
    await page.getByRole('region', { name: en['choice-heading'] }).waitFor({ state: 'detached' });
    const [draft] = await storedDrafts(page);
    assert.equal(draft.intake.budget, pick);
    assert.equal(draft.choices, undefined, 'no choice left stored');
    await other.close();
  });
});

const storedHas = (page, key, text) =>
  page.waitForFunction(([key, text]) => localStorage.getItem(key)?.includes(text), [key, text], POLL);

test('two tabs on /documents and /stay: a change or note in the older tab keeps what the other tab saved', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    const older = await page.context().newPage();
    await older.goto(`${served.server.baseUrl}/documents`);
    await waitForApp(older);
    await page.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).check();
    await storedHas(page, KEYS.checklist, '"travel"');
    // Once the older tab wrote its whole copy from before, and the travel checklist was gone.
    await older.getByText(en['saved-changed-elsewhere']).waitFor();
    assert.ok(await older.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).isChecked());
    await older.getByRole('checkbox', { name: en['checklist-scenario-second-opinion-in-person'], exact: true }).check();
    await older.locator('#note-travel-passport').fill('Renewed in May');
    await storedHas(older, KEYS.checklist, 'Renewed in May');
    await page.reload();
    await waitForApp(page);
    for (const key of ['checklist-scenario-travel', 'checklist-scenario-second-opinion-in-person']) {
      assert.ok(await page.getByRole('checkbox', { name: en[key], exact: true }).isChecked(), key);
    }
    assert.equal(await page.locator('#note-travel-passport').inputValue(), 'Renewed in May');

    await app.open('/stay');
    await older.goto(`${served.server.baseUrl}/stay`);
    await waitForApp(older);
    await page.getByLabel(en['stay-arrival']).fill('2027-04-01');
    await storedHas(page, KEYS.stay, '2027-04-01');
    await older.getByText(en['saved-changed-elsewhere']).waitFor();
    assert.equal(await older.getByLabel(en['stay-arrival']).inputValue(), '2027-04-01');
    await older.setViewportSize({ width: 375, height: 800 });
    await older.screenshot({ path: `${SCREENSHOTS}/stay-changed-elsewhere-phone.png`, fullPage: true });
    await older.close();
  });
});

const BROKEN = '{"schema_version":1,"data":{"lines":[{"item_id":';
const TOOLS = [
  { key: KEYS.estimate, path: '/estimate', type: async (page) => {
      const estimator = new EstimatorPage(page);
      await estimator.ready();
      await page.locator('#flight').fill('120000');
      return '120000';
    } },
  { key: KEYS.stay, path: '/stay', type: async (page) => {
      await page.getByLabel(en['stay-arrival']).fill('2027-04-01');
      return '2027-04-01';
    } },
  { key: KEYS.checklist, path: '/documents', type: async (page) => {
      await page.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).check();
      return 'travel';
    } },
];

for (const tool of TOOLS) {
  test(`unreadable text stored by ${tool.path} is kept aside, the page saves again and starts over alone`, async () => {
    await withPage(served, { locale: 'en' }, async (app, page) => {
      await app.open('/');
      const others = { [KEYS.drafts]: '{"schema_version":1,"data":{"drafts":[]}}', 'someone-else': 'theirs' };
      await page.evaluate(
        ([key, broken, others]) => {
          localStorage.setItem(key, broken);
          for (const [name, value] of Object.entries(others)) localStorage.setItem(name, value);
        },
        [tool.key, BROKEN, others],
      );
      await app.open(tool.path);
      await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
      const kept = await page.evaluate((key) => {
        const names = Object.keys(localStorage).filter((name) => name.startsWith(`${key}:quarantine:`));
        return names.map((name) => [name, localStorage.getItem(name)]);
      }, tool.key);
      assert.equal(kept.length, 1);
      assert.equal(kept[0][1], BROKEN, 'byte for byte');
      if (tool.path === '/stay') {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.screenshot({ path: `${SCREENSHOTS}/stay-quarantined-phone.png`, fullPage: true });
      }
      const typed = await tool.type(page);
      await page.waitForFunction(([key, typed]) => localStorage.getItem(key)?.includes(typed), [tool.key, typed], POLL);

      page.once('dialog', (dialog) => dialog.accept());
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: en['start-over'] }).click()]);
      await waitForApp(page);
      const left = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
      assert.ok(!(left[tool.key] ?? '').includes(typed), 'this page starts over');
      assert.equal(left[kept[0][0]], BROKEN, 'the kept text stays');
      for (const [name, value] of Object.entries(others)) assert.equal(left[name], value, `${name} untouched`);
    });
  });
}

test('a received document\'s heading names the document without the decorative tick', async () => {
  await withPage(served, { locale: 'en' }, async (app, page) => {
    await app.open('/documents');
    await page.getByRole('checkbox', { name: en['checklist-scenario-travel'], exact: true }).check();
    await page.locator('select[id$="-passport"]').selectOption('received');
    const heading = page.getByRole('heading', { level: 3, name: en['checklist-item-passport'], exact: true });
    await heading.waitFor();
    const tick = await heading.evaluate((node) => getComputedStyle(node, '::after').content);
    assert.match(tick, /✓/, 'the tick is still drawn');
  });
});
