import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { freePort, gotoInteractive, launchBrowser, newPage, startPreview } from './harness.mjs';

const OUT = 'dist-realapi';

describe('a build with VITE_API_BASE_URL, against a separate backend', () => {
  let api;
  let apiUrl;
  let server;
  let browser;

  before(async () => {
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    const build = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
      {
        env: { ...process.env, VITE_API_BASE_URL: apiUrl },
        encoding: 'utf8',
      },
    );
    assert.equal(build.status, 0, build.stderr);
    // Nothing answered at build time: the build says so and leaves every page to the client.
    assert.match(build.stdout + build.stderr, /did not answer \(.*\); every page renders in the client/);
    assert.equal(existsSync(`${OUT}/prerendered.json`), false);
    server = await startPreview({ dist: OUT });
    // The mock handlers behind a plain HTTP server (built by "npm run build:mock-api"), allowing
    // the preview's origin (its port is picked per run) as a real backend's CORS_ORIGINS would.
    const { createMockApiServer } = await import('../../dist-server/http-server.js');
    api = createMockApiServer({ corsOrigins: [server.url] });
    await new Promise((resolve) => api.listen(port, '127.0.0.1', resolve));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => (api ? api.close(resolve) : resolve()));
  });

  it('leaves MSW out of the bundle', () => {
    const assets = readdirSync(`${OUT}/assets`).filter((f) => f.endsWith('.js'));
    for (const file of assets) {
      const code = readFileSync(`${OUT}/assets/${file}`, 'utf8');
      assert.ok(!code.includes('mockServiceWorker'), `${file} mentions the mock worker`);
      assert.ok(!code.includes('setupWorker'), `${file} carries msw's setupWorker`);
    }
  });

  it('shows the dashboard with data from the backend it was built for', async () => {
    const { page, problems, context } = await newPage(browser);
    const apiRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) apiRequests.push(new URL(request.url()).origin);
    });
    await gotoInteractive(page, server.url + '/deals/alibaba-sina-weibo-2013');
    await page.locator('.kpi-card[data-figure]').nth(3).waitFor();
    assert.deepEqual(await page.locator('.kpi-card__value').allTextContents(), [
      '€450m',
      '30%',
      'about €290m',
      '400m+',
    ]);
    assert.ok(apiRequests.length >= 2);
    assert.deepEqual([...new Set(apiRequests)], [apiUrl]);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('a build with VITE_API_BASE_URL whose backend answers at build time', () => {
  const PRE = 'dist-realapi-prerendered';
  let api;
  let build;

  before(async () => {
    const port = await freePort();
    const { createMockApiServer } = await import('../../dist-server/http-server.js');
    api = createMockApiServer();
    await new Promise((resolve) => api.listen(port, '127.0.0.1', resolve));
    // Not spawnSync: the API answers from this process, which must stay free while the build asks it.
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', PRE, '--emptyOutDir'],
      {
        env: { ...process.env, VITE_API_BASE_URL: `http://127.0.0.1:${port}` },
      },
    );
    build = { stdout: '', stderr: '', status: null };
    child.stdout.on('data', (d) => (build.stdout += d));
    child.stderr.on('data', (d) => (build.stderr += d));
    build.status = await new Promise((resolve) => child.on('close', resolve));
  });

  after(() => new Promise((resolve) => (api ? api.close(resolve) : resolve())));

  it('prerenders its pages from that API and says so', () => {
    assert.equal(build.status, 0, build.stderr);
    assert.match(
      build.stdout + build.stderr,
      /prerender: \d+ pages and embeds from the API at http:\/\/127\.0\.0\.1:\d+/,
    );
    const { pages } = JSON.parse(readFileSync(`${PRE}/prerendered.json`, 'utf8'));
    assert.ok(pages.includes('/deals/alibaba-sina-weibo-2013'));
    const html = readFileSync(`${PRE}/deals/alibaba-sina-weibo-2013.html`, 'utf8');
    assert.match(html, /€450m/);
    assert.doesNotMatch(html, /mockServiceWorker/);
  });
});
