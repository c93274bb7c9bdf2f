import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  freePort,
  gotoInteractive,
  launchBrowser,
  messagesHandled,
  newPage,
  startPreview,
  tookOver,
  waitForStill,
} from './harness.mjs';
import { widgetIds } from '../site.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = 'alibaba-sina-weibo-2013';
// Every widget, in the dashboard's order, from the routes and widgets table of the build (test/site.mjs).
const WIDGETS = widgetIds();
mkdirSync(ARTIFACTS, { recursive: true });

/** A host page on its own port (another origin), as a report or a wiki would be. */
async function startHost() {
  let body = '<!doctype html><title>host</title>';
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    setBody: (html) =>
      (body = `<!doctype html><html><head><title>A report</title></head><body style="margin:0;padding:16px;font-family:sans-serif"><h1>Quarterly report</h1>${html}</body></html>`),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The width of a report's text column, at which each widget's `embedHeight` (src/app/site.ts) is measured. */
const EMBED_WIDTH = 640;

/** Every widget's responsive and fixed embed codes, as the Embed dialog on the dashboard writes them. */
async function dialogCodes(browser, appUrl) {
  const { page, context } = await newPage(browser);
  await gotoInteractive(page, `${appUrl}/deals/${DEAL}`);
  const codes = {};
  for (const widget of WIDGETS) {
    await page
      .locator(`[data-widget="${widget}"]`)
      .getByRole('button', { name: /^Embed “/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    codes[widget] = {
      responsive: await dialog.getByLabel('Responsive embed (sizes itself to its content)').inputValue(),
      fixed: await dialog.getByLabel('Plain iframe with a fixed height').inputValue(),
    };
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
  await context.close();
  return codes;
}

/** The height of an embed's document once its widget has drawn and stayed the same for 30 frames. */
async function drawnHeight(frame) {
  await frame.waitForSelector('.embed__footer');
  await frame.waitForFunction(() => !document.querySelector('.state--loading'));
  return frame.evaluate(
    () =>
      new Promise((resolve) => {
        let last = -1;
        let same = 0;
        const tick = () => {
          const height = document.documentElement.getBoundingClientRect().height;
          same = height === last ? same + 1 : 0;
          last = height;
          if (same >= 30) resolve(height);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

/**
 * Installed in a host page before it loads: every animation frame, each embed iframe's height,
 * kept only when it changed, so a test sees every height a reader saw from the first paint on.
 */
function recordIframeHeights() {
  window.__heights = [];
  window.__lastHeightChange = performance.now();
  const sample = () => {
    document.querySelectorAll('iframe[data-deal-embed]').forEach((frame, i) => {
      const height = frame.getBoundingClientRect().height;
      const seen = (window.__heights[i] ??= []);
      if (seen.at(-1) !== height) {
        seen.push(height);
        window.__lastHeightChange = performance.now();
      }
    });
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** Waits until every embed's iframe is as tall as its document, and returns both heights. */
async function settledHeights(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('iframe[data-deal-embed]').length === n, count);
  const frames = await page.$$('iframe[data-deal-embed]');
  const out = [];
  for (const handle of frames) {
    const frame = await handle.contentFrame();
    await frame.waitForSelector('.embed__footer');
    await frame.waitForFunction(() => !document.querySelector('.state--loading'));
    await page.waitForFunction(async (el) => {
      const box = el.getBoundingClientRect().height;
      return box > 100;
    }, handle);
    let iframeHeight = NaN;
    let contentHeight = NaN;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      iframeHeight = await handle.evaluate((el) => el.getBoundingClientRect().height);
      if (Math.abs(iframeHeight - contentHeight) <= 1) break;
      // One frame, then look again: the host's script resizes on the embed's next report.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    }
    out.push({ iframeHeight, contentHeight, frame });
  }
  return out;
}

describe('embeds in a foreign host page', () => {
  let app;
  let host;
  let browser;
  before(async () => {
    app = await startPreview();
    host = await startHost();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await host?.stop();
    await app?.stop();
  });

  it('copies a responsive embed code from the dashboard that sizes itself in the host page', async () => {
    const { page, problems, context } = await newPage(browser);
    await gotoInteractive(page, `${app.url}/deals/${DEAL}?currency=USD`);
    await page.getByRole('button', { name: 'Embed “Price and valuation”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Price and valuation”' });
    await dialog.waitFor();
    const code = await dialog.getByLabel('Responsive embed (sizes itself to its content)').inputValue();
    assert.match(code, new RegExp(`<iframe src="${app.url}/embed/${DEAL}/valuation\\?currency=USD&amp;theme=auto"`));
    assert.match(code, new RegExp(`<script src="${app.url}/embed.js" async></script>`));
    const permalink = await dialog.getByLabel('Permalink of the full view').inputValue();
    assert.equal(permalink, `${app.url}/deals/${DEAL}?currency=USD`);
    await page.screenshot({ path: `${ARTIFACTS}/embed-dialog.png` });
    await page.keyboard.press('Escape');

    host.setBody(code);
    await page.goto(host.url);
    const [only] = await settledHeights(page, 1);
    assert.ok(Math.abs(only.iframeHeight - only.contentHeight) <= 1, `${only.iframeHeight} vs ${only.contentHeight}`);
    assert.match(await only.frame.locator('.chart-card').textContent(), /US\$586m/);
    await only.frame.locator('.bar-valuation .recharts-bar-rectangle path').nth(2).waitFor();
    await waitForStill(only.frame);
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-valuation.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sizes all seven widgets on one page, each to its own content, and ignores messages from elsewhere', async () => {
    const snippet = (widget) =>
      `<iframe src="${app.url}/embed/${DEAL}/${widget}?theme=light" title="${widget}" data-deal-embed style="width:100%;border:0;height:150px"></iframe><script src="${app.url}/embed.js" async></script>`;
    host.setBody(WIDGETS.map(snippet).join('\n'));
    const { page, problems, context } = await newPage(browser, { viewport: { width: 900, height: 900 } });
    await page.goto(host.url);
    const heights = await settledHeights(page, WIDGETS.length);
    heights.forEach(({ iframeHeight, contentHeight }, i) =>
      assert.ok(
        Math.abs(iframeHeight - contentHeight) <= 1,
        `${WIDGETS[i]}: iframe ${iframeHeight} vs content ${contentHeight}`,
      ),
    );
    assert.ok(
      new Set(heights.map((h) => h.iframeHeight)).size >= 5,
      `widgets of different heights resize independently: ${heights.map((h) => h.iframeHeight)}`,
    );
    // A message of the right shape from the host itself must not move any embed.
    const before = heights.map((h) => h.iframeHeight);
    await page.evaluate(() => window.postMessage({ type: 'deal-dashboard:embed-resize', height: 7 }, '*'));
    await messagesHandled(page);
    const after = await page.$$eval('iframe[data-deal-embed]', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    assert.deepEqual(after, before);
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-all.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('names its deal in the heading of every embed, in English and German', async () => {
    const { page, problems, context } = await newPage(browser, { viewport: { width: EMBED_WIDTH, height: 900 } });
    const names = { '': 'Alibaba takes a stake in Sina Weibo', '/de': 'Alibaba steigt bei Sina Weibo ein' };
    const missing = [];
    for (const [prefix, name] of Object.entries(names)) {
      for (const widget of WIDGETS) {
        await gotoInteractive(page, `${app.url}${prefix}/embed/${DEAL}/${widget}?theme=light`);
        const heading = page.getByRole('heading', { name: new RegExp(` · ${name}$`) }).first();
        await heading.waitFor({ timeout: 10_000 }).catch(() => missing.push(`${prefix}/${widget}`));
        if (!(await heading.isVisible())) missing.push(`${prefix}/${widget} (hidden)`);
      }
    }
    assert.deepEqual(missing, [], 'every embed shows “<widget> · <deal>” as a visible heading');
    await page.goto(`${app.url}/embed/${DEAL}/kpis?theme=light`);
    await page.getByRole('heading', { name: `Key figures · ${names['']}` }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("writes each embed at its widget's own height, which stays within 2 px of the drawn widget", async () => {
    const codes = await dialogCodes(browser, app.url);
    const { page, context } = await newPage(browser, { viewport: { width: EMBED_WIDTH, height: 900 } });
    const drift = [];
    for (const widget of WIDGETS) {
      const responsive = Number(/height:(\d+)px/.exec(codes[widget].responsive)?.[1]);
      const fixed = Number(/ height="(\d+)"/.exec(codes[widget].fixed)?.[1]);
      assert.equal(fixed, responsive, `${widget}: the fixed and the responsive iframe start at the same height`);
      await gotoInteractive(page, `${app.url}/embed/${DEAL}/${widget}?theme=light`);
      const measured = Math.ceil(await drawnHeight(page.mainFrame()));
      // When a widget's layout changes, update its `embedHeight` in src/app/site.ts (WIDGET_TABLE).
      if (Math.abs(measured - responsive) > 2) drift.push(`${widget}: written ${responsive}, drawn ${measured}`);
    }
    assert.deepEqual(drift, [], `the widgets' embedHeight at ${EMBED_WIDTH} px no longer fits them`);
    await context.close();
  });

  it("keeps all seven embeds still in a report while they load, and the report's console quiet", async () => {
    const codes = await dialogCodes(browser, app.url);
    host.setBody(
      `<main style="max-width:${EMBED_WIDTH}px">` +
        WIDGETS.map((w) => `<p>What the ${w} widget shows, in the report's words.</p>\n${codes[w].responsive}`).join(
          '\n',
        ) +
        '<p>The end of the report.</p></main>',
    );
    const { page, context } = await newPage(browser, { viewport: { width: EMBED_WIDTH + 32, height: 900 } });
    const messages = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
    await page.addInitScript(recordIframeHeights);
    await page.goto(host.url);
    const frames = await page.$$('iframe[data-deal-embed]');
    assert.equal(frames.length, WIDGETS.length);
    const content = [];
    for (const handle of frames) {
      // A reader scrolls down the report: the lazy iframes load as they come near.
      await handle.scrollIntoViewIfNeeded();
      content.push(Math.ceil(await drawnHeight(await handle.contentFrame())));
    }
    // Every iframe fits its drawn widget, and no height has moved for a second.
    await page.waitForFunction(
      (expected) =>
        performance.now() - window.__lastHeightChange > 1000 &&
        expected.every((h, i) => Math.abs(window.__heights[i].at(-1) - h) <= 1),
      content,
    );
    const heights = await page.evaluate(() => window.__heights);
    // A full-page screenshot leaves cross-origin frames blank: show the report around one embed instead.
    await frames[1].scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-report.png` });
    const jumpy = WIDGETS.map((w, i) => `${w}: ${heights[i].join(' -> ')}`).filter((_, i) => heights[i].length > 2);
    assert.deepEqual(jumpy, [], 'an iframe changes height at most once, to fit its drawn widget');
    assert.deepEqual(messages, []);
    await context.close();
  });

  it('paints an embed out of sight from its HTML and fits its iframe, loading the app only when a reader reaches for it', async () => {
    // Below the window: no idle-time loading either (that waits for the embed to be in view).
    host.setBody(
      `<div style="height:2400px"></div><iframe src="${app.url}/embed/${DEAL}/stake?theme=light" title="stake" data-deal-embed style="width:640px;border:0;height:150px"></iframe><script src="${app.url}/embed.js" async></script>`,
    );
    const { page, problems, context } = await newPage(browser, { viewport: { width: 900, height: 700 } });
    const appCode = [];
    page.on('request', (request) => {
      if (/\/assets\/main-[\w-]+\.js$/.test(request.url())) appCode.push(request.url());
    });
    await page.goto(host.url);
    // The height comes from the HTML state, reported by the embed's own small entry.
    await page.waitForFunction(
      () => document.querySelector('iframe[data-deal-embed]').getBoundingClientRect().height > 300,
    );
    const frame = await (await page.$('iframe[data-deal-embed]')).contentFrame();
    assert.equal(
      await frame.locator('.chart-picture svg.chart-picture__svg').count(),
      2,
      'the picture, at both widths',
    );
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.interactive), undefined);
    assert.deepEqual(appCode, [], 'the app’s code before a reader wanted it');
    // The reader scrolls to it and points at it (Chromium renders nothing in a cross-origin frame out of sight).
    await frame.locator('.chart-card').hover();
    await tookOver(frame);
    assert.equal(appCode.length, 1, 'the app’s code, once the reader reached for the embed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a click on a control before the embed’s app has come lands once the app has taken over', async () => {
    const { page, problems, context } = await newPage(browser, { viewport: { width: 700, height: 900 } });
    // The app's code waits until the reader has clicked: the click lands on the HTML alone.
    let release;
    const clicked = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await clicked;
      await route.continue();
    });
    await page.goto(`${app.url}/embed/${DEAL}/revenue?theme=light`);
    const rampUp = page.getByRole('radio', { name: 'Ramp-up' });
    await rampUp.click();
    assert.equal(await rampUp.isChecked(), false, 'the HTML does not change behind the app’s back');
    release();
    await tookOver(page);
    await page.waitForFunction(() =>
      document.querySelector('input[type="radio"]:checked')?.closest('label')?.textContent.includes('Ramp-up'),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('fits embeds that drew before /embed.js ran, and still writes nothing to the console', async () => {
    const codes = await dialogCodes(browser, app.url);
    const iframes = ['kpis', 'stake'].map((w) => codes[w].responsive.replace(/<script[^>]*><\/script>/, ''));
    // Wider than EMBED_WIDTH, so the widgets are shorter than the iframes start: only a reply to the ping fits them.
    host.setBody(`<main style="max-width:800px">${iframes.join('\n')}</main>`);
    const { page, context } = await newPage(browser, { viewport: { width: 832, height: 1400 } });
    const messages = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`${msg.type()}: ${msg.text()}`);
    });
    await page.goto(host.url);
    const frames = await page.$$('iframe[data-deal-embed]');
    const content = [];
    for (const handle of frames) content.push(Math.ceil(await drawnHeight(await handle.contentFrame())));
    await page.addScriptTag({ url: `${app.url}/embed.js` });
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('iframe[data-deal-embed]')].every(
          (el, i) => Math.abs(el.getBoundingClientRect().height - expected[i]) <= 1,
        ),
      content,
    );
    assert.deepEqual(messages, []);
    await context.close();
  });

  it('applies theme and locale from an old embed address (locale=de goes to the German embed)', async () => {
    host.setBody(
      `<iframe src="${app.url}/embed/${DEAL}/stake?theme=dark&locale=de" title="stake" data-deal-embed style="width:100%;border:0"></iframe><script src="${app.url}/embed.js" async></script>`,
    );
    const { page, problems, context } = await newPage(browser);
    await page.goto(host.url);
    const [{ frame }] = await settledHeights(page, 1);
    assert.equal(frame.url(), `${app.url}/de/embed/${DEAL}/stake?theme=dark`);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await frame.locator('.embed__footer a').getAttribute('href'), `/de/deals/${DEAL}`);
    assert.match(await frame.locator('h2').first().textContent(), /Anteil an Sina Weibo/);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(15, 19, 26)');
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-dark-de.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('renders hostile address values as plain text or ignores them, and runs nothing', async () => {
    const hostile = new URLSearchParams({
      theme: '<script>alert(1)</script>',
      locale: 'javascript:alert(1)',
      valuation: '1e999',
      currency: '"><img src=x onerror=alert(1)>',
      kinds: '<img src=x onerror=alert(2)>',
      event: 'javascript:alert(3)',
      from: '-99999-01-01',
      asof: '2013-04-29',
    });
    hostile.append('profile', 'ramp-up');
    hostile.append('profile', 'front-loaded');
    host.setBody(
      ['option', 'timeline']
        .map(
          (w) =>
            `<iframe src="${app.url}/embed/${DEAL}/${w}?${hostile}" title="${w}" data-deal-embed style="width:100%;border:0"></iframe>`,
        )
        .join('') + `<script src="${app.url}/embed.js" async></script>`,
    );
    const { page, problems, context } = await newPage(browser);
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(host.url);
    const frames = await settledHeights(page, 2);
    for (const { frame } of frames) {
      // No image and no inline script: the page's prerendered data is a JSON block, which does not run.
      assert.equal(
        await frame.evaluate(
          () => document.querySelectorAll('img, script:not([src]):not([type="application/json"])').length,
        ),
        0,
      );
      const link = await frame.locator('.embed__footer a').getAttribute('href');
      assert.match(link, new RegExp(`^/deals/${DEAL}(/timeline)?\\?asof=2013-04-29$`));
      assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'auto');
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('gives static PNG and SVG fallbacks of a widget that open on their own, with their sources', async () => {
    const { page, problems, context } = await newPage(browser, { acceptDownloads: true });
    await gotoInteractive(page, `${app.url}/deals/${DEAL}`);
    await page.locator('.chart-card[data-widget="stake"] .bar-headroom path').first().waitFor();
    for (const [widget, title] of [
      ['stake', 'Stake in Sina Weibo'],
      ['kpis', 'Key figures'],
    ]) {
      await page.getByRole('button', { name: `Embed “${title}”` }).click();
      const dialog = page.getByRole('dialog', { name: `Embed “${title}”` });
      const files = {};
      for (const label of ['Image (PNG)', 'Vector (SVG)']) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          dialog.getByRole('button', { name: label }).click(),
        ]);
        files[download.suggestedFilename()] = readFileSync(await download.path());
      }
      assert.deepEqual(Object.keys(files).sort(), [`${DEAL}-${widget}.png`, `${DEAL}-${widget}.svg`]);
      const svg = files[`${DEAL}-${widget}.svg`].toString('utf8');
      const png = files[`${DEAL}-${widget}.png`];
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
      const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)[1]);
      assert.equal(png.readUInt32BE(16), width * 2);
      assert.match(svg, new RegExp(title));
      if (widget === 'stake') {
        assert.match(svg, /<pattern[^>]* id="status-derived"/, 'the hatching of derived marks travels with the file');
        assert.match(
          svg,
          />Sources:<\/text>.*>silicon\.de \(German article, undated\) · /,
          'the sources are listed under a heading',
        );
      } else {
        assert.match(svg, /€450m/);
        assert.match(svg, /Source: silicon\.de, line 1/);
      }
      const viewer = await context.newPage();
      await viewer.setContent(
        `<body style="margin:0;background:#888"><img src="data:image/png;base64,${png.toString('base64')}" style="width:${width}px"></body>`,
      );
      await viewer.screenshot({ path: `${ARTIFACTS}/embed-static-${widget}.png`, fullPage: true });
      await viewer.close();
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('prints an embed as its widget with the data table open and no controls', async () => {
    const { page, context } = await newPage(browser);
    await gotoInteractive(page, `${app.url}/embed/${DEAL}/revenue?theme=light`);
    await page.locator('.bar-revenue').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('details.data-table')?.open === true);
    assert.equal(await page.locator('.chart-card__controls').isVisible(), false);
    assert.equal(await page.locator('.data-table table').isVisible(), true);
    await page.screenshot({ path: `${ARTIFACTS}/embed-print-revenue.png`, fullPage: true });
    await context.close();
  });
});
