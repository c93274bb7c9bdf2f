// Measures the advance width of each character in the page's body font (styles.css), at the two
// weights charts use, in Debian's Chromium: the table the build's chart pictures measure text by
// (src/server/draw-in-dom.tsx), so that a label wraps in the picture where it wraps on screen.
// Run: node scripts/measure-text-widths.mjs > src/server/text-widths.json
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/harness.mjs';

const chars = [];
for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCodePoint(c));
for (let c = 0xa0; c < 0x180; c++) chars.push(String.fromCodePoint(c));
chars.push(...'€–—…„“”‘’‚·•×−\u202f\u2009');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent(
  `<body style="margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif"><span id="s" style="white-space:pre;position:absolute"></span></body>`,
);
const widths = await page.evaluate((chars) => {
  const span = document.getElementById('s');
  const measure = (weight) =>
    Object.fromEntries(
      chars.map((c) => {
        span.style.fontWeight = weight;
        span.style.fontSize = '100px';
        span.textContent = c;
        return [c, Math.round(span.getBoundingClientRect().width) / 100];
      }),
    );
  return { 400: measure('400'), 600: measure('600') };
}, chars);
await browser.close();
process.stdout.write(`${JSON.stringify(widths)}\n`);
