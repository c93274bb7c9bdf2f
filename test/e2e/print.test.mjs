// Report mode as a reader gets it: print the page to PDF in Chromium, then read what is painted
// (pdftotext) and keep the pages as PNG (pdftoppm) in test/e2e/artifacts/ to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { gotoInteractive, holdAppScripts, newPage, previewSuite, waitForStill } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = 'alibaba-sina-weibo-2013';

const WORDS = {
  en: {
    locale: 'en-GB',
    status: ['Reported', 'Derived', 'Modelled'],
    sources: 'Sources',
    sourcesLine: 'Sources:',
    date: 'Date',
    asOf: 'Known as of 1 May 2013',
    asOfLabel: 'Known as of',
    controls: ['Embed', 'View data', 'Try again', 'Export', 'Show everything', 'Fit all', 'Open the timeline page'],
  },
  de: {
    locale: 'de-DE',
    status: ['Berichtet', 'Abgeleitet', 'Modelliert'],
    sources: 'Quellen',
    sourcesLine: 'Quellen:',
    date: 'Datum',
    asOf: 'Bekannt am 1. Mai 2013',
    asOfLabel: 'Bekannt am',
    controls: ['Einbetten', 'Daten anzeigen', 'Erneut versuchen', 'Export', 'Alles zeigen', 'Zeitleiste öffnen'],
  },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Intl puts no-break and narrow spaces in figures ("450 Mio. €"); the PDF's text may not.
const spaces = (s) => s.replace(/[^\S\n]/g, ' ');

function pdfText(pdf, mode) {
  return spaces(execFileSync('pdftotext', [mode, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
}

/** The PDF's pages as PNG files (150 dpi), each checked to carry ink. */
function pngPages(pdf, prefix) {
  for (const f of readdirSync(ARTIFACTS))
    if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(`${ARTIFACTS}/${f}`);
  execFileSync('pdftoppm', ['-png', '-r', '150', pdf, `${ARTIFACTS}/${prefix}`]);
  const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
  for (const file of pages) {
    const { data } = PNG.sync.read(readFileSync(`${ARTIFACTS}/${file}`));
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 1] < 128 && data[i + 2] < 128) ink++;
    assert.ok(ink > 500, `${file} is blank`);
  }
  return pages.sort();
}

/** Footnote marks in the body and the numbered entries under the one "Sources" heading. */
function footnotes(layout, heading) {
  const lines = layout.split('\n');
  const headings = lines.flatMap((l, i) => (l.trim() === heading ? [i] : []));
  assert.equal(headings.length, 1, `one "${heading}" heading, found ${headings.length}`);
  const body = lines.slice(0, headings[0]).join('\n');
  const entries = lines
    .slice(headings[0] + 1)
    .map((l) => /^\s*\[(\d+)\]\s+\S/.exec(l))
    .filter(Boolean)
    .map((m) => Number(m[1]));
  const used = [...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return { body, entries, used };
}

const DASHBOARD_READY = ['.kpi-card__value >> nth=3', '[data-widget="option"]', '[data-widget="users"]', '.timeline'];

/** Opens a page, waits until what it shows has arrived, and prints it. */
async function printPage(browser, url, lang, name, ready = DASHBOARD_READY, { now, beforeApp } = {}) {
  const { page, context, problems } = await newPage(browser, { locale: WORDS[lang].locale });
  // A fixed moment, for a test that reads back when the printout says it was made.
  if (now) await page.clock.setFixedTime(now);
  if (beforeApp) {
    // Printed from its HTML, before the app that `beforeApp` (the page's entry) loads when wanted has come.
    await holdAppScripts(page, { entry: beforeApp });
    await page.goto(url);
  } else await gotoInteractive(page, url, { reach: true });
  for (const selector of ready) await page.locator(selector).first().waitFor();
  if (beforeApp)
    assert.notEqual(await page.evaluate(() => document.documentElement.dataset.interactive), 'true', 'no app yet');
  const kpis = [];
  if (await page.locator('[data-widget="kpis"]').count()) {
    for (const card of await page.locator('.kpi-card').all()) {
      if (!(await card.locator('.kpi-card__value').count())) continue;
      kpis.push({
        label: spaces(await card.locator('.kpi-card__label').innerText()).trim(),
        value: spaces(await card.locator('.kpi-card__value').innerText()).trim(),
      });
    }
  }
  const charts = (await page.locator('.chart-card__title').allInnerTexts()).map((s) => spaces(s).trim());
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = `${ARTIFACTS}/print-${name}.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = pngPages(pdf, `print-${name}`);
  const layout = pdfText(pdf, '-layout');
  const raw = pdfText(pdf, '-raw');
  await context.close();
  assert.deepEqual(problems, []);
  return { pages, layout, raw, kpis, charts };
}

function checkSources(out, words) {
  const { body, entries, used } = footnotes(out.layout, words.sources);
  assert.ok(entries.length > 0, 'the Sources list has entries');
  assert.deepEqual(
    entries,
    entries.map((_, i) => i + 1),
    `footnotes numbered 1..N in order: ${entries}`,
  );
  for (const n of used) assert.ok(entries.includes(n), `footnote [${n}] is used but has no entry`);
  // Numbered in order of first appearance down the page.
  const firsts = [...new Set(used)];
  assert.deepEqual(
    firsts,
    [...firsts].sort((a, b) => a - b),
    `marks first appear in order: ${firsts}`,
  );
  assert.deepEqual(
    [...new Set(used)].sort((a, b) => a - b),
    entries,
    'every entry is used in the body',
  );
  return body;
}

function checkNoControls(out, words) {
  for (const label of words.controls) {
    assert.doesNotMatch(
      out.layout,
      new RegExp(`(^|[^\\p{L}])${escape(label)}([^\\p{L}]|$)`, 'u'),
      `"${label}" printed`,
    );
  }
}

function checkKpis(out, words) {
  assert.equal(out.kpis.length, 4, 'four key figures on screen');
  const status = words.status.map(escape).join('|');
  for (const { label, value } of out.kpis) {
    const at = out.raw.indexOf(`${label}\n${value}\n`);
    assert.ok(at >= 0, `"${label}" and its value ${value} are printed`);
    const after = out.raw.slice(at + label.length + value.length + 2, at + label.length + value.length + 200);
    assert.match(
      after,
      new RegExp(`^(?:[^\\n]*\\n){0,2}?[^\\n]*(?:${status})\\s*\\[\\d+\\]`, 'iu'),
      `${label}: ${value} is followed by its status word and a footnote mark, got ${JSON.stringify(after)}`,
    );
  }
}

function checkCharts(out, words) {
  assert.equal(out.charts.length, 5, 'five charts on screen');
  for (const title of out.charts) {
    const at = out.raw.indexOf(`${title}\n`);
    assert.ok(at >= 0, `chart "${title}" is printed`);
    const section = out.raw.slice(at, at + 4000);
    assert.match(
      section,
      new RegExp(`${escape(words.sourcesLine)} [^\\n]*\\[\\d+\\]`, 'u'),
      `"${title}" names its sources with marks`,
    );
  }
}

/** Every word on paper (pdftotext -bbox) that lies beyond its page's left or right edge. */
function wordsOutside(pdf) {
  const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  let pageWidth = 0;
  const outside = [];
  for (const line of boxes.split('\n')) {
    const page = /<page width="([\d.]+)"/.exec(line);
    if (page) pageWidth = Number(page[1]);
    const word = /<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)"[^>]*>(.*)<\/word>/.exec(line);
    if (word && (Number(word[1]) < 0 || Number(word[2]) > pageWidth)) outside.push(word[3]);
  }
  return outside;
}

/** The PDF's pages rasterised (60 dpi), as decoded PNGs. */
function rasterise(pdf, prefix) {
  for (const f of readdirSync(ARTIFACTS))
    if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(`${ARTIFACTS}/${f}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${ARTIFACTS}/${prefix}`]);
  return readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => PNG.sync.read(readFileSync(`${ARTIFACTS}/${f}`)));
}

/**
 * Holds back the widgets' code (every `*-widget-*.js` chunk) until `release()`: a busy machine or a
 * slow network, made certain, so that a print can be taken while a permalink's widgets are on their way.
 */
async function holdWidgetCode(page) {
  const held = [];
  let open = false;
  await page.route(/\/assets\/[a-z]+-widget-[^/]*\.js$/, (route) => (open ? route.continue() : held.push(route)));
  return {
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

const LOADING = /Loading|geladen/;
const EARLY = { en: /Please print it again in a moment\./, de: /Bitte in einem Moment erneut drucken\./ };
// Words of each chart's drawing (axis ticks, bar labels, legend), that only a drawn chart prints.
const CHART_WORDS = { en: ['40%', 'pts', 'Monthly'], de: ['40 %', 'Pp.', 'Monatlich'] };

describe('printing (report mode)', () => {
  const suite = previewSuite();

  // The data tables are closed <details> on screen. Print opens them from the stylesheet, not from a
  // script: a page printed before its app has taken over (or while a script is still on its way when
  // the printout is laid out) must not lose its tables, nor its pages after them.
  it('prints every data table of a dashboard printed before its app has come', async () => {
    const { page, context, problems } = await newPage(suite.browser, { locale: WORDS.en.locale });
    await holdAppScripts(page);
    // Held scripts hold the load event too: the page is read as it paints.
    await page.goto(`${suite.server.url}/deals/${DEAL}`, { waitUntil: 'commit' });
    for (const selector of DASHBOARD_READY) await page.locator(selector).first().waitFor();
    assert.notEqual(await page.evaluate(() => document.documentElement.dataset.interactive), 'true', 'no app yet');
    const rows = await page.locator('.data-table tbody tr').count();
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = `${ARTIFACTS}/print-dashboard-before-app.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await context.close();
    assert.deepEqual(problems, []);
    const text = pdfText(pdf, '-layout');
    assert.ok(rows > 40, `the page has its data tables (${rows} rows)`);
    // A row of the users table, of the revenue table (its last month) and of the option's table.
    for (const row of [
      /Nov 2012 · silicon\.de\s+400m\+/,
      /Apr 2016\s+\S+\s+\S+\s+Modelled/,
      /Option ceiling\s+30%\s+Reported/,
    ]) {
      assert.match(text, row, 'a data table row is not on paper');
    }
  });

  for (const lang of ['en', 'de']) {
    const words = WORDS[lang];

    it(`prints the dashboard with every figure's status and source (${lang})`, async () => {
      const out = await printPage(suite.browser, `${suite.server.url}/deals/${DEAL}`, lang, `dashboard-${lang}`);
      checkSources(out, words);
      checkKpis(out, words);
      checkCharts(out, words);
      checkNoControls(out, words);
      // No as-of day is set: nothing about it prints, not even a bare label.
      assert.doesNotMatch(out.layout, new RegExp(escape(words.asOfLabel), 'u'));
    });

    it(`says on paper when it was printed (${lang})`, async () => {
      const now = new Date('2026-12-07T19:05:00Z');
      const printed = { en: 'Printed 7 Dec 2026, 19:05 UTC', de: 'Gedruckt am 7. Dez. 2026, 19:05 UTC' }[lang];
      // An embed prints it once its app runs (React's <PrintedOn>) and before, from its HTML (its entry).
      for (const [path, ready, beforeApp] of [
        [`/deals/${DEAL}/timeline`, ['.timeline']],
        [`/embed/${DEAL}/kpis`, ['.kpi-card__value >> nth=3']],
        [`/embed/${DEAL}/kpis`, ['.kpi-card__value >> nth=3'], 'embed-page.html'],
      ]) {
        const prefix = lang === 'de' ? '/de' : '';
        const out = await printPage(
          suite.browser,
          `${suite.server.url}${prefix}${path}`,
          lang,
          `printed-on-${lang}${beforeApp ? '-before-app' : ''}`,
          ready,
          { now, beforeApp },
        );
        assert.ok(out.layout.trimStart().startsWith(printed), `${path}: the first line is “${printed}”`);
        assert.equal(out.layout.split(printed).length, 2, `${path}: “${printed}” once`);
      }
    });

    it(`prints the dashboard known as of a day with that day (${lang})`, async () => {
      const url = `${suite.server.url}/deals/${DEAL}?asof=2013-05-01`;
      const out = await printPage(suite.browser, url, lang, `dashboard-asof-${lang}`);
      assert.match(out.layout, new RegExp(`${escape(words.asOf)}(\\s|$)`, 'u'), 'the as-of date prints');
      checkSources(out, words);
      checkKpis(out, words);
      checkNoControls(out, words);
    });

    it(`prints the timeline page as a dated table with numbered sources (${lang})`, async () => {
      const url = `${suite.server.url}/deals/${DEAL}/timeline?asof=2013-05-01`;
      const out = await printPage(suite.browser, url, lang, `timeline-${lang}`, ['.timeline']);
      assert.match(out.layout, new RegExp(`${escape(words.asOf)}(\\s|$)`, 'u'), 'the as-of date prints');
      const body = checkSources(out, words);
      // Every event row of the dated table ends in its footnote marks.
      const lines = body.split('\n');
      const header = lines.findIndex((l) => new RegExp(`^ *${words.date} {2,}`, 'u').test(l));
      assert.ok(header >= 0, 'the dated table prints its header');
      const rows = lines.slice(header + 1).filter((l) => /^ *(\d{1,2}\.? )?\p{L}+\.? \d{4} {2,}/u.test(l));
      assert.ok(rows.length >= 5, `the dated rows print, found ${rows.length}`);
      for (const row of rows) assert.match(row, /\[\d+\]\s*$/, `row has a footnote mark: ${row}`);
      checkNoControls(out, words);
    });
  }

  // A permalink (any query but the theme) is drawn in the client, not taken over from its HTML. A
  // reader who prints it while its widgets' code is still on its way gets no "Loading" on paper,
  // and one who prints it the moment it shows gets every chart, whole, inside the page: the same
  // printout as a minute later (no bar half-grown, none drawn at the window's width).
  for (const lang of ['en', 'de']) {
    it(`prints a permalink without "Loading", every chart whole, right after it opens (${lang}, 1280 and 794 px)`, async () => {
      const prefix = lang === 'de' ? '/de' : '';
      const url = `${suite.server.url}${prefix}/deals/${DEAL}?asof=2013-05-01&currency=USD`;
      for (const width of [1280, 794]) {
        const name = `permalink-${lang}-${width}`;
        const { page, context, problems } = await newPage(suite.browser, {
          locale: WORDS[lang].locale,
          viewport: { width, height: 900 },
        });
        await page.clock.setFixedTime(new Date('2026-12-07T19:05:00Z'));
        const code = await holdWidgetCode(page);
        await page.goto(url, { waitUntil: 'commit' });
        // The app has drawn its first view, which waits for the widgets' code.
        await page.locator('.state--loading').first().waitFor({ state: 'attached' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        mkdirSync(ARTIFACTS, { recursive: true });
        const early = `${ARTIFACTS}/print-${name}-early.pdf`;
        writeFileSync(early, await page.pdf({ format: 'A4', printBackground: true }));
        const earlyText = pdfText(early, '-layout');
        assert.doesNotMatch(earlyText, LOADING, `${name}: printed while the code loads, a page says "Loading"`);
        // Not another view's figures either: the page says why it is empty.
        assert.match(earlyText, EARLY[lang], `${name}: printed early, the page does not say why it is empty`);

        await code.release();
        // The moment the reader sees the charts, they print.
        await page.locator('main .chart-card[data-widget="option"]').waitFor({ state: 'visible' });
        const first = `${ARTIFACTS}/print-${name}-first.pdf`;
        writeFileSync(first, await page.pdf({ format: 'A4', printBackground: true }));
        await waitForStill(page, 'main');
        const later = `${ARTIFACTS}/print-${name}-later.pdf`;
        writeFileSync(later, await page.pdf({ format: 'A4', printBackground: true }));
        await context.close();
        assert.deepEqual(problems, []);

        const text = pdfText(first, '-layout');
        assert.doesNotMatch(text, LOADING, `${name}: printed as it shows, a page says "Loading"`);
        assert.match(text, new RegExp(`${escape(WORDS[lang].asOf)}(\\s|$)`, 'u'), `${name}: the as-of day prints`);
        for (const words of CHART_WORDS[lang]) assert.ok(text.includes(words), `${name}: "${words}" is not on paper`);
        assert.deepEqual(wordsOutside(first), [], `${name}: words beyond the page's edge`);
        // The same printout as once everything has settled: no chart half-drawn, none at another width.
        const [a, b] = [rasterise(first, `print-${name}-first`), rasterise(later, `print-${name}-later`)];
        assert.equal(a.length, b.length, `${name}: as many pages as later`);
        a.forEach((pageA, i) => {
          const pageB = b[i];
          assert.equal(`${pageA.width}x${pageA.height}`, `${pageB.width}x${pageB.height}`);
          const diff = pixelmatch(pageA.data, pageB.data, null, pageA.width, pageA.height, { threshold: 0.1 });
          const share = diff / (pageA.width * pageA.height);
          assert.ok(
            share <= 0.002,
            `${name}, page ${i + 1}: ${(share * 100).toFixed(2)} % of its pixels differ from the later print`,
          );
        });
      }
    });
  }

  it('prints a key-figures embed on its own with its own Sources list', async () => {
    const url = `${suite.server.url}/embed/${DEAL}/kpis?theme=dark`;
    const out = await printPage(suite.browser, url, 'en', 'embed-kpis', ['.kpi-card__value >> nth=3']);
    checkSources(out, WORDS.en);
    checkKpis(out, WORDS.en);
    checkNoControls(out, WORDS.en);
  });
});
