import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite, startMockApi, waitForStill } from './harness.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL = '/deals/alibaba-sina-weibo-2013';
mkdirSync(ARTIFACTS, { recursive: true });

/** Marks a Recharts <Bar> drew, by the class name the chart gives that bar. */
const marks = (page, widget, bar) =>
  page.locator(`.chart-card[data-widget="${widget}"] .${bar} .recharts-bar-rectangle path`).count();
/** The raw numbers in a chart's data table (cells that carry data-value). */
const tableValues = (page, widget) =>
  page.$$eval(`.chart-card[data-widget="${widget}"] .data-table td[data-value]`, (cells) =>
    cells.map((c) => Number(c.dataset.value)),
  );

async function openDashboard(browser, url, options) {
  const opened = await newPage(browser, options);
  await gotoInteractive(opened.page, url);
  await opened.page
    .locator('.chart-card[data-widget="option"] .bar-option .recharts-bar-rectangle path')
    .first()
    .waitFor();
  await opened.page
    .locator('.chart-card[data-widget="users"] .bar-users .recharts-bar-rectangle path')
    .first()
    .waitFor();
  // Let the bars finish growing before anything is counted or photographed.
  await waitForStill(opened.page, 'main');
  return opened;
}

describe('the five charts in Chromium', () => {
  const suite = previewSuite();
  let mockApi;
  before(async () => (mockApi = await startMockApi()));
  after(() => mockApi?.stop());

  it('draw the right number of marks, and their tables hold the numbers the API serves', async () => {
    const { page, problems, context } = await openDashboard(suite.browser, suite.server.url + DEAL);
    const api = {
      deal: await mockApi.get(`/api${DEAL}`),
      users: await mockApi.get(`/api${DEAL}/metrics/registered-users`),
    };
    const { terms, projections } = api.deal;

    // The rumour was about Sina, the parent: a row of the table and a note, never a bar on Weibo's scale.
    assert.equal(await marks(page, 'stake', 'bar-rumoured'), 0);
    assert.equal(await marks(page, 'stake', 'bar-acquired'), 1);
    assert.equal(await marks(page, 'stake', 'bar-headroom'), 1);
    assert.deepEqual(await tableValues(page, 'stake'), [
      terms.stakeRumoured.value,
      terms.stakeAcquired.value,
      terms.optionCeiling.value - terms.stakeAcquired.value,
      terms.optionCeiling.value,
    ]);

    assert.equal(await marks(page, 'valuation', 'bar-valuation'), 2);
    const valuation = await tableValues(page, 'valuation');
    assert.equal(valuation[0], terms.consideration.value);
    assert.ok(Math.abs(valuation[1] - terms.consideration.value / (terms.stakeAcquired.value / 100)) < 1);

    assert.equal(await marks(page, 'revenue', 'bar-revenue'), projections.horizon.value);
    assert.equal(
      await page.locator('.chart-card[data-widget="revenue"] .line-cumulative path.recharts-curve').count(),
      1,
    );
    const revenue = await tableValues(page, 'revenue');
    const monthly = revenue.filter((_, i) => i % 2 === 0).slice(0, projections.horizon.value);
    assert.equal(
      monthly.reduce((a, b) => a + b, 0),
      projections.revenue.value,
    );
    assert.equal(revenue.at(-1), projections.revenue.value);

    assert.equal(await marks(page, 'users', 'bar-users'), api.users.points.length);
    assert.deepEqual(
      await tableValues(page, 'users'),
      api.users.points.map((p) => p.value),
    );

    assert.equal(await marks(page, 'option', 'bar-option'), 2);
    const option = await tableValues(page, 'option');
    const implied = terms.consideration.value / (terms.stakeAcquired.value / 100);
    assert.ok(Math.abs(option[0] - implied) < 1);
    assert.ok(Math.abs(option[3] - implied * 0.12) < 1);

    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${ARTIFACTS}/charts-light-en.png`, fullPage: true });
    await context.close();
  });

  it('show each mark’s tooltip from the keyboard', async () => {
    const { page, context } = await openDashboard(suite.browser, suite.server.url + DEAL);
    const surface = page.locator('.chart-card[data-widget="stake"] svg.recharts-surface');
    await surface.focus();
    const seen = new Set();
    // Recharts' accessibility layer moves between the rows with the arrow keys; the one row is the deal.
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      const tooltip = page.locator('.chart-card[data-widget="stake"] .chart-tooltip');
      await page.keyboard.press(key);
      // The key's update is drawn within two frames (Recharts moves its tooltip on keydown).
      await tooltip.waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const text = await tooltip.textContent();
      if (/Rumoured/.test(text)) seen.add('rumour');
      if (/Stake acquired: about 18%.*Option headroom: \+12 points/.test(text)) seen.add('deal');
    }
    assert.deepEqual([...seen], ['deal']);
    await context.close();
  });

  it('keep the chosen currency and profile in the URL across a reload', async () => {
    const { page, context } = await openDashboard(suite.browser, suite.server.url + DEAL);
    // Controlled radios change once the URL has: click, then wait for the URL.
    await page.locator('.chart-card[data-widget="valuation"]').getByRole('radio', { name: 'USD' }).click();
    await page.waitForURL(/currency=USD/);
    await page.locator('.chart-card[data-widget="revenue"]').getByRole('radio', { name: 'Ramp-up' }).click();
    await page.waitForURL(/profile=ramp-up/);
    assert.match(page.url(), /profile=ramp-up/);
    await page.reload();
    await page
      .locator('.chart-card[data-widget="valuation"] .bar-valuation .recharts-bar-rectangle path')
      .nth(2)
      .waitFor();
    assert.equal(
      await page.locator('.chart-card[data-widget="revenue"]').getByRole('radio', { name: 'Ramp-up' }).isChecked(),
      true,
    );
    const revenue = await tableValues(page, 'revenue');
    assert.equal(revenue.at(-1), 380e6, 'in dollars the total is the reported USD 380M');
    await context.close();
  });

  it('render in the dark theme, in German and at 320 px without errors', async () => {
    for (const [name, options] of [
      ['charts-dark-en', { colorScheme: 'dark' }],
      ['charts-light-de', { locale: 'de-DE' }],
      ['charts-dark-de-320', { colorScheme: 'dark', locale: 'de-DE', viewport: { width: 320, height: 800 } }],
    ]) {
      const { page, problems, context } = await openDashboard(
        suite.browser,
        suite.server.url + DEAL + '?currency=USD',
        options,
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
      assert.deepEqual(problems, [], name);
      await context.close();
    }
  });
});
