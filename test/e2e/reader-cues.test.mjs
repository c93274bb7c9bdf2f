import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';

const DASHBOARD = '/deals/alibaba-sina-weibo-2013';

/** Opens every chart's data table on the dashboard at `width` px and says, per table, what the reader sees. */
async function dataTables(browser, base, width, prefix = '') {
  const opened = await newPage(browser, { viewport: { width, height: 800 } });
  const { page } = opened;
  await gotoInteractive(page, `${base}${prefix}${DASHBOARD}`);
  const summaries = page.locator('details.data-table summary');
  await summaries.first().waitFor();
  const count = await summaries.count();
  for (let i = 0; i < count; i += 1) await summaries.nth(i).click();
  // The cue is measured after the table opens: wait until every open table has been measured once.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.data-table[open] .scroll-region__body')].every((b) => b.clientWidth > 0),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const tables = await page.$$eval('details.data-table', (all) =>
    all.map((details) => {
      const body = details.querySelector('.scroll-region__body');
      const frame = details.querySelector('.scroll-region__frame');
      const hint = details.querySelector('.scroll-region__hint');
      const shadow = frame ? getComputedStyle(frame, '::after') : null;
      return {
        overflows: body.scrollWidth > body.clientWidth + 1,
        hint: hint && hint.getBoundingClientRect().height > 0 ? hint.textContent : null,
        shadow: shadow ? shadow.content !== 'none' && parseFloat(shadow.width) > 0 : false,
        focusable: body.tabIndex === 0,
        label: body.getAttribute('aria-label'),
        hasPublicSince: [...details.querySelectorAll('th')].some((th) =>
          /Public since|Öffentlich seit/.test(th.textContent),
        ),
      };
    }),
  );
  return { ...opened, tables };
}

describe('what the reader is told on screen, in Chromium', () => {
  const suite = previewSuite();

  it('a data table that scrolls sideways at 375 px says so: a shadow at the edge, a hint, a tab stop', async () => {
    const { context, problems, tables, page } = await dataTables(suite.browser, suite.server.url, 375);
    const scrolling = tables.filter((t) => t.overflows);
    assert.ok(scrolling.length > 0, 'at 375 px some data table is wider than its card');
    assert.ok(
      scrolling.some((t) => t.hasPublicSince),
      '“Public since” is among the columns out of sight',
    );
    for (const table of scrolling) {
      assert.equal(table.hint, 'Scroll sideways for more columns', JSON.stringify(table));
      assert.ok(table.shadow, `a shadow marks the edge with more beyond it: ${JSON.stringify(table)}`);
      assert.ok(table.focusable, 'the keyboard can reach the scrolling table');
      assert.match(table.label, /^Table: /);
    }
    // Scrolled to its end, a table's last column is in view and its right shadow gone.
    const body = page.locator('details.data-table[open] .scroll-region__body').first();
    await body.focus();
    await body.evaluate((b) => b.scrollTo({ left: b.scrollWidth }));
    await page.waitForFunction(
      () => !document.querySelector('details.data-table .scroll-region__frame')?.hasAttribute('data-more-after'),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows no scroll cue where the tables fit, at 1280 px', async () => {
    const { context, problems, tables } = await dataTables(suite.browser, suite.server.url, 1280);
    assert.deepEqual(
      tables.filter((t) => t.overflows || t.hint || t.shadow || t.focusable),
      [],
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says it in German too', async () => {
    const { context, tables } = await dataTables(suite.browser, suite.server.url, 375, '/de');
    const scrolling = tables.filter((t) => t.overflows);
    assert.ok(scrolling.length > 0);
    for (const table of scrolling) assert.equal(table.hint, 'Seitlich scrollen für weitere Spalten');
    await context.close();
  });
  it('reads the "Known as of" field in the browser’s order, and echoes the day in words', async () => {
    const cases = [
      { locale: 'en-US', prefix: '', placeholder: 'MM/DD/YYYY', asof: '2012-12-01', echo: '1 December 2012' },
      { locale: 'en-GB', prefix: '', placeholder: 'DD/MM/YYYY', asof: '2012-01-12', echo: '12 January 2012' },
      { locale: 'en-US', prefix: '/de', placeholder: 'TT.MM.JJJJ', asof: null, echo: null },
    ];
    for (const { locale, prefix, placeholder, asof, echo } of cases) {
      const { page, context, problems } = await newPage(suite.browser, { locale });
      await gotoInteractive(page, `${suite.server.url}${prefix}${DASHBOARD}`);
      const field = page.getByLabel(prefix ? 'Bekannt am' : 'Known as of');
      // After the page is taken over, the field follows the region (its HTML could not know it).
      await page.waitForFunction((p) => document.querySelector('.as-of input')?.placeholder === p, placeholder);
      if (asof) {
        await field.fill('12/01/2012');
        await page.waitForURL((url) => url.search === `?asof=${asof}`);
        await page.locator('.as-of__echo', { hasText: echo }).waitFor();
        assert.equal(await page.locator('.as-of__echo').textContent(), echo);
      } else {
        await field.fill('01.12.2012');
        await page.waitForURL((url) => url.search === '?asof=2012-12-01');
        await page.locator('.as-of__echo', { hasText: '1. Dezember 2012' }).waitFor();
      }
      assert.deepEqual(problems, [], `${locale}${prefix}: a quiet console (no hydration mismatch)`);
      await context.close();
    }
  });

  it('prerenders the English field in the ISO form, which a server can write without knowing the region', async () => {
    const html = await (await fetch(`${suite.server.url}${DASHBOARD}`)).text();
    assert.match(html, /class="as-of__input"[^>]*placeholder="YYYY-MM-DD"/);
  });
});
