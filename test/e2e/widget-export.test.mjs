// A widget's static PNG and SVG, opened on their own as a reader of a report would: what is
// painted must explain itself (a legend for the hatching, the sources, the permalink) and the
// chart must look as it did on screen.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chartIds } from '../site.mjs';
import { gotoInteractive, newPage, previewSuite, waitForStill } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = 'alibaba-sina-weibo-2013';
const ASOF = '2013-05-01';
mkdirSync(ARTIFACTS, { recursive: true });

const WORDS = {
  en: {
    embed: (title) => `Embed “${title}”`,
    png: 'Image (PNG)',
    svg: 'Vector (SVG)',
    close: 'Close',
    sources: 'Sources:',
    viewOnline: 'View online:',
    madeOn: /^Exported \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/,
    derived: 'Derived: Computed from reported numbers by the formula shown.',
    reported: 'Reported: Stated by a source.',
    stake: 'Stake in Sina Weibo',
    kpis: 'Key figures',
    valuation: 'Price and valuation',
  },
  de: {
    embed: (title) => `„${title}“ einbetten`,
    png: 'Bild (PNG)',
    svg: 'Vektor (SVG)',
    close: 'Schließen',
    sources: 'Quellen:',
    viewOnline: 'Online ansehen:',
    madeOn: /^Exportiert am \d{1,2}\. \S+ \d{4}, \d\d:\d\d UTC$/,
    derived: 'Abgeleitet: Aus berichteten Zahlen nach der gezeigten Formel berechnet.',
    reported: 'Berichtet: Von einer Quelle genannt.',
    stake: 'Anteil an Sina Weibo',
    kpis: 'Kennzahlen',
    valuation: 'Preis und Bewertung',
  },
};

const unescape = (s) =>
  s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]);

/** Every <text> of the file as { x, y, text }, in document order. */
function texts(svg) {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: unescape(m[3]),
  }));
}

/** [r, g, b] of a CSS colour as Chromium gives it: rgb(...), #rrggbb or #rgb. */
const rgb = (css) => {
  const value = css.trim();
  const fn = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value);
  if (fn) return fn.slice(1, 4).map(Number);
  const hex = value.slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
};

/** How many pixels of a crop differ from `background` by more than a faint anti-aliasing tint. */
function painted(png, x, y, w, h, background) {
  let count = 0;
  for (let j = Math.max(0, y); j < Math.min(png.height, y + h); j += 1) {
    for (let i = Math.max(0, x); i < Math.min(png.width, x + w); i += 1) {
      const k = (j * png.width + i) * 4;
      const d = Math.max(...[0, 1, 2].map((c) => Math.abs(png.data[k + c] - background[c])));
      if (d > 40) count += 1;
    }
  }
  return count;
}

function crop(png, x, y, w, h) {
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(png, out, x, y, w, h, 0, 0);
  return out;
}

/** Share of pixels that differ between two rasters of the same size. */
function difference(a, b) {
  assert.equal(a.width, b.width, 'same width');
  assert.equal(a.height, b.height, 'same height');
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.15 });
  return { share: n / (a.width * a.height), diff };
}

/** The permalink as written: after its heading on one line, or on the lines below it when long. */
function permalink(all, words) {
  const at = all.findIndex((line) => line.startsWith(words.viewOnline));
  assert.ok(at >= 0, `"${words.viewOnline}" is written`);
  if (all[at] !== words.viewOnline) return all[at].slice(words.viewOnline.length + 1);
  // The permalink's pieces run to the line that says when the file was made.
  return all
    .slice(at + 1)
    .filter((line) => !words.madeOn.test(line))
    .join('');
}

/** Opens the downloaded file alone in a page of its own and returns what Chromium paints. */
async function paintAlone(browser, path, kind, width, height) {
  // The SVG at device scale 2 (as the PNG is drawn); the PNG at scale 1, one pixel per pixel.
  const scale = kind === 'svg' ? 2 : 1;
  const size = kind === 'svg' ? { width, height } : { width: width * 2, height: height * 2 };
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: scale });
  const page = await context.newPage();
  if (kind === 'svg') await page.goto(`file://${resolve(path)}`);
  else
    await page.setContent(
      `<body style="margin:0"><img src="data:image/png;base64,${readFileSync(path).toString('base64')}" style="display:block"></body>`,
    );
  await page.waitForFunction(() => document.fonts.status === 'loaded' && [...document.images].every((i) => i.complete));
  const shot = PNG.sync.read(await page.screenshot());
  await context.close();
  return shot;
}

/** Opens the widget's Embed dialog and downloads its static images (PNG and SVG, or `kinds`) into the artifacts. */
async function downloadImages(page, words, title, prefix, kinds = ['png', 'svg']) {
  await page.getByRole('button', { name: words.embed(title) }).click();
  const dialog = page.getByRole('dialog', { name: words.embed(title) });
  const files = {};
  for (const kind of kinds) {
    const label = words[kind];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: label }).click(),
    ]);
    const path = `${ARTIFACTS}/${prefix}-${download.suggestedFilename()}`;
    await download.saveAs(path);
    files[kind] = { name: download.suggestedFilename(), path };
  }
  await dialog.getByRole('button', { name: words.close }).click();
  return files;
}

/** The SVG file's size, where its body (the chart) lies, and its texts. */
function readSvg(path) {
  const svg = readFileSync(path, 'utf8');
  const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)[1]);
  const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)[1]);
  const body = /<g transform="translate\(0,([\d.]+)\)">/.exec(svg);
  return { svg, width, height, bodyTop: body ? Number(body[1]) : null, texts: texts(svg) };
}

/** The swatch of `status` in the legend that explains the fills, and its label's position. */
function legendEntry(file, label) {
  const at = file.texts.find((x) => x.text === label);
  assert.ok(at, `the legend says "${label}"`);
  return { swatch: { x: Math.round(at.x - 21), y: Math.round(at.y - 13 + 3) }, label: at };
}

function assertLegendPainted(raster, entry, background, what) {
  const s = entry.swatch;
  const swatchPixels = painted(raster, s.x * 2, s.y * 2, 32, 24, background);
  assert.ok(swatchPixels > 32 * 24 * 0.3, `${what}: the swatch is painted (${swatchPixels} of ${32 * 24} pixels)`);
  const labelPixels = painted(raster, (s.x + 21) * 2, (s.y - 3) * 2, 120 * 2, 18 * 2, background);
  assert.ok(labelPixels > 200, `${what}: the label is painted (${labelPixels} pixels)`);
}

/**
 * A drawing's markup as what it draws: each element's name, its attributes but those that only
 * say how it is styled, named or reached (class, style: a file has no style sheet, so its styles are
 * written on each element; ids and the references to them, which each render numbers afresh;
 * tabindex, which the screen's card sets on the chart's layers for the keyboard), and its text.
 * Runs in the page.
 */
function drawingMarkup(svgText) {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const lines = [];
  const walk = (el, depth) => {
    const attrs = [...el.attributes]
      .filter((a) => !['class', 'style', 'id', 'clip-path', 'mask', 'xmlns', 'tabindex'].includes(a.name))
      .filter((a) => !/url\(#/.test(a.value))
      .map((a) => `${a.name}="${a.value}"`)
      .sort();
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent.trim())
      .join('');
    lines.push(`${'  '.repeat(depth)}<${el.localName} ${attrs.join(' ')}>${own}`);
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n');
}

/**
 * The difference between the screen's photograph of a chart and the file's chart region at its best
 * alignment: a chart on screen may lie at a fraction of a pixel (the card's text above it), which
 * Chromium paints on the nearest device pixel while the photograph's crop rounds its own way. Tried
 * over a device pixel or two each way; the shapes and words must still match there.
 */
function aligned(raster, top, screen) {
  let best = null;
  for (let dy = -2; dy <= 2; dy += 1)
    for (let dx = 0; dx <= 1; dx += 1) {
      if (top + dy < 0 || top + dy + screen.height > raster.height || dx + screen.width > raster.width) continue;
      const found = difference(crop(raster, dx, top + dy, screen.width, screen.height), screen);
      if (!best || found.share < best.share) best = found;
    }
  return best;
}

/** A theme variable as the charts write it on screen: `var(--name)`, with or without a fallback. */
const VAR = /var\((--[\w-]+)(?:,[^()]*)?\)/;

/** Largest difference of one channel between two colours. */
const distance = (a, b) => Math.max(...[0, 1, 2].map((c) => Math.abs(a[c] - b[c])));

/**
 * Opens a chart's SVG file alone (no app, no style sheet) at device scale 2 and returns its raster,
 * and the boxes of its axes' tick labels in the file's pixels.
 */
async function chartAlone(browser, path, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`file://${resolve(path)}`);
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  const ticks = await page.evaluate(() =>
    [...document.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => {
      const r = t.getBoundingClientRect();
      const size = getComputedStyle(t).fontSize;
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: t.textContent, size };
    }),
  );
  const shot = PNG.sync.read(await page.screenshot());
  await context.close();
  return { shot, ticks };
}

describe('static widget images', () => {
  const suite = previewSuite();

  for (const [locale, colorScheme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['de', 'light'],
    ['de', 'dark'],
  ]) {
    const words = WORDS[locale];
    const look = `${locale}-${colorScheme}`;

    it(`the stake chart's PNG and SVG explain the hatching and match the screen (${look})`, async (t) => {
      const { page, problems, context } = await newPage(suite.browser, {
        acceptDownloads: true,
        deviceScaleFactor: 2,
        colorScheme,
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        reducedMotion: 'reduce',
      });
      await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}?asof=${ASOF}`);
      const chart = page.locator('[data-widget="stake"] svg.recharts-surface');
      await page.locator('[data-widget="stake"] .bar-headroom path').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const screen = PNG.sync.read(await chart.screenshot());
      const surface = rgb(
        await page.locator('[data-widget="stake"]').evaluate((e) => getComputedStyle(e).backgroundColor),
      );
      const sourcesOnScreen = await page.locator('[data-widget="stake"] .chart-card__source').textContent();

      const files = await downloadImages(page, words, words.stake, `widget-export-${look}`);

      const file = readSvg(files.svg.path);
      const all = file.texts.map((x) => x.text);
      // The PNG is the SVG at twice its size.
      const png = PNG.sync.read(readFileSync(files.png.path));
      assert.equal(png.width, file.width * 2);
      assert.equal(png.height, file.height * 2);

      const derived = legendEntry(file, words.derived);
      const chartBox = await chart.boundingBox();
      for (const kind of ['svg', 'png']) {
        const raster = await paintAlone(suite.browser, files[kind].path, kind, file.width, file.height);
        assert.deepEqual(
          [...raster.data.subarray(0, 3)],
          surface,
          `${kind}: the background is the card's, as on screen (${colorScheme})`,
        );
        assertLegendPainted(raster, derived, surface, `${kind} (${look})`);
        // The chart region, against the on-screen chart at the same scale.
        assert.equal(file.width, Math.round(chartBox.width), 'the image is as wide as the chart');
        const region = crop(raster, 0, file.bodyTop * 2, screen.width, screen.height);
        const { share, diff } = difference(region, screen);
        if (share >= 0.03) {
          writeFileSync(`${ARTIFACTS}/widget-export-${look}-stake-${kind}-diff.png`, PNG.sync.write(diff));
        }
        assert.ok(
          share < 0.03,
          `${kind} (${look}): ${(share * 100).toFixed(2)} % of the chart's pixels differ from the screen`,
        );
        t.diagnostic(`${kind} (${look}): ${(share * 100).toFixed(2)} % of the chart's pixels differ from the screen`);
      }
      // What a reader needs away from the app is written in the file.
      assert.equal(all[0], words.stake, 'the title comes first');
      assert.ok(all.includes(words.sources), 'a Sources heading');
      // Every publisher the screen names under the chart is listed in the file.
      for (const publisher of ['silicon.de', 'technode.com', 'chinadaily.com.cn']) {
        assert.ok(sourcesOnScreen.includes(publisher), `the screen names ${publisher}`);
        assert.ok(
          all.some((line) => line.includes(publisher)),
          `the file names ${publisher}`,
        );
      }
      // The link opens the page in the language the image is written in.
      assert.equal(
        permalink(all, words),
        `${suite.server.url}${locale === 'de' ? '/de' : ''}/deals/${DEAL}?asof=${ASOF}`,
      );
      assert.match(file.svg, /<pattern[^>]* id="status-derived"/);

      // The name says which view it is: the as-of date is part of it.
      assert.equal(files.png.name, `${DEAL}-stake-asof-${ASOF}.png`);
      assert.equal(files.svg.name, `${DEAL}-stake-asof-${ASOF}.svg`);
      assert.deepEqual(problems, []);
      await context.close();
    });

    it(`the key figures' PNG and SVG are drawn from the figures, with a legend and sources (${look})`, async () => {
      const { page, problems, context } = await newPage(suite.browser, {
        acceptDownloads: true,
        colorScheme,
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
      });
      await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}?asof=${ASOF}`);
      const cards = page.locator('[data-widget="kpis"] .kpi-card');
      await page.locator('[data-widget="kpis"] .kpi-card__value').nth(3).waitFor();
      const surface = rgb(
        await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--surface')),
      );
      const onScreen = await cards.evaluateAll((list) =>
        list.map((card) => ({
          label: card.querySelector('h3').textContent,
          value: card.querySelector('.kpi-card__value').textContent,
          source: card.querySelector('.provenance__trigger').textContent,
        })),
      );

      const files = await downloadImages(page, words, words.kpis, `widget-export-${look}`);
      const file = readSvg(files.svg.path);
      const all = file.texts.map((x) => x.text);
      const png = PNG.sync.read(readFileSync(files.png.path));
      assert.equal(png.width, file.width * 2);
      assert.equal(png.height, file.height * 2);
      const reported = legendEntry(file, words.reported);
      for (const kind of ['svg', 'png']) {
        const raster = await paintAlone(suite.browser, files[kind].path, kind, file.width, file.height);
        assert.deepEqual([...raster.data.subarray(0, 3)], surface, `${kind}: the page's background (${colorScheme})`);
        assertLegendPainted(raster, reported, surface, `${kind} (${look})`);
        // Each value is painted where the file puts it, in large type.
        for (const card of onScreen) {
          const at = file.texts.find((x) => x.text === card.value);
          const pixels = painted(raster, Math.round(at.x * 2), Math.round((at.y - 20) * 2), 80 * 2, 24 * 2, surface);
          assert.ok(pixels > 400, `${kind}: "${card.value}" is painted (${pixels} pixels)`);
        }
      }
      assert.equal(all[0], words.kpis);
      for (const card of onScreen) {
        for (const text of [card.label, card.value, card.source])
          assert.ok(all.includes(text), `the file says "${text}"`);
      }
      assert.ok(all.includes(words.sources));
      // The link opens the page in the language the image is written in.
      assert.equal(
        permalink(all, words),
        `${suite.server.url}${locale === 'de' ? '/de' : ''}/deals/${DEAL}?asof=${ASOF}`,
      );
      assert.match(all.at(-1), words.madeOn, 'the image’s last line says when it was made');

      assert.equal(files.svg.name, `${DEAL}-kpis-asof-${ASOF}.svg`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('a dollar revenue converted from euros carries the currency note, and the currency in its file name', async () => {
    const { page, problems, context } = await newPage(suite.browser, { acceptDownloads: true });
    const day = '2013-04-29';
    // Before Xinhua's USD 380M (30 Apr) the dollar total is the article's EUR 290M, converted.
    await gotoInteractive(page, `${suite.server.url}/deals/${DEAL}?asof=${day}&currency=USD`);
    const note = page.locator('[data-widget="revenue"] .currency-note');
    await note.waitFor();
    const noteText = (await note.textContent()).replace(/\s+/g, ' ').trim();
    assert.match(noteText, /^Converted: about US\$378m \(from €290m\), .*\(1 EUR = 1\.3022 USD\)/);
    // The valuation's dollars are all reported (USD 586M, USD 3.26B): no note there.
    await page.locator('[data-widget="valuation"] .bar-valuation path').first().waitFor();
    assert.equal(await page.locator('[data-widget="valuation"] .currency-note').count(), 0);
    const files = await downloadImages(page, WORDS.en, 'Projected extra revenue', 'widget-export-en-light');
    const joined = readSvg(files.svg.path)
      .texts.map((x) => x.text)
      .join(' ');
    assert.ok(joined.includes(noteText), `the currency note "${noteText}" is in the file`);
    assert.equal(files.svg.name, `${DEAL}-revenue-asof-${day}-usd.svg`);
    assert.equal(files.png.name, `${DEAL}-revenue-asof-${day}-usd.png`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // One drawing, two palettes: the file is the screen's SVG with the page's colours written in, so
  // opened alone, with none of the app's style sheet, it paints what the screen painted.
  for (const [locale, colorScheme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['de', 'light'],
    ['de', 'dark'],
  ]) {
    const words = WORDS[locale];
    const look = `${locale}-${colorScheme}`;
    it(`each chart's static SVG, opened alone, paints as the chart on screen, its ticks in the muted ink (${look})`, async (t) => {
      const { page, problems, context } = await newPage(suite.browser, {
        acceptDownloads: true,
        deviceScaleFactor: 2,
        colorScheme,
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        reducedMotion: 'reduce',
      });
      await gotoInteractive(page, `${suite.server.url}${locale === 'de' ? '/de' : ''}/deals/${DEAL}?asof=${ASOF}`);
      await page.evaluate(() => document.fonts.ready);
      const muted = rgb(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--muted')));
      for (const widget of chartIds()) {
        const card = page.locator(`.chart-card[data-widget="${widget}"]`);
        const chart = card.locator('.measured svg.recharts-surface');
        await chart.locator('.recharts-layer path').first().waitFor({ state: 'attached' });
        await waitForStill(page, `.chart-card[data-widget="${widget}"] .measured`);
        const screen = PNG.sync.read(await chart.screenshot());
        const title = (await card.locator('.chart-card__title').first().innerText()).trim();
        const { path } = (await downloadImages(page, words, title, `widget-export-alone-${look}`, ['svg'])).svg;

        const file = readSvg(path);
        assert.doesNotMatch(file.svg, /var\(/, `${look} ${widget}: the file names no variable of the page`);
        // The file sets its text in the Inter it embeds, the screen in the reader's system font: the
        // same drawing is also opened in the screen's font, where nothing but the style sheet could differ.
        const screenFont = await chart.evaluate((el) => getComputedStyle(el).fontFamily);
        const inScreenFont = path.replace(/\.svg$/, '-screen-font.svg');
        writeFileSync(
          inScreenFont,
          file.svg.replace(
            /^(<svg[^>]*) font-family="[^"]*"/,
            (_, head) => `${head} font-family="${screenFont.replace(/"/g, "'")}"`,
          ),
        );
        const alone = await chartAlone(suite.browser, path, file.width, file.height);
        const { shot, ticks } = alone;
        // In its own font only the glyphs differ; in the screen's, nothing (0.00 % measured): 0.25 %
        // at most, so that a label drawn in another size or weight without the style sheet fails.
        const measured = [
          ['in its own font', shot, 0.03],
          [
            "in the screen's font",
            (await chartAlone(suite.browser, inScreenFont, file.width, file.height)).shot,
            0.0025,
          ],
        ].map(([what, raster, bound]) => {
          const { share, diff } = aligned(raster, Math.round(file.bodyTop * 2), screen);
          const figure = `${look} ${widget} ${what}: ${(share * 100).toFixed(2)} % of the chart's pixels differ from the screen`;
          if (share > bound)
            writeFileSync(
              `${ARTIFACTS}/widget-export-alone-${look}-${widget}-${what.replace(/\W+/g, '-')}diff.png`,
              PNG.sync.write(diff),
            );
          t.diagnostic(figure);
          return { figure, share, bound };
        });
        for (const { figure, share, bound } of measured) assert.ok(share <= bound, figure);

        // Every tick label is painted in the theme's muted ink (its glyphs' cores carry that colour), at
        // the size the screen gives it.
        assert.ok(ticks.length >= 3, `${look} ${widget}: the axes have their tick labels (${ticks.length})`);
        const screenSizes = await chart.evaluate((el) =>
          [...el.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => getComputedStyle(t).fontSize),
        );
        assert.deepEqual(
          ticks.map((tick) => tick.size),
          screenSizes,
          `${look} ${widget}: the ticks are as large as on screen`,
        );
        for (const tick of ticks) {
          let ink = 0;
          for (let y = Math.floor(tick.y * 2); y < Math.ceil((tick.y + tick.height) * 2); y += 1)
            for (let x = Math.floor(tick.x * 2); x < Math.ceil((tick.x + tick.width) * 2); x += 1) {
              const k = (y * shot.width + x) * 4;
              if (distance([shot.data[k], shot.data[k + 1], shot.data[k + 2]], muted) <= 8) ink += 1;
            }
          assert.ok(
            ink >= 10,
            `${look} ${widget}: the tick "${tick.text}" is painted in the muted ink (${ink} pixels)`,
          );
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // One drawing per chart: the static SVG's chart is the screen's chart component drawn again at
  // the width the reader saw, element for element (as the timeline's export is its screen's scene).
  it('the static SVG of each chart is rendered by the same component as the screen (en, de)', async () => {
    for (const locale of ['en', 'de']) {
      const words = WORDS[locale];
      const { page, problems, context } = await newPage(suite.browser, {
        acceptDownloads: true,
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        reducedMotion: 'reduce',
      });
      await gotoInteractive(page, `${suite.server.url}${locale === 'de' ? '/de' : ''}/deals/${DEAL}?asof=${ASOF}`);
      for (const widget of chartIds()) {
        const card = page.locator(`.chart-card[data-widget="${widget}"]`);
        const surface = card.locator('.measured svg.recharts-surface');
        await surface.locator('.recharts-layer path').first().waitFor({ state: 'attached' });
        await waitForStill(page, `.chart-card[data-widget="${widget}"] .measured`);
        const title = (await card.locator('.chart-card__title').first().innerText()).trim();
        const screen = await surface.evaluate((el, pattern) => {
          // The screen's drawing paints with the theme's variables; the file's with their colours.
          const page = getComputedStyle(el);
          return new XMLSerializer()
            .serializeToString(el)
            .replace(new RegExp(pattern, 'g'), (_, name) => page.getPropertyValue(name).trim());
        }, VAR.source);
        const { path } = (await downloadImages(page, words, title, `widget-export-drawing-${locale}`, ['svg'])).svg;
        const file = readFileSync(path, 'utf8');
        const body = /<g transform="translate\(0,[\d.]+\)">(<svg[\s\S]*?<\/svg>)<\/g>/.exec(file);
        assert.ok(body, `${locale} ${widget}: the file holds the chart's drawing`);
        assert.doesNotMatch(file, /var\(/, `${locale} ${widget}: the file names no variable of the page`);
        const [onScreen, inFile] = [
          await page.evaluate(drawingMarkup, screen),
          await page.evaluate(drawingMarkup, body[1]),
        ];
        assert.ok(onScreen.split('\n').length > 20, `${locale} ${widget}: the screen's drawing has its shapes`);
        assert.equal(inFile, onScreen, `${locale} ${widget}: the file draws what the screen draws`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
