import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { freePort, launchBrowser, newPage, startPreview } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = 'alibaba-sina-weibo-2013';
const WIDGETS = ['kpis', 'stake', 'valuation', 'revenue', 'users', 'option', 'timeline'];
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
    for (let i = 0; i < 40; i += 1) {
      contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      iframeHeight = await handle.evaluate((el) => el.getBoundingClientRect().height);
      if (Math.abs(iframeHeight - contentHeight) <= 1) break;
      await page.waitForTimeout(100);
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
    await page.goto(`${app.url}/deals/${DEAL}?currency=USD`);
    await page.getByRole('button', { name: 'Embed “Price and valuation”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Price and valuation”' });
    await dialog.waitFor();
    const code = await dialog.getByLabel('Responsive embed (sizes itself to its content)').inputValue();
    assert.match(
      code,
      new RegExp(`<iframe src="${app.url}/embed/${DEAL}/valuation\\?currency=USD&amp;theme=auto&amp;locale=en"`),
    );
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
    await page.waitForTimeout(1600);
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-valuation.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sizes all seven widgets on one page, each to its own content, and ignores messages from elsewhere', async () => {
    const snippet = (widget) =>
      `<iframe src="${app.url}/embed/${DEAL}/${widget}?theme=light&locale=en" title="${widget}" data-deal-embed style="width:100%;border:0;height:150px"></iframe><script src="${app.url}/embed.js" async></script>`;
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
    await page.waitForTimeout(300);
    const after = await page.$$eval('iframe[data-deal-embed]', (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    assert.deepEqual(after, before);
    await page.screenshot({ path: `${ARTIFACTS}/embed-host-all.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('applies theme and locale from the embed address', async () => {
    host.setBody(
      `<iframe src="${app.url}/embed/${DEAL}/stake?theme=dark&locale=de" title="stake" data-deal-embed style="width:100%;border:0"></iframe><script src="${app.url}/embed.js" async></script>`,
    );
    const { page, problems, context } = await newPage(browser);
    await page.goto(host.url);
    const [{ frame }] = await settledHeights(page, 1);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
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
      assert.equal(await frame.evaluate(() => document.querySelectorAll('img, script:not([src])').length), 0);
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
    await page.goto(`${app.url}/deals/${DEAL}`);
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
        assert.match(svg, /Sources: silicon\.de/);
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
    await page.goto(`${app.url}/embed/${DEAL}/revenue?theme=light`);
    await page.locator('.bar-revenue').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('details.data-table')?.open === true);
    assert.equal(await page.locator('.chart-card__controls').isVisible(), false);
    assert.equal(await page.locator('.data-table table').isVisible(), true);
    await page.screenshot({ path: `${ARTIFACTS}/embed-print-revenue.png`, fullPage: true });
    await context.close();
  });
});
