// Renders the app icons the web app manifest lists (PNG, which every installer accepts) from
// their SVG sources, in the same Chromium the tests use. The PNGs are committed; run this
// again after changing public/favicon.svg or public/icons/maskable.svg:
//   node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = [
  // "any": the rounded square of the favicon, drawn as it is.
  { source: 'public/favicon.svg', sizes: [192, 512], name: (size) => `public/icons/icon-${size}.png` },
  // "maskable": full-bleed background, the mark inside the central 80% safe zone, so any
  // launcher mask (circle, squircle) keeps it whole.
  { source: 'public/icons/maskable.svg', sizes: [512], name: (size) => `public/icons/maskable-${size}.png` },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of ICONS) {
    const svg = readFileSync(icon.source, 'utf8');
    for (const size of icon.sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: icon.name(size), omitBackground: true });
      await page.close();
      console.log(`icons: ${icon.name(size)}`);
    }
  }
} finally {
  await browser.close();
}
