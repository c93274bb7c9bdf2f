// Prerendered pages and embeds (src/server/render.tsx): readable before any script runs, taken over
// by the client without a mismatch or a layout shift, in the reader's language and theme from the
// first paint, readable with scripts off and in a sandboxed frame, and permalinks and fault
// scenarios still showing what their address asks for.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { measurePageWeight, PAGE_STATE_LIMIT, TOTAL_HTML_LIMIT } from '../bench/page-weight.mjs';
import {
  expectConsoleError,
  gotoInteractive,
  holdAppScripts,
  htmlPainted,
  newPage,
  previewSuite,
  sandboxedHost,
  tookOver,
  waitForStill,
} from './harness.mjs';

const DIST = process.env.E2E_DIST || 'dist';
const ARTIFACTS = 'test/e2e/artifacts';
const SEED = 'alibaba-sina-weibo-2013';
const STORAGE_KEY = 'deal-dashboard:preferences';
mkdirSync(ARTIFACTS, { recursive: true });

/** What the build prerendered (written by the prerender step beside the pages). */
const PAGES = JSON.parse(readFileSync(`${DIST}/prerendered.json`, 'utf8')).pages;
const EMBEDS = PAGES.filter((p) => p.startsWith(`/embed/${SEED}/`));

/** Layout shifts, recorded in the page from before its first script. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const png = (buffer) => PNG.sync.read(buffer);
/** The share of pixels that differ between two screenshots of the same size. */
function differing(a, b, name) {
  assert.equal(`${a.width}x${a.height}`, `${b.width}x${b.height}`, `${name}: the two pictures differ in size`);
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  writeFileSync(`${ARTIFACTS}/prerender-${name}-diff.png`, PNG.sync.write(diff));
  return count / (a.width * a.height);
}
/** Relative luminance of the pixel at (x, y): 0 black, 1 white. */
function luminance(image, x, y) {
  const i = (image.width * y + x) * 4;
  const [r, g, b] = [0, 1, 2].map((k) => image.data[i + k] / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('prerendered pages and embeds, in Chromium', () => {
  const suite = previewSuite();
  let server;
  let browser;
  before(() => ({ server, browser } = suite));

  it('prerendered every page and embed of every deal, in English and German', () => {
    for (const path of [`/deals/${SEED}`, `/de/deals/${SEED}/timeline`, `/de/embed/${SEED}/kpis`, '/deals']) {
      assert.ok(PAGES.includes(path), `${path} was not prerendered`);
    }
    assert.equal(EMBEDS.length, 7);
  });

  it('each page carries only its own data: all the HTML at most 8 MB, no page’s state over 300 KB', () => {
    const { rows, totalHtml } = measurePageWeight(DIST);
    assert.ok(totalHtml <= TOTAL_HTML_LIMIT, `the prerendered HTML weighs ${(totalHtml / 1_048_576).toFixed(2)} MB`);
    const heavy = rows.filter((r) => r.stateBytes > PAGE_STATE_LIMIT).map((r) => `${r.page}: ${r.stateBytes} bytes`);
    assert.deepEqual(heavy, []);
    // The seed deal's pages carry their answers; a generated deal's fetch theirs.
    for (const r of rows) assert.equal(r.fetched, /synthetic-/.test(r.page), r.page);
  });

  // Every page and embed of the seed deal in both languages, the index, and each other deal's dashboard.
  const checked = PAGES.filter((p) => p.includes(SEED) || p.endsWith('/deals') || /^\/deals\/[^/]+$/.test(p));
  it(`${checked.length} prerendered pages: taken over with no console message and no layout shift`, async () => {
    const found = [];
    for (const path of checked) {
      const { context, page, problems } = await newPage(browser, { locale: 'en-GB' });
      page.on('console', (message) => {
        if (message.type() === 'warning') problems.push(`warning: ${message.text()}`);
      });
      await page.addInitScript(recordShifts);
      try {
        await gotoInteractive(page, server.url + path);
        // Until the charts have drawn: they mount into the space reserved for them.
        await page.waitForFunction(() => !document.querySelector('.state--loading'));
        await waitForStill(page);
      } catch (error) {
        throw new Error(`${path}: ${error.message}`, { cause: error });
      }
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      if (cls > 0.01) found.push(`${path}: layout shift ${cls.toFixed(4)} (${JSON.stringify(shifts)})`);
      for (const problem of problems) found.push(`${path}: ${problem}`);
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  it('paints the key figures, statuses and sources before any of the app’s scripts runs, as the app then shows them', async () => {
    const { context, page } = await newPage(browser);
    const scripts = await holdAppScripts(page);
    await page.goto(`${server.url}/embed/${SEED}/kpis`, { waitUntil: 'commit' });
    await htmlPainted(page, '.kpi-card__value');
    const card = page.locator('.kpi-cards');
    // Text content: the status badges are upper case on screen.
    const before = await card.textContent();
    for (const words of ['Price paid', '€450m', 'Reported', 'Source: silicon.de, line 1', 'Registered Weibo users']) {
      assert.ok(before.includes(words), `"${words}" is not painted before the scripts:\n${before}`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.dataset.interactive), undefined);
    const first = png(await card.screenshot({ path: `${ARTIFACTS}/prerender-kpis-first-paint.png` }));
    await scripts.release();
    await tookOver(page);
    assert.equal(await card.textContent(), before);
    const live = png(await card.screenshot({ path: `${ARTIFACTS}/prerender-kpis-live.png` }));
    assert.ok(differing(first, live, 'kpis') < 0.001, 'the figures moved or changed when the app took them over');
    await context.close();
  });

  it('a German reader with the dark theme sees German and dark from the first paint, never English', async () => {
    const { context, page } = await newPage(browser, { locale: 'en-GB' });
    await page.addInitScript(
      ([key]) => {
        if (location.protocol !== 'http:') return;
        localStorage.setItem(key, JSON.stringify({ locale: 'de', theme: 'dark' }));
        // Every frame that shows anything: the language it is in.
        const shown = JSON.parse(sessionStorage.getItem('shown') ?? '[]');
        const tick = () => {
          const body = document.body;
          if (body && getComputedStyle(body).visibility !== 'hidden' && body.innerText.trim()) {
            shown.push(document.documentElement.lang);
            sessionStorage.setItem('shown', JSON.stringify(shown));
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      [STORAGE_KEY],
    );
    const scripts = await holdAppScripts(page);
    await page.goto(`${server.url}/deals/${SEED}`, { waitUntil: 'commit' });
    await page.waitForURL(`${server.url}/de/deals/${SEED}`, { waitUntil: 'commit' });
    await htmlPainted(page, '.kpi-card__value');
    const first = png(await page.screenshot({ path: `${ARTIFACTS}/prerender-de-dark-first-paint.png` }));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.ok((await page.locator('main').innerText()).includes('Kennzahlen'));
    // The page's background, beside the content, is dark.
    assert.ok(luminance(first, first.width - 4, 400) < 0.1, 'the first paint is not dark');
    await scripts.release();
    await tookOver(page);
    const shown = await page.evaluate(() => [...new Set(JSON.parse(sessionStorage.getItem('shown') ?? '[]'))]);
    assert.deepEqual(shown, ['de'], 'a frame showed the page in another language');
    assert.equal(await page.locator('.prefs select').nth(1).inputValue(), 'dark');
    await context.close();
  });

  it('a dark German embed from an old address (locale=de) is dark and German from its first paint', async () => {
    const { context, page } = await newPage(browser);
    const scripts = await holdAppScripts(page);
    await page.goto(`${server.url}/embed/${SEED}/kpis?theme=dark&locale=de`, { waitUntil: 'commit' });
    await page.waitForURL(`${server.url}/de/embed/${SEED}/kpis?theme=dark`, { waitUntil: 'commit' });
    await htmlPainted(page, '.kpi-card__value');
    const first = png(await page.screenshot({ path: `${ARTIFACTS}/prerender-embed-de-dark-first-paint.png` }));
    assert.ok(luminance(first, 2, 2) < 0.1, 'the embed’s first paint is not dark');
    assert.ok((await page.locator('main').textContent()).includes('Berichtet'));
    await scripts.release();
    await tookOver(page);
    const live = png(await page.screenshot({ path: `${ARTIFACTS}/prerender-embed-de-dark-live.png` }));
    assert.ok(differing(first, live, 'embed-de-dark') < 0.002, 'the embed changed when the app took it over');
    await context.close();
  });

  it('a prerendered page asks its API for nothing: its answers came with it, however old the build', async () => {
    const { context, page, problems } = await newPage(browser);
    // The reader opens the page an hour after the build: the answers still count from when the page arrived.
    await page.clock.install({ time: Date.now() + 60 * 60_000 });
    const asked = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/mock-api/') || pathname.startsWith('/api/')) asked.push(pathname);
    });
    await gotoInteractive(page, `${server.url}/deals/${SEED}`);
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.state--loading'));
    assert.deepEqual(asked, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a generated deal’s page fetches the answers it was drawn from, each once, and is taken over without a mismatch', async () => {
    const cases = [
      { path: '/embed/synthetic-10k/stake', files: [/^\/mock-api\/deals_synthetic-10k_events_key-\w+\.json$/] },
      {
        path: '/de/deals/synthetic-1k/timeline',
        files: [
          /^\/mock-api\/deals_synthetic-1k_events_key-\w+\.json$/,
          /^\/mock-api\/deals_synthetic-1k_events-\w+\.json$/,
        ],
      },
    ];
    for (const { path, files } of cases) {
      const { context, page, problems } = await newPage(browser);
      const asked = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/mock-api/') || pathname.startsWith('/api/')) asked.push(pathname);
      });
      const scripts = await holdAppScripts(page);
      await page.goto(server.url + path, { waitUntil: 'commit' });
      await htmlPainted(page, 'main h1, main h2');
      // The timeline redraws its axis at the reader's width once live: its words, not its clusters, compare.
      const shown = path.includes('/embed/') ? page.locator('main') : page.locator('main h1');
      const before = await shown.innerText();
      await scripts.release();
      await tookOver(page);
      await page.waitForFunction(() => !document.querySelector('.state--loading'));
      assert.equal(await shown.innerText(), before, `${path}: the page changed when the app took it over`);
      assert.equal(asked.length, files.length, `${path} asked for ${asked.join(', ')}`);
      for (const file of files)
        assert.ok(
          asked.some((p) => file.test(p)),
          `${path} did not ask for ${file}`,
        );
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  });

  it('a permalink shows its own view, never the default one first', async () => {
    const { context, page, problems } = await newPage(browser);
    const scripts = await holdAppScripts(page);
    await page.goto(`${server.url}/deals/${SEED}?asof=2012-12-01`, { waitUntil: 'commit' });
    await htmlPainted(page, '.app-bar');
    // The HTML is the default view (announced, 29 Apr 2013): hidden until the app has drawn the address's.
    assert.equal(await page.locator('main').isVisible(), false);
    await scripts.release();
    await tookOver(page);
    await page.locator('.deal-header__meta').getByText('Rumoured', { exact: true }).waitFor();
    assert.equal(await page.locator('main').isVisible(), true);
    assert.equal(await page.locator('.deal-header__meta').getByText('Announced', { exact: true }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a fault scenario on a prerendered embed shows the fault, not the prerendered answer', async () => {
    const { context, page } = await newPage(browser);
    // The scenario's answers are 500s, which Chromium logs.
    expectConsoleError(page, /status of 500/);
    await gotoInteractive(page, `${server.url}/embed/${SEED}/users?mock=error`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Could not load/);
    assert.equal(await page.locator('.recharts-surface').count(), 0);
    await context.close();
  });

  /** What an embed must show without scripts: its figures or data table, statuses, sources; the timeline its axis and events. */
  async function assertReadable(target, widget) {
    const visible = async (selector) => target.locator(selector).first().isVisible();
    const text = await target.locator('main').textContent();
    assert.ok(/Reported/.test(text), `${widget}: no status`);
    assert.ok(/silicon\.de|technode|Xinhua/.test(text), `${widget}: no source`);
    if (widget === 'kpis') assert.ok(text.includes('€450m'), `${widget}: no figure`);
    else if (widget === 'timeline') {
      assert.ok(await visible('svg.timeline-svg [data-mark]'), `${widget}: no axis`);
      assert.ok(
        text.includes('Alibaba buys in for €450m') || text.includes('Sina denies the rumour'),
        `${widget}: no events`,
      );
    } else {
      assert.ok(await visible('.data-table table'), `${widget}: its data table is not shown`);
      assert.ok((await target.locator('.data-table tbody tr').count()) > 0, `${widget}: its data table is empty`);
    }
  }

  it('every embed and the dashboard read without scripts: figures, statuses, sources, data tables, the timeline', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    for (const path of EMBEDS) {
      await page.goto(server.url + path);
      await assertReadable(page, path.split('/').pop());
      await page.screenshot({ path: `${ARTIFACTS}/prerender-no-js-${path.split('/').pop()}.png`, fullPage: true });
    }
    await page.goto(`${server.url}/deals/${SEED}`);
    assert.equal(await page.locator('.data-table table').count(), 5);
    for (const table of await page.locator('.data-table table').all()) assert.ok(await table.isVisible());
    assert.equal(await page.locator('.kpi-card__value').count(), 4);
    assert.ok(await page.locator('svg.timeline-svg [data-mark]').first().isVisible());
    // A control that needs scripts is hidden with its label: no "Known as of" followed by nothing.
    const orphans = await page.evaluate(() =>
      [...document.querySelectorAll('label[for]')]
        .filter((label) => label.checkVisibility() && !document.getElementById(label.htmlFor)?.checkVisibility())
        .map((label) => label.textContent),
    );
    assert.deepEqual(orphans, [], 'a label is shown without its field');
    await page.screenshot({ path: `${ARTIFACTS}/prerender-no-js-dashboard.png`, fullPage: true });
    await context.close();
  });

  it('every embed reads in an iframe sandboxed without allow-scripts', async () => {
    const host = await sandboxedHost(EMBEDS.map((path) => `${server.url}${path}`));
    const { context, page } = await newPage(browser, { viewport: { width: 700, height: 7000 } });
    // The sandbox refuses the embeds' scripts, and Chromium says so: that is the case under test.
    expectConsoleError(page, /Blocked script execution|blocked by CORS policy|net::ERR_FAILED/);
    try {
      await page.goto(host.url);
      for (const path of EMBEDS) {
        const frame = page.frameLocator(`iframe[title="${server.url}${path}"]`);
        await frame.locator('main').waitFor();
        await assertReadable(frame, path.split('/').pop());
      }
      await page.screenshot({ path: `${ARTIFACTS}/prerender-sandboxed.png`, fullPage: true });
    } finally {
      await context.close();
      await host.close();
    }
  });
});
