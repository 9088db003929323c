// The budget: no route may need more than 150 kB (brotli) before it shows its content; the
// tool routes that do not meet it yet may not grow past their ceiling (scripts/sizes.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FIRST_LOAD_BUDGET_BYTES, LOCALES, ROUTES, criticalAssets, firstLoad, limitFor } from '../scripts/sizes.mjs';

test('the asset scanner finds what Trunk puts in index.html', () => {
  const html = `<link href=/main-1.css rel=stylesheet><script type=module>import init from '/app-2.js';
    await init({ module_or_path: '/app-2_bg.wasm' })</script><link href=/favicon-3.svg rel=icon>`;
  assert.deepEqual(criticalAssets(html), ['/app-2.js', '/app-2_bg.wasm', '/main-1.css']);
});

for (const locale of LOCALES) {
  test(`critical first-load bytes stay within budget in ${locale}`, () => {
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

test('only the form-heavy tool routes are exempt from the 150 kB budget', () => {
  const exempt = ROUTES.filter((route) => limitFor(route).bytes !== FIRST_LOAD_BUDGET_BYTES);
  assert.deepEqual(exempt, ['/estimate', '/stay', '/intake', '/packet', '/embed/estimate']);
});
