import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectConsoleError, gotoInteractive, newPage, previewSuite } from './harness.mjs';

const INDEX = '/deals';
const SEED = 'alibaba-sina-weibo-2013';
const SEED_NAME = 'Alibaba takes a stake in Sina Weibo';

/** Waits until the address (path and query) is exactly `address`. */
const waitForAddress = (page, address) =>
  page.waitForURL((url) => url.pathname + url.search === address, { timeout: 10_000 });

/** The ids of the rows on screen, once they are `expected` (a condition, not a sleep). */
async function waitForRows(page, expected) {
  await page.waitForFunction(
    (ids) => {
      const shown = [...document.querySelectorAll('.deals-table tbody tr')].map((tr) => tr.dataset.deal);
      return JSON.stringify(shown) === JSON.stringify(ids);
    },
    expected,
    { timeout: 10_000 },
  );
}

const sortOf = (page, name) => page.getByRole('columnheader', { name }).evaluate((th) => th.getAttribute('aria-sort'));

async function openIndex(browser, url, options) {
  const opened = await newPage(browser, options);
  await gotoInteractive(opened.page, url);
  await opened.page.locator('.deals-table, .deals-empty').first().waitFor();
  return opened;
}

describe('the deals index in Chromium', () => {
  const suite = previewSuite();

  it('lists the seed deal with its parties, status, date, figures and events; generated deals hidden', async () => {
    const { page, problems, context } = await openIndex(suite.browser, suite.server.url + INDEX);
    await waitForRows(page, [SEED]);
    const table = page.getByRole('table', { name: /Tracked deals/ });
    await table.waitFor();
    const row = page.locator(`tr[data-deal="${SEED}"]`);
    const text = (await row.textContent()).replace(/\s+/g, ' ');
    assert.match(text, /Alibaba Group invests in Sina Weibo/);
    assert.match(text, /Sina Weibo belongs to Sina/);
    assert.match(text, /Announced/);
    assert.match(text, /29 Apr 2013/);
    assert.match(text, /Price paid €450m/i);
    assert.match(text, /Stake acquired about 18%/);
    assert.match(text, /Source: silicon\.de, line 1/);
    assert.equal(await row.locator('.status-badge--reported').count(), 2);
    assert.match(text, /8 events/);
    assert.match(text, /Latest: Mar 2014, Filing/);
    await page.getByRole('status').filter({ hasText: 'Showing 1 of 4 deals' }).waitFor();
    assert.equal(await page.getByText('Generated test data', { exact: true }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows generated deals, marked, when asked; Back hides them again', async () => {
    const { page, problems, context } = await openIndex(suite.browser, suite.server.url + INDEX);
    await waitForRows(page, [SEED]);
    await page.getByRole('checkbox', { name: 'Show generated test data' }).check();
    await waitForAddress(page, `${INDEX}?generated=1`);
    // Not announced, they follow the seed deal, by name.
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    for (const id of ['synthetic-100', 'synthetic-1k', 'synthetic-10k']) {
      const row = page.locator(`tr[data-deal="${id}"]`);
      assert.equal(await row.getByText('Generated test data', { exact: true }).count(), 1, id);
    }
    assert.equal(
      await page.locator(`tr[data-deal="${SEED}"]`).getByText('Generated test data', { exact: true }).count(),
      0,
    );
    await page.getByRole('status').filter({ hasText: 'Showing 4 of 4 deals' }).waitFor();
    await page.goBack();
    await waitForAddress(page, INDEX);
    await waitForRows(page, [SEED]);
    assert.equal(await page.getByRole('checkbox', { name: 'Show generated test data' }).isChecked(), false);
    await page.goForward();
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('sorts by name and by date, both ways, with aria-sort on the header', async () => {
    const { page, problems, context } = await openIndex(suite.browser, `${suite.server.url}${INDEX}?generated=1`);
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.equal(await sortOf(page, 'Announced'), 'descending');
    assert.equal(await sortOf(page, 'Deal'), null);

    await page.getByRole('button', { name: 'Deal', exact: true }).click();
    await waitForAddress(page, `${INDEX}?generated=1&sort=name-asc`);
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.equal(await sortOf(page, 'Deal'), 'ascending');
    assert.equal(await sortOf(page, 'Announced'), null);

    await page.getByRole('button', { name: 'Deal', exact: true }).click();
    await waitForAddress(page, `${INDEX}?generated=1&sort=name-desc`);
    await waitForRows(page, ['synthetic-100', 'synthetic-10k', 'synthetic-1k', SEED]);
    assert.equal(await sortOf(page, 'Deal'), 'descending');

    // Newest first is the default: the address leaves it out.
    await page.getByRole('button', { name: 'Announced', exact: true }).click();
    await waitForAddress(page, `${INDEX}?generated=1`);
    await page.getByRole('button', { name: 'Announced', exact: true }).click();
    await waitForAddress(page, `${INDEX}?generated=1&sort=date-asc`);
    // Deals never announced come last, whichever way.
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.equal(await sortOf(page, 'Announced'), 'ascending');

    // The sort survives a reload, and Back undoes it.
    await page.reload();
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.equal(await sortOf(page, 'Announced'), 'ascending');
    await page.goBack();
    await waitForAddress(page, `${INDEX}?generated=1`);
    assert.equal(await sortOf(page, 'Announced'), 'descending');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('filters by status; an empty list names the filter and clears it', async () => {
    const { page, problems, context } = await openIndex(suite.browser, suite.server.url + INDEX);
    const status = page.getByLabel('Status', { exact: true });
    await status.selectOption({ label: 'Announced' });
    await waitForAddress(page, `${INDEX}?status=announced`);
    await waitForRows(page, [SEED]);

    await status.selectOption({ label: 'Completed' });
    await waitForAddress(page, `${INDEX}?status=completed`);
    const empty = page.locator('.deals-empty');
    await empty.waitFor();
    assert.equal(
      (await empty.locator('p').textContent()).trim(),
      'No deal to show: the status “Completed” leaves none.',
    );
    await page.getByRole('status').filter({ hasText: 'Showing 0 of 4 deals' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForAddress(page, INDEX);
    await waitForRows(page, [SEED]);
    // The focus lands on the first filter, not on the page's body.
    assert.equal(
      await page.getByLabel('Search names and parties').evaluate((el) => el === document.activeElement),
      true,
    );
    assert.equal(await status.inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('finds deals by words of their name and their parties; an empty search result says so', async () => {
    const { page, problems, context } = await openIndex(suite.browser, `${suite.server.url}${INDEX}?generated=1`);
    const search = page.getByLabel('Search names and parties');
    await search.fill('sina');
    await waitForAddress(page, `${INDEX}?generated=1&q=sina`);
    await waitForRows(page, [SEED]);
    await search.fill('synthetic parent');
    await waitForRows(page, ['synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    await search.fill('Alibaba gamma');
    await page.locator('.deals-empty').waitFor();
    assert.match(await page.locator('.deals-empty').textContent(), /the search “Alibaba gamma” leaves none/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForAddress(page, `${INDEX}?generated=1`);
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.equal(await search.inputValue(), '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('"Known as of" shows each deal as known that day, and its links keep the day', async () => {
    // A British reader: the field reads day first (a US browser's reads month first: reader-cues.test.mjs).
    const { page, problems, context } = await openIndex(suite.browser, `${suite.server.url}${INDEX}?asof=2013-03-01`, {
      locale: 'en-GB',
    });
    await page.getByRole('table', { name: /Tracked deals, as known on 1 Mar 2013/ }).waitFor();
    const row = page.locator(`tr[data-deal="${SEED}"]`);
    const text = async () => (await row.textContent()).replace(/\s+/g, ' ');
    assert.match(await text(), /Rumour denied/);
    assert.match(await text(), /Not announced/);
    assert.match(await text(), /None public on 1 Mar 2013/);
    assert.match(await text(), /4 events/);
    assert.doesNotMatch(await text(), /450/);
    // Named as known that day: a denied rumour about Alibaba and Sina, not yet a stake in Sina Weibo.
    assert.doesNotMatch(await text(), /Sina Weibo/);
    assert.match(await text(), /Parties named: Alibaba Group and Sina/);
    assert.equal(
      await row.getByRole('link', { name: 'Alibaba and Sina' }).getAttribute('href'),
      `/deals/${SEED}?asof=2013-03-01`,
    );

    // A later day, typed: the deal is announced, its figures public.
    await page.getByLabel('Known as of').fill('29/04/2013');
    await waitForAddress(page, `${INDEX}?asof=2013-04-29`);
    await page.getByRole('table', { name: /as known on 29 Apr 2013/ }).waitFor();
    await page.waitForFunction(
      (id) => /€450m/i.test(document.querySelector(`tr[data-deal="${id}"]`).textContent),
      SEED,
    );
    assert.match(await text(), /Announced/);
    assert.ok(await row.getByRole('link', { name: SEED_NAME }).isVisible());
    assert.match(await text(), /7 events/);
    assert.match(await text(), /Latest: 29 Apr 2013, Market/);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await waitForAddress(page, INDEX);
    await page.waitForFunction(() => !/as known on/.test(document.querySelector('.deals-table caption').textContent));
    // The list keeps the previous day's rows until today's answer arrives: wait for it, then read.
    await page.waitForFunction(
      (id) => !/\b7 events/.test(document.querySelector(`tr[data-deal="${id}"]`).textContent),
      SEED,
    );
    assert.match(await text(), /8 events/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works from the keyboard alone: Tab to a sort header, Enter sorts; Tab to a deal, Enter opens it', async () => {
    const { page, problems, context } = await openIndex(suite.browser, `${suite.server.url}${INDEX}?generated=1`);
    await waitForRows(page, [SEED, 'synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    const tabTo = async (locator, limit = 60) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        if (await locator.evaluate((el) => el === document.activeElement)) return;
      }
      assert.fail(`${limit} presses of Tab never reached ${locator}`);
    };
    await tabTo(page.getByRole('button', { name: 'Deal', exact: true }));
    await page.keyboard.press('Enter');
    await waitForAddress(page, `${INDEX}?generated=1&sort=name-asc`);
    assert.equal(await sortOf(page, 'Deal'), 'ascending');
    // The focus stays on the header, so Enter again turns the order round.
    await page.keyboard.press('Enter');
    await waitForRows(page, ['synthetic-100', 'synthetic-10k', 'synthetic-1k', SEED]);
    assert.equal(await sortOf(page, 'Deal'), 'descending');

    await tabTo(page.getByRole('link', { name: SEED_NAME }));
    await page.keyboard.press('Enter');
    await waitForAddress(page, `/deals/${SEED}`);
    await page.getByRole('heading', { level: 1, name: SEED_NAME }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads in German: headers, statuses, figures, count', async () => {
    const { page, problems, context } = await openIndex(suite.browser, suite.server.url + INDEX, { locale: 'de-DE' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.getByRole('heading', { level: 1, name: 'Deals' }).waitFor();
    await page.getByRole('table', { name: /Verfolgte Deals/ }).waitFor();
    await page.getByRole('button', { name: 'Bekanntgegeben', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: '1 von 4 Deals angezeigt' }).waitFor();
    const text = (await page.locator(`tr[data-deal="${SEED}"]`).textContent()).replace(/\s+/g, ' ');
    assert.match(text, /Alibaba steigt bei Sina Weibo ein/);
    assert.match(text, /Kaufpreis 450 Mio\. €/);
    assert.match(text, /Berichtet/i);
    assert.match(text, /29\. Apr\. 2013/);
    assert.match(text, /8 Ereignisse/);
    // Words only generated deals carry: the list names the hidden test data, and shows it when cleared.
    await page.getByLabel('Namen und Beteiligte durchsuchen').fill('Synthetisches');
    await page.locator('.deals-empty').waitFor();
    assert.equal(
      (await page.locator('.deals-empty p').textContent()).trim(),
      'Kein Deal gefunden: das Ausblenden generierter Testdaten lässt keinen übrig.',
    );
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    // A German reader's browser took them to the German address (public/boot.js), and they stay there.
    await waitForAddress(page, `/de${INDEX}?q=Synthetisches&generated=1`);
    await waitForRows(page, ['synthetic-1k', 'synthetic-10k', 'synthetic-100']);
    assert.match(await page.locator('.deals-table').textContent(), /Generierte Testdaten/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('is linked from the header of every page; "/" still opens the seed deal; a lost deal links here', async () => {
    const { page, problems, context } = await newPage(suite.browser);
    await gotoInteractive(page, `${suite.server.url}/`);
    await waitForAddress(page, `/deals/${SEED}`);
    await page.getByRole('heading', { level: 1, name: SEED_NAME }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'All deals' }).click();
    await waitForAddress(page, INDEX);
    await waitForRows(page, [SEED]);
    assert.equal(await nav.getByRole('link', { name: 'All deals' }).getAttribute('aria-current'), 'page');

    assert.deepEqual(problems, []);

    // The unknown deal's requests answer 404, as they should: the console says so, and nothing else.
    expectConsoleError(page, /Failed to load resource: .* status of 404/);
    await gotoInteractive(page, `${suite.server.url}/deals/no-such-deal`);
    await page.getByRole('heading', { name: 'Deal not found' }).waitFor();
    await page.getByRole('link', { name: 'See all tracked deals' }).click();
    await waitForAddress(page, INDEX);
    await waitForRows(page, [SEED]);
    // The unknown deal's requests answer 404, as they should; nothing else went wrong.
    assert.deepEqual(
      problems.filter((p) => !/status of 404/.test(p)),
      [],
    );
    await context.close();
  });

  it('a malformed address falls back to the defaults and says which values it ignored', async () => {
    const { page, problems, context } = await openIndex(
      suite.browser,
      `${suite.server.url}${INDEX}?sort=price&status=pending&generated=yes&asof=2013-02-30`,
    );
    const notice = page.locator('.url-notice');
    await notice.waitFor();
    const said = await notice.textContent();
    for (const item of ['sort=“price”', 'status=“pending”', 'generated=“yes”', 'asof=“2013-02-30”'])
      assert.ok(said.includes(item), `the notice names ${item}: ${said}`);
    await waitForRows(page, [SEED]);
    assert.equal(await sortOf(page, 'Announced'), 'descending');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
