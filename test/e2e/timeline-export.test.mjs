// What an exported timeline image paints, checked as a reader would see it: the file opened on its
// own in Chromium, its drawing compared pixel by pixel with the same view on screen, and every lane
// name and title on it checked for ink (a halo painted over the letters leaves none).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const PAGE = '/deals/alibaba-sina-weibo-2013/timeline';
mkdirSync(ARTIFACTS, { recursive: true });

async function exportAs(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

function crop(png, x, y, width, height) {
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}

const luminance = (r, g, b) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

/** The share of a box's pixels that stand out from the background: the ink of its letters. */
function ink(png, box, background) {
  const bg = luminance(...background);
  let marked = 0;
  let total = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, Math.ceil(box.y + box.height)); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, Math.ceil(box.x + box.width)); x += 1) {
      const i = (y * png.width + x) * 4;
      total += 1;
      if (Math.abs(luminance(png.data[i], png.data[i + 1], png.data[i + 2]) - bg) > 0.3) marked += 1;
    }
  }
  return total ? marked / total : 0;
}

const VARIANTS = [
  { name: 'light-en', colorScheme: 'light', locale: 'en-GB', words: ['Announcement', 'Sources', 'View online'] },
  { name: 'dark-de', colorScheme: 'dark', locale: 'de-DE', words: ['Bekanntgabe', 'Quellen', 'Online ansehen'] },
];

describe('an exported timeline image reads as the screen does', () => {
  const suite = previewSuite();

  for (const variant of VARIANTS) {
    it(`paints what the screen shows, with every title legible (${variant.name})`, async () => {
      const { page, problems, context } = await newPage(suite.browser, {
        acceptDownloads: true,
        deviceScaleFactor: 2,
        colorScheme: variant.colorScheme,
        locale: variant.locale,
      });
      await gotoInteractive(page, suite.server.url + PAGE);
      await page.locator('.timeline[data-ready="true"] [data-mark]').first().waitFor();
      await page.locator('.timeline__export[data-prepared="true"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      const screenSvg = page.locator('.timeline-canvas svg.timeline-svg');
      const onScreen = PNG.sync.read(await screenSvg.screenshot({ animations: 'disabled' }));
      const screenLabels = await page.$$eval('.timeline-canvas [data-label]', (nodes) =>
        nodes.map((n) => [n.dataset.label, n.textContent]),
      );
      assert.equal(screenLabels.length, 8, 'every event of the seed deal is titled on the axis at "Fit all"');

      const [svgFile, pngFile] = [await exportAs(page, /SVG/), await exportAs(page, /PNG/)];
      assert.match(svgFile.name, /^alibaba-sina-weibo-2013-timeline-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.svg$/);
      writeFileSync(`${ARTIFACTS}/timeline-export-${variant.name}.png`, pngFile.bytes);

      // The SVG on its own, in a page with nothing else: where its drawing and its texts lie.
      const viewer = await context.newPage();
      await viewer.setContent(`<!doctype html><body style="margin:0">${svgFile.bytes.toString('utf8')}</body>`);
      const layout = await viewer.evaluate(async () => {
        await document.fonts.ready;
        const root = document.querySelector('body > svg');
        const origin = root.getBoundingClientRect();
        const rect = (el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
        };
        const body = root.querySelector('svg.timeline-svg');
        // Where its own coordinate system starts (its bounding box starts at its leftmost text).
        const ctm = body.getScreenCTM();
        const at = { x: ctm.e - origin.x, y: ctm.f - origin.y };
        return {
          width: root.width.baseVal.value,
          height: root.height.baseVal.value,
          // Its own size: a mark on the plot's edge may reach past it, and the bounding box with it.
          body: { x: at.x, y: at.y, width: body.width.baseVal.value, height: body.height.baseVal.value },
          texts: [...body.querySelectorAll('[data-label], [data-lane-name]')].map((t) => ({
            name: t.dataset.label ?? t.dataset.laneName,
            text: t.textContent,
            box: rect(t),
          })),
          words: root.textContent,
          background: getComputedStyle(root.querySelector(':scope > rect')).fill,
        };
      });
      await viewer.screenshot({ path: `${ARTIFACTS}/timeline-export-${variant.name}-svg.png`, fullPage: true });

      // The frame says what a reader needs away from the app.
      for (const word of variant.words) assert.ok(layout.words.includes(word), `"${word}" is in the file`);
      assert.match(layout.words, /silicon\.de/);
      // In the reader's language: a German file links to the German page.
      const prefix = variant.locale.startsWith('de') ? '/de' : '';
      assert.ok(layout.words.includes(`${suite.server.url}${prefix}${PAGE}?from=`), 'the permalink is written out');
      // The titles in the file are the titles on the screen.
      assert.deepEqual(
        layout.texts.filter((t) => !t.name.match(/^[a-z]+$/)).map((t) => [t.name, t.text]),
        screenLabels,
      );

      const png = PNG.sync.read(pngFile.bytes);
      assert.equal(png.width, layout.width * 2, 'the PNG is drawn at twice the pixel density');
      assert.equal(png.height, layout.height * 2);
      // The SVG as Chromium paints it on its own, at the same density.
      const svgRaster = PNG.sync.read(await viewer.screenshot({ fullPage: true }));
      const background = layout.background.match(/\d+/g).slice(0, 3).map(Number);

      for (const [kind, raster] of [
        ['PNG', png],
        ['SVG', svgRaster],
      ]) {
        // The drawing in the file is the drawing on screen.
        const body = crop(
          raster,
          Math.round(layout.body.x * 2),
          Math.round(layout.body.y * 2),
          onScreen.width,
          onScreen.height,
        );
        const diff = new PNG({ width: onScreen.width, height: onScreen.height });
        const differing = pixelmatch(onScreen.data, body.data, diff.data, onScreen.width, onScreen.height, {
          threshold: 0.3,
        });
        writeFileSync(`${ARTIFACTS}/timeline-export-${variant.name}-${kind}-diff.png`, PNG.sync.write(diff));
        const share = differing / (onScreen.width * onScreen.height);
        // Edges are smoothed a little differently in a canvas than on the page: about 1 % of pixels.
        console.log(
          `${variant.name} ${kind}: ${(share * 100).toFixed(2)} % of the drawing's pixels differ from the screen`,
        );
        assert.ok(
          share < 0.025,
          `${kind}: ${(share * 100).toFixed(2)} % of the drawing's pixels differ from the screen`,
        );

        // Every lane name and title is painted with ink of its own, not covered by anything.
        for (const text of layout.texts) {
          const box = { x: text.box.x * 2, y: text.box.y * 2, width: text.box.width * 2, height: text.box.height * 2 };
          const ratio = ink(raster, box, background);
          assert.ok(ratio > 0.08, `${kind}: "${text.text}" is legible: ${(ratio * 100).toFixed(1)} % ink`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('keeps the year on a zoomed axis, on screen and painted in the SVG, and each file says when it was made', async () => {
    const { page, problems, context } = await newPage(suite.browser, { acceptDownloads: true, locale: 'en-GB' });
    // The moment every file names: fixed, so the test can read it back.
    await page.clock.setFixedTime(new Date('2026-12-07T19:05:00Z'));
    await gotoInteractive(page, `${suite.server.url}${PAGE}?from=2013-04-11&to=2013-06-13`);
    await page.locator('.timeline[data-ready="true"] [data-mark]').first().waitFor();
    await page.locator('.timeline__export[data-prepared="true"]').waitFor();
    const screenTicks = await page.$$eval('.timeline-canvas [data-tick] text', (nodes) =>
      nodes.map((n) => n.textContent),
    );
    assert.ok(screenTicks.length > 3, `ticks: ${screenTicks}`);
    assert.match(screenTicks[0], /^\d+ Apr 2013$/, `the first tick names the year: ${screenTicks}`);

    const svgFile = await exportAs(page, /SVG/);
    const viewer = await context.newPage();
    await viewer.setContent(`<!doctype html><body style="margin:0">${svgFile.bytes.toString('utf8')}</body>`);
    const file = await viewer.evaluate(async () => {
      await document.fonts.ready;
      const root = document.querySelector('body > svg');
      const origin = root.getBoundingClientRect();
      const first = root.querySelector('svg.timeline-svg [data-tick] text');
      const r = first.getBoundingClientRect();
      return {
        tick: first.textContent,
        box: { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height },
        texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
        background: getComputedStyle(root.querySelector(':scope > rect')).fill,
      };
    });
    assert.equal(file.tick, screenTicks[0], 'the file’s first tick is the screen’s, year and all');
    const raster = PNG.sync.read(await viewer.screenshot({ fullPage: true }));
    const background = file.background.match(/\d+/g).slice(0, 3).map(Number);
    const ratio = ink(raster, file.box, background);
    assert.ok(ratio > 0.08, `the year on the first tick is painted, not covered: ${(ratio * 100).toFixed(1)} % ink`);
    assert.equal(file.texts.at(-1), 'Exported 7 Dec 2026, 19:05 UTC', 'the picture’s last line says when it was made');

    const csv = (await exportAs(page, /CSV/)).bytes.toString('utf8');
    assert.match(csv, /,sources,exported\r\n/);
    assert.ok(csv.trimEnd().endsWith(',"7 Dec 2026, 19:05 UTC"'), csv.slice(-80));
    const json = JSON.parse((await exportAs(page, /JSON/)).bytes.toString('utf8'));
    assert.equal(json.exportedAt, '2026-12-07T19:05:00.000Z');
    const ics = (await exportAs(page, /ICS|Calendar/)).bytes.toString('utf8');
    assert.match(ics, /X-WR-CALDESC:Exported 7 Dec 2026\\, 19:05 UTC/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("gives the Embed dialog's static image the export's drawing, filters and as-of day included", async () => {
    const { page, problems, context } = await newPage(suite.browser, { acceptDownloads: true });
    await gotoInteractive(page, `${suite.server.url}${PAGE}?kinds=announcement,market&asof=2013-05-01`);
    await page.locator('.timeline[data-ready="true"] [data-mark]').first().waitFor();
    await page.locator('.timeline__export[data-prepared="true"]').waitFor();
    const exported = (await exportAs(page, 'Vector (SVG)')).bytes.toString('utf8');
    assert.match(exported, /Kinds shown: Announcement, Market/);
    assert.match(exported, /Showing only what was public on 1 May 2013/);

    await page.getByRole('button', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Vector (SVG)' }).click(),
    ]);
    const fromDialog = readFileSync(await download.path(), 'utf8');
    // One scene, one drawing: the timeline's part of both files is the same markup.
    const drawing = (svg) =>
      page.evaluate(
        (text) =>
          new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('.timeline-svg')?.outerHTML ?? null,
        svg,
      );
    const [a, b] = [await drawing(exported), await drawing(fromDialog)];
    assert.ok(a && a.includes('data-label="deal-2013-04-29"'), 'the export holds the timeline drawing');
    assert.equal(b, a);
    assert.match(fromDialog, /Kinds shown: Announcement, Market/);
    assert.match(fromDialog, /Showing only what was public on 1 May 2013/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
