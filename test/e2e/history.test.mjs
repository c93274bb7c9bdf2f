import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const DASHBOARD = '/deals/alibaba-sina-weibo-2013';
const TIMELINE = `${DASHBOARD}/timeline`;

/** Waits until the address (path and query) is exactly `address`. */
const waitForAddress = (page, address) =>
  page.waitForURL((url) => url.pathname + url.search === address, { timeout: 10_000 });

async function openDashboard(browser, url) {
  const opened = await newPage(browser);
  await gotoInteractive(opened.page, url);
  await opened.page.getByRole('slider', { name: /Valuation \(slider\)/ }).waitFor();
  return opened;
}

describe('Back and Forward walk through the views, in Chromium', () => {
  const suite = previewSuite();

  it('undoes a currency switch with Back, and redoes it with Forward', async () => {
    const { page, problems, context } = await openDashboard(suite.browser, suite.server.url + DASHBOARD);
    const usd = page.getByRole('radio', { name: 'USD' }).first();
    const eur = page.getByRole('radio', { name: 'EUR' }).first();
    await usd.check();
    await waitForAddress(page, `${DASHBOARD}?currency=USD`);
    await page.goBack();
    await waitForAddress(page, DASHBOARD);
    await page.waitForFunction(() => document.querySelector('input[type="radio"][value="EUR"]')?.checked);
    assert.equal(await eur.isChecked(), true);
    assert.equal(await usd.isChecked(), false);
    await page.goForward();
    await waitForAddress(page, `${DASHBOARD}?currency=USD`);
    await page.waitForFunction(() => document.querySelector('input[type="radio"][value="USD"]')?.checked);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('removes "Known as of" with Back', async () => {
    const { page, problems, context } = await openDashboard(suite.browser, suite.server.url + DASHBOARD);
    const asOf = page.getByLabel('Known as of');
    await asOf.fill('2013-01-15');
    await waitForAddress(page, `${DASHBOARD}?asof=2013-01-15`);
    await page
      .getByRole('status')
      .filter({ hasText: /15 Jan 2013/ })
      .waitFor();
    await page.goBack();
    await waitForAddress(page, DASHBOARD);
    await page.waitForFunction(() => document.querySelector('.as-of input')?.value === '');
    assert.equal(await page.locator('.as-of__note').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on the timeline page, keeps one entry per filter and selection; Back past the first leaves the page', async () => {
    const { page, problems, context } = await newPage(suite.browser);
    // The page the reader came from, so that leaving the timeline has somewhere to land.
    await gotoInteractive(page, suite.server.url + DASHBOARD);
    await page.locator('.kpi-card[data-figure]').first().waitFor();
    await gotoInteractive(page, suite.server.url + TIMELINE);
    await page.locator('.timeline[data-ready="true"] [data-mark]').first().waitFor();
    const market = page.getByRole('checkbox', { name: 'Market' });
    const marketChecked = (checked) =>
      page.waitForFunction(
        (want) =>
          [...document.querySelectorAll('.timeline__kinds label')].find((l) => l.textContent.includes('Market'))
            ?.firstElementChild?.checked === want,
        checked,
      );

    await market.uncheck();
    const filtered = `${TIMELINE}?kinds=rumour%2Cdenial%2Cresults%2Cannouncement%2Cfiling`;
    await waitForAddress(page, filtered);
    await page.getByRole('listbox', { name: 'Events in view' }).getByText('Sina denies the rumour').click();
    const selected = `${filtered}&event=denial-2013-02`;
    await waitForAddress(page, selected);
    await page.getByRole('region', { name: 'Sina denies the rumour' }).waitFor();

    // Back closes the event, then ticks Market again.
    await page.goBack();
    await waitForAddress(page, filtered);
    await page.getByRole('region', { name: 'Sina denies the rumour' }).waitFor({ state: 'detached' });
    await marketChecked(false);
    await page.goBack();
    await waitForAddress(page, TIMELINE);
    await marketChecked(true);
    assert.match(await page.locator('.timeline__subtitle').textContent(), /8 of 8 events/);

    // Forward redoes the filter.
    await page.goForward();
    await waitForAddress(page, filtered);
    await marketChecked(false);
    assert.match(await page.locator('.timeline__subtitle').textContent(), /6 of 8 events/);

    // From the first state, Back leaves the timeline for the page before it, as a browser would.
    await page.goBack();
    await waitForAddress(page, TIMELINE);
    await page.goBack();
    await waitForAddress(page, DASHBOARD);
    await page.locator('.kpi-card[data-figure]').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('folds a slider drag into one entry: one Back returns to the value before the drag', async () => {
    const { page, problems, context } = await openDashboard(suite.browser, suite.server.url + DASHBOARD);
    const slider = page.getByRole('slider', { name: /Valuation \(slider\)/ });
    const field = page.getByLabel(/Valuation of all of Weibo at exercise/);
    const before = await field.inputValue();
    const entries = await page.evaluate(() => history.length);
    // Every value the slider passes through, as the page saw it.
    await slider.evaluate((input) => {
      window.sliderValues = [];
      window.sliderTimes = [];
      input.addEventListener('input', () => {
        window.sliderValues.push(input.value);
        window.sliderTimes.push(performance.now());
      });
    });

    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    for (const at of [0.3, 0.4, 0.5, 0.6]) await page.mouse.move(box.x + box.width * at, y, { steps: 3 });
    await page.mouse.up();
    const values = await page.evaluate(() => window.sliderValues);
    assert.ok(new Set(values).size >= 4, `the drag passed ${values.join(', ')}`);
    const last = values.at(-1);
    await page.waitForURL((url) => url.searchParams.get('valuation') === last);
    const gaps = await page.evaluate(() =>
      window.sliderTimes.slice(1).map((t, i) => Math.round(t - window.sliderTimes[i])),
    );
    assert.equal(await page.evaluate(() => history.length), entries + 1, `gaps between writes: ${gaps.join(', ')} ms`);

    await page.goBack();
    await waitForAddress(page, DASHBOARD);
    await page.waitForFunction(
      (text) => document.querySelector('.chart-card[data-widget="option"] input[type="text"]')?.value === text,
      before,
    );

    // Typing a value key by key is one change too.
    await field.fill('');
    await field.pressSequentially('12.5');
    await waitForAddress(page, `${DASHBOARD}?valuation=12.5`);
    await page.goBack();
    await waitForAddress(page, DASHBOARD);
    await page.waitForFunction(
      (text) => document.querySelector('.chart-card[data-widget="option"] input[type="text"]')?.value === text,
      before,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opens the seed deal from / with the query kept, and Back does not bounce into the redirect', async () => {
    const { page, problems, context } = await newPage(suite.browser, { locale: 'en-GB' });
    await gotoInteractive(page, suite.server.url + '/?currency=USD&asof=2013-05-01');
    await waitForAddress(page, `${DASHBOARD}?currency=USD&asof=2013-05-01`);
    await page
      .getByRole('status')
      .filter({ hasText: /1 May 2013/ })
      .waitFor();
    await page.waitForFunction(() => document.querySelector('input[type="radio"][value="USD"]')?.checked);
    // The field writes the day in the page's language, in the order of the browser's region (en-GB: day first).
    assert.equal(await page.getByLabel('Known as of').inputValue(), '01/05/2013');
    await page.goBack();
    await page.waitForURL('about:blank');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
