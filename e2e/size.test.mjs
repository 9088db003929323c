// The budgets: a prerendered page is drawn from its HTML and CSS, which must fit in the first
// round trip (14 kB brotli); until it is interactive no route may need more than 150 kB, and
// the tool routes that do not meet that yet may not grow past their ceiling (scripts/sizes.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  FIRST_LOAD_BUDGET_BYTES, FIRST_PAINT_BUDGET_BYTES, LOCALES, ROUTES, criticalAssets, firstLoad, firstPaint, limitFor,
} from '../scripts/sizes.mjs';

test('the asset scanner finds what Trunk puts in index.html', () => {
  const html = `<link href=/main-1.css rel=stylesheet><script type=module>import init from '/app-2.js';
    await init({ module_or_path: '/app-2_bg.wasm' })</script><link href=/favicon-3.svg rel=icon>`;
  assert.deepEqual(criticalAssets(html), ['/app-2.js', '/app-2_bg.wasm', '/main-1.css']);
});

for (const locale of LOCALES) {
  test(`the first paint fits in the first round trip in ${locale}`, () => {
    for (const route of ROUTES) {
      const paint = firstPaint('dist', route, locale);
      assert.deepEqual(paint.files.map((file) => file.url.split('.').pop()).slice(1), ['css'], route);
      assert.ok(
        paint.brotli <= FIRST_PAINT_BUDGET_BYTES,
        `${route} in ${locale}: ${paint.brotli} bytes > ${FIRST_PAINT_BUDGET_BYTES}\n${JSON.stringify(paint.files, null, 1)}`,
      );
    }
  });

  test(`first-load bytes until interactive stay within budget in ${locale}`, () => {
    for (const route of ROUTES) {
      const load = firstLoad('dist', route, locale);
      const kinds = load.files.map((file) => file.url.split('.').pop());
      assert.ok(kinds.includes('wasm') && kinds.includes('js') && kinds.includes('css'), `${route}: ${kinds}`);
      const limit = limitFor(route);
      assert.ok(
        load.brotli <= limit.bytes,
        `${route} in ${locale}: ${load.brotli} bytes > ${limit.kind} ${limit.bytes}\n${JSON.stringify(load.files, null, 1)}`,
      );
    }
  });
}

test('only the form-heavy tool routes, the checklists and the hospitals\' editor are exempt from the 150 kB budget', () => {
  const exempt = ROUTES.filter((route) => limitFor(route).bytes !== FIRST_LOAD_BUDGET_BYTES);
  assert.deepEqual(exempt, ['/estimate', '/stay', '/documents', '/intake', '/packet', '/embed/estimate', '/hospitals']);
});
