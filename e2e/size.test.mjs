// The budget: no route may need more than 150 kB (brotli) before it shows its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FIRST_LOAD_BUDGET_BYTES, LOCALES, ROUTES, criticalAssets, firstLoad } from '../scripts/sizes.mjs';

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
      assert.ok(
        load.brotli <= FIRST_LOAD_BUDGET_BYTES,
        `${route} in ${locale}: ${load.brotli} bytes > ${FIRST_LOAD_BUDGET_BYTES}\n${JSON.stringify(load.files, null, 1)}`,
      );
    }
  });
}
