import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectConsoleError, gotoInteractive, newPage, previewSuite } from './harness.mjs';

const DEAL = 'alibaba-sina-weibo-2013';

// The built app asks its API through one transport chosen at start-up (src/app/start-api.ts,
// mocks/start.ts); nothing replaces window.fetch. These pages check each way a mocked build answers.
describe('how a mocked build reaches its API', () => {
  const suite = previewSuite();

  async function visit(path) {
    const { page, context, problems } = await newPage(suite.browser);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await gotoInteractive(page, suite.server.url + path);
    const mockLayer = () => requests.filter((p) => /\/assets\/(browser|scenarios)-[\w-]+\.js$/.test(p));
    const workers = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    const nativeFetch = () => page.evaluate(() => /\[native code\]/.test(Function.prototype.toString.call(fetch)));
    return { page, context, problems, requests, mockLayer, workers, nativeFetch };
  }

  it('draws the dashboard from the prerendered answers, with neither MSW nor a service worker', async () => {
    // "/" is the app's shell (a prerendered dashboard brings its answers inside the page): it asks.
    const { page, context, problems, requests, mockLayer, workers, nativeFetch } = await visit('/');
    await page.locator('.kpi-card[data-figure]').nth(3).waitFor();
    await page.locator('.chart-card[data-widget="option"] .recharts-surface').waitFor();
    await page.locator('.timeline [data-mark]').first().waitFor();
    assert.ok(
      requests.some((p) => p.startsWith('/mock-api/')),
      'the answers come from the prerendered files',
    );
    assert.deepEqual(
      requests.filter((p) => p.startsWith('/api/')),
      [],
      'nothing asks the live API',
    );
    assert.deepEqual(mockLayer(), [], 'the mock layer stays unloaded');
    assert.equal(await workers(), 0, 'no service worker');
    assert.equal(await nativeFetch(), true, 'window.fetch is the browser’s own');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts the live worker on demand for what was not prerendered: an unknown deal', async () => {
    const { page, context, problems, mockLayer, workers, nativeFetch } = await visit('/deals/no-such-deal');
    expectConsoleError(page, /Failed to load resource: .* 404/);
    await page.getByRole('heading', { name: 'Deal not found' }).waitFor();
    assert.ok(mockLayer().length > 0, 'the mock layer loaded');
    assert.equal(await workers(), 1, 'the worker started');
    assert.equal(await nativeFetch(), true, 'window.fetch is the browser’s own');
    // The 404 itself is the only error the console may show.
    assert.deepEqual(
      problems.filter((p) => !/Failed to load resource: .* 404/.test(p)),
      [],
    );
    await context.close();
  });

  it('answers a fault scenario (?mock=) from the live worker, from the first request on', async () => {
    const { page, context, requests, mockLayer, workers } = await visit(`/deals/${DEAL}?mock=error:metrics`);
    // The scenario's failed requests are the errors its console shows, on purpose.
    expectConsoleError(page, /Failed to load resource: .* status of 500/);
    await page.getByRole('button', { name: 'Try again' }).first().waitFor();
    // The deal still answers, from the worker: a scenario page asks no prerendered file.
    await page.locator('.chart-card[data-widget="stake"] .recharts-surface').waitFor();
    assert.ok(mockLayer().length > 0, 'the mock layer loaded');
    assert.equal(await workers(), 1, 'the worker started');
    assert.deepEqual(
      requests.filter((p) => p.startsWith('/mock-api/')),
      [],
    );
    await context.close();
  });
});
