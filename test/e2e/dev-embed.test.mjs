// An embed pasted into another site's page while the app runs under `npm run dev` (the Vite dev server):
// the frame is third-party (another site: 127.0.0.1 hosts localhost), where Chromium refuses the
// frame its storage and MSW's service worker cannot start. The embed must still show its figures, and
// a frame that allows no scripts must say why it is empty and what to run instead; never "no such deal".
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { expectConsoleError, freePort, launchBrowser, newPage, startDevServer } from './harness.mjs';

const DEAL = 'alibaba-sina-weibo-2013';
const NO_SUCH_DEAL = /There is no deal|Es gibt keinen Deal/;

/** A host page on 127.0.0.1 (another site than the dev server's localhost): `/?src=…&sandbox=…` frames `src`. */
async function startHost() {
  const server = createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://host').searchParams;
    const sandbox = params.has('sandbox') ? ' sandbox' : '';
    const src = params.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>A report</title><h1>Quarterly report</h1>` +
        `<iframe${sandbox} src="${src.replace(/"/g, '&quot;')}" title="embed" style="width:640px;height:700px;border:0"></iframe>`,
    );
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    page: (src, { sandbox = false } = {}) =>
      `http://127.0.0.1:${port}/?src=${encodeURIComponent(src)}${sandbox ? '&sandbox' : ''}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The embed's frame once its widget has drawn its figures or said why it cannot (no loading state left). */
async function settledFrame(page) {
  const frame = page.frameLocator('iframe');
  await frame.locator('.embed__footer, .state--error, .state--empty').first().waitFor({ timeout: 60_000 });
  await frame.locator('.state--loading').first().waitFor({ state: 'detached', timeout: 30_000 });
  return frame.locator('body');
}

describe('an embed from the dev server in another site’s page', () => {
  let dev;
  let host;
  let browser;
  before(async () => {
    [dev, host, browser] = await Promise.all([startDevServer({ host: 'localhost' }), startHost(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await host?.stop();
    await dev?.stop();
  });

  for (const [locale, prefix, figure] of [
    ['English', '', /Price paid/],
    ['German', '/de', /Kaufpreis/],
  ]) {
    it(`shows its figures (${locale}), never “no such deal”`, async () => {
      const { page, context } = await newPage(browser);
      await page.goto(host.page(`${dev.url}${prefix}/embed/${DEAL}/kpis`));
      const body = await settledFrame(page);
      const text = await body.innerText();
      assert.doesNotMatch(text, NO_SUCH_DEAL);
      assert.match(text, figure, text);
      assert.match(text, /450/, text);
      await context.close();
    });
  }

  it('keeps its fault scenario (?mock=error) in the frame, where the dev server answers in the worker’s place', async () => {
    const { page, context } = await newPage(browser);
    expectConsoleError(page, /Failed to load resource: .* status of 500/);
    await page.goto(host.page(`${dev.url}/embed/${DEAL}/kpis?mock=error`));
    const body = await settledFrame(page);
    await body.getByText('The mocked API failed on purpose (?mock=error).').first().waitFor();
    assert.doesNotMatch(await body.innerText(), NO_SUCH_DEAL);
    await context.close();
  });

  it('sandboxed without allow-scripts, says that dev pages need scripts and what to run instead', async () => {
    const { page, context } = await newPage(browser);
    // The browser still fetches the page's module scripts (from origin null) and refuses them: expected here.
    expectConsoleError(page, /Blocked script execution|blocked by CORS policy|net::ERR_FAILED/);
    await page.goto(host.page(`${dev.url}/embed/${DEAL}/kpis`, { sandbox: true }));
    const body = page.frameLocator('iframe').locator('body');
    await body.locator('.dev-noscript').waitFor();
    const text = await body.innerText();
    assert.match(text, /This page comes from the development server/);
    assert.match(text, /serve the prerendered build: npm run build && npm run preview\./);
    assert.doesNotMatch(text, NO_SUCH_DEAL);
    await context.close();
  });
});
