// Every chart's picture is in the prerendered HTML (src/server/render.tsx draws the live chart's own
// component in a DOM): a reader without scripts, in a sandboxed frame or in print sees each chart,
// and the live chart that takes over from the picture looks the same.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chartIds } from '../site.mjs';
import {
  expectConsoleError,
  holdAppScripts,
  htmlPainted,
  newPage,
  previewSuite,
  sandboxedHost,
  tookOver,
  waitForStill,
} from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const SEED = 'alibaba-sina-weibo-2013';
// The dashboard's charts, from the routes and widgets table of the build (test/site.mjs).
const CHARTS = chartIds();
const LANGUAGES = [
  { prefix: '', lang: 'en' },
  { prefix: '/de', lang: 'de' },
];
mkdirSync(ARTIFACTS, { recursive: true });

/** The picture each chart shows, with what it draws: visible shapes, and its words. */
async function pictures(root) {
  const found = {};
  for (const widget of CHARTS) {
    const svg = root.locator(`.chart-card[data-widget="${widget}"] .chart-picture svg`).filter({ visible: true });
    assert.equal(await svg.count(), 1, `${widget}: one picture shows`);
    const box = await svg.boundingBox();
    const shapes = await svg.evaluate(
      (el) =>
        [...el.querySelectorAll('path, rect, line')].filter((s) => {
          const r = s.getBoundingClientRect();
          return r.width > 0 || r.height > 0;
        }).length,
    );
    const words = (await svg.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
    const legend = await root.locator(`.chart-card[data-widget="${widget}"] .legend`).textContent();
    found[widget] = { box, shapes, words, legend };
  }
  return found;
}

function assertDrawn(found, where) {
  for (const [widget, { box, shapes, words, legend }] of Object.entries(found)) {
    assert.ok(
      box && box.width > 100 && box.height > 60,
      `${where} ${widget}: the picture has a size (${JSON.stringify(box)})`,
    );
    assert.ok(shapes >= 3, `${where} ${widget}: the picture draws shapes (${shapes})`);
    assert.ok(/\d/.test(words), `${where} ${widget}: the picture has its labels and ticks ("${words}")`);
    assert.ok(legend && legend.trim().length > 0, `${where} ${widget}: its legend is there`);
  }
}

const png = (buffer) => PNG.sync.read(buffer);

/** Where an element lies in the page (not the viewport, which a screenshot scrolls). */
const pageBox = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  });

/** Layout shifts from now on (the takeover's). */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value });
  }).observe({ type: 'layout-shift' });
}

/** The share of pixels that differ between two screenshots; a difference in size is a layout shift. */
function differing(a, b, name) {
  assert.equal(
    `${a.width}x${a.height}`,
    `${b.width}x${b.height}`,
    `${name}: the picture and the live chart differ in size`,
  );
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  writeFileSync(`${ARTIFACTS}/chart-pictures-${name}-diff.png`, PNG.sync.write(diff));
  return count / (a.width * a.height);
}

describe('chart pictures in the HTML, in Chromium', () => {
  const suite = previewSuite();
  let server;
  let browser;
  before(() => ({ server, browser } = suite));

  for (const { prefix, lang } of LANGUAGES) {
    it(`with scripts off, every chart of the ${lang} dashboard shows its picture`, async () => {
      for (const width of [320, 1280]) {
        const { context, page } = await newPage(browser, {
          javaScriptEnabled: false,
          viewport: { width, height: 900 },
        });
        await page.goto(`${server.url}${prefix}/deals/${SEED}`);
        assertDrawn(await pictures(page), `${lang} ${width} px`);
        // The data tables stay there for those who want the figures.
        assert.equal(await page.locator('.chart-card .data-table').count(), CHARTS.length);
        await page.screenshot({ path: `${ARTIFACTS}/chart-pictures-no-js-${lang}-${width}.png`, fullPage: true });
        await context.close();
      }
    });

    it(`every ${lang} chart embed shows its picture in an iframe sandboxed without allow-scripts`, async () => {
      const sources = CHARTS.map((widget) => `${server.url}${prefix}/embed/${SEED}/${widget}`);
      const host = await sandboxedHost(sources);
      const { context, page } = await newPage(browser, { viewport: { width: 700, height: 5000 } });
      // The sandbox refuses the embeds' scripts, and Chromium says so: that is the case under test.
      expectConsoleError(page, /Blocked script execution|blocked by CORS policy|net::ERR_FAILED/);
      try {
        await page.goto(host.url);
        for (const [i, widget] of CHARTS.entries()) {
          const frame = page.frameLocator(`iframe[title="${sources[i]}"]`);
          await frame.locator('main').waitFor();
          const found = {};
          const svg = frame
            .locator(`.chart-card[data-widget="${widget}"] .chart-picture svg`)
            .filter({ visible: true });
          assert.equal(await svg.count(), 1, `${lang} embed ${widget}: one picture shows`);
          const box = await svg.boundingBox();
          const shapes = await svg.locator('path, rect').count();
          const words = (await svg.locator('text').allTextContents()).join(' ');
          const legend = await frame.locator(`.chart-card[data-widget="${widget}"] .legend`).textContent();
          found[widget] = { box, shapes, words, legend };
          assertDrawn(found, `${lang} embed`);
        }
        await page.screenshot({ path: `${ARTIFACTS}/chart-pictures-sandboxed-${lang}.png`, fullPage: true });
      } finally {
        await context.close();
        await host.close();
      }
    });
  }

  // The picture a reader sees before the scripts run and the live chart after the takeover, in
  // the same page and the same box: at most 1 % of its pixels differ, and nothing moves.
  for (const { prefix, lang } of LANGUAGES) {
    for (const colorScheme of ['light', 'dark']) {
      it(`the live chart looks as its picture did (${lang}, ${colorScheme}, 320 and 1280 px)`, async () => {
        const report = [];
        for (const width of [320, 1280]) {
          const { context, page } = await newPage(browser, { viewport: { width, height: 900 }, colorScheme });
          const scripts = await holdAppScripts(page);
          await page.goto(`${server.url}${prefix}/deals/${SEED}`, { waitUntil: 'commit' });
          await htmlPainted(page, '.chart-picture svg');
          const box = (widget) => page.locator(`.chart-card[data-widget="${widget}"] .measured`);
          const pictures = {};
          for (const widget of CHARTS) {
            const name = `${widget}-${lang}-${colorScheme}-${width}`;
            pictures[widget] = {
              at: await pageBox(box(widget)),
              image: await box(widget).screenshot({ path: `${ARTIFACTS}/chart-pictures-${name}-picture.png` }),
            };
          }
          await page.evaluate(recordShifts);
          await scripts.release();
          await tookOver(page);
          await page.locator('.chart-picture').first().waitFor({ state: 'detached' });
          await waitForStill(page, '.chart-grid');
          for (const widget of CHARTS) {
            const name = `${widget}-${lang}-${colorScheme}-${width}`;
            assert.equal(await box(widget).locator('.recharts-surface').count(), 1, `${name}: the live chart drew`);
            assert.deepEqual(await pageBox(box(widget)), pictures[widget].at, `${name}: the box moved`);
            const live = await box(widget).screenshot({ path: `${ARTIFACTS}/chart-pictures-${name}-live.png` });
            const share = differing(png(pictures[widget].image), png(live), name);
            report.push(`${name}: ${(share * 100).toFixed(2)} %`);
            assert.ok(share <= 0.01, `${name}: ${(share * 100).toFixed(2)} % of the pixels differ`);
          }
          const shifts = await page.evaluate(() => window.__shifts);
          assert.ok(
            shifts.reduce((sum, s) => sum + s.value, 0) <= 0.01,
            `${width} px: the takeover shifted the layout`,
          );
          await context.close();
        }
        console.log(report.join('\n'));
      });
    }
  }

  // Printed right after the page has loaded (scripts on, not waited for), from a desktop and an
  // A4-wide window: every chart is on paper, inside the page, and no page says it is loading.
  // (A permalink, drawn in the client and shown whole, is printed early and late in print.test.mjs.)
  for (const { prefix, lang } of LANGUAGES) {
    it(`prints every chart inside the page, never "Loading" (${lang}, 1280 and 794 px)`, async () => {
      const addresses = [`${prefix}/deals/${SEED}`];
      for (const width of [1280, 794]) {
        for (const address of addresses) {
          const { context, page } = await newPage(browser, { viewport: { width, height: 900 } });
          await page.goto(`${server.url}${address}`, { waitUntil: 'load' });
          const name = `print-${lang}-${width}`;
          const pdf = `${ARTIFACTS}/chart-pictures-${name}.pdf`;
          writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
          await context.close();
          const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
          assert.doesNotMatch(text, /Loading|geladen …/, `${name}: a page says it is loading`);
          // Every word on paper, the charts' labels and ticks too, lies inside its page.
          const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
          let pageWidth = 0;
          const outside = [];
          for (const line of boxes.split('\n')) {
            const pageAt = /<page width="([\d.]+)"/.exec(line);
            if (pageAt) pageWidth = Number(pageAt[1]);
            const word = /<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)"[^>]*>(.*)<\/word>/.exec(line);
            if (word && (Number(word[1]) < 0 || Number(word[2]) > pageWidth)) outside.push(word[3]);
          }
          assert.deepEqual(outside, [], `${name}: words beyond the page's edge`);
          // The charts' own words are on paper: each chart's axis, bar or legend labels.
          for (const words of lang === 'en' ? ['40%', 'pts', 'Monthly'] : ['40 %', 'Pp.', 'Monatlich']) {
            assert.ok(text.includes(words), `${name}: "${words}" is not on paper`);
          }
          execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${ARTIFACTS}/chart-pictures-${name}`]);
        }
      }
    });
  }
});
