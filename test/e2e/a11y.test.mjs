import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gotoInteractive, launchBrowser, newPage, startPreview, waitForStill } from './harness.mjs';
import { widgetIds } from '../site.mjs';

const ARTIFACTS = 'test/e2e/artifacts';
const DEAL_ID = 'alibaba-sina-weibo-2013';
const DASHBOARD = `/deals/${DEAL_ID}`;
const TIMELINE = `${DASHBOARD}/timeline`;
// Every widget, in the dashboard's order, from the routes and widgets table of the build (test/site.mjs).
const WIDGETS = widgetIds();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// The build's CSP allows no inline script; only the test's own injected axe-core needs the bypass.
const AXE_PAGE = { bypassCSP: true };
mkdirSync(ARTIFACTS, { recursive: true });

/** Waits until nothing is loading any more and the given content is drawn, then lets charts settle. */
async function settle(page, selectors) {
  for (const selector of selectors) await page.locator(selector).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.state--loading'));
  // Let the chart animations finish: axe measures colours and sizes of what is on screen.
  await waitForStill(page);
}

/** Every axe violation in the page, as one readable line each. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 4)
      .map((n) => n.target.join(' '))
      .join(' | ');
    const more = v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : '';
    return `${v.id} [${v.impact}] ${v.help}: ${targets}${more}`;
  });
}

async function assertAccessible(page, what) {
  const found = await violations(page);
  if (found.length)
    await page.screenshot({ path: `${ARTIFACTS}/a11y-${what.replace(/\W+/g, '-')}.png`, fullPage: true });
  assert.deepEqual(found, [], `axe found ${found.length} violation(s) on ${what}:\n  ${found.join('\n  ')}`);
}

/** What a keyboard user must be able to reach: every visible, enabled control. */
const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';

/**
 * Tabs through the whole page once from the top, then back with Shift+Tab, noting what takes the
 * focus. Returns the controls never reached, the focus stops that are no control (a stray tab
 * stop), and whether the way back met the same stops in reverse.
 */
async function tabThrough(page) {
  await page.evaluate(() => document.activeElement?.blur());
  const walk = async (key) => {
    await page.evaluate(() => (window.__stops = []));
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press(key);
      // Done when the focus leaves the page or, as Chromium may wrap around, is back at the first stop.
      const done = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return true;
        if (window.__stops.length > 1 && el === window.__stops[0]) return true;
        if (window.__stops.at(-1) !== el) window.__stops.push(el);
        return false;
      });
      if (done) return;
    }
    assert.fail(`400 presses of ${key} never left the page: is the focus trapped?`);
  };
  await walk('Tab');
  const forward = await page.evaluate((controls) => {
    const describe = (el) => el.outerHTML.slice(0, 140);
    window.__forward = window.__stops;
    const seen = new Set(window.__stops);
    // A radio group is one tab stop: the arrow keys move within it.
    const groups = new Set(window.__stops.filter((el) => el.type === 'radio').map((el) => el.name));
    const reached = (el) => seen.has(el) || (el.type === 'radio' && groups.has(el.name));
    return {
      count: seen.size,
      missed: [...document.querySelectorAll(controls)]
        .filter((el) => !el.disabled && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length)
        .filter((el) => !reached(el))
        .map(describe),
      stray: window.__stops.filter((el) => !el.matches(controls)).map(describe),
    };
  }, CONTROLS);
  await walk('Shift+Tab');
  const sameWayBack = await page.evaluate(
    () =>
      window.__stops.length === window.__forward.length &&
      window.__stops.every((el, i) => el === window.__forward.at(-1 - i)),
  );
  return { ...forward, sameWayBack };
}

async function assertTabOrder(page) {
  const { count, missed, stray, sameWayBack } = await tabThrough(page);
  assert.ok(count > 5, `only ${count} elements took the focus`);
  assert.deepEqual(missed, [], `Tab never reached:\n  ${missed.join('\n  ')}`);
  assert.deepEqual(stray, [], `Tab stopped on elements that are no control:\n  ${stray.join('\n  ')}`);
  assert.ok(sameWayBack, 'Shift+Tab did not walk back through the same stops');
}

/** Presses Tab until `target` (a locator) has the focus; fails after `limit` presses. */
async function tabTo(page, target, { limit = 200, key = 'Tab' } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
  }
  assert.fail(`${limit} presses of ${key} never reached ${target}`);
}

describe('accessibility (axe-core and the keyboard) in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    server = await startPreview();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path, selectors, options) {
    const opened = await newPage(browser, options);
    await gotoInteractive(opened.page, server.url + path);
    await settle(opened.page, selectors);
    return opened;
  }
  const DASHBOARD_READY = ['.kpi-card[data-figure]', '.recharts-surface', '.timeline [data-mark]'];
  const TIMELINE_READY = ['.timeline[data-ready="true"] [data-mark]'];

  for (const colorScheme of ['light', 'dark']) {
    it(`the dashboard has no violations in the ${colorScheme} theme`, async () => {
      const { page, problems, context } = await open(DASHBOARD, DASHBOARD_READY, { ...AXE_PAGE, colorScheme });
      await assertAccessible(page, `the dashboard (${colorScheme})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the dashboard in German has no violations', async () => {
    const { page, problems, context } = await open(DASHBOARD, DASHBOARD_READY, { ...AXE_PAGE, locale: 'de-DE' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await assertAccessible(page, 'the dashboard (de)');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the timeline page has no violations, with and without a selected event', async () => {
    const { page, problems, context } = await open(TIMELINE, TIMELINE_READY, AXE_PAGE);
    await assertAccessible(page, 'the timeline page');
    await gotoInteractive(page, `${server.url}${TIMELINE}?event=denial-2013-02`);
    await settle(page, [...TIMELINE_READY, '.timeline-detail__title']);
    await assertAccessible(page, 'the timeline page with an event selected');
    assert.deepEqual(problems, []);
    await context.close();
  });

  // The deals index with every row it can show: the generated deals too, and their marks.
  const INDEX = '/deals?generated=1';
  const INDEX_READY = ['.deals-table tbody tr[data-deal^="synthetic-"]'];
  for (const [colorScheme, locale] of [
    ['light', 'en-GB'],
    ['dark', 'de-DE'],
  ]) {
    it(`the deals index has no violations (${colorScheme}, ${locale}), and every control takes the focus`, async () => {
      const { page, problems, context } = await open(INDEX, INDEX_READY, { ...AXE_PAGE, colorScheme, locale });
      await assertAccessible(page, `the deals index (${colorScheme}, ${locale})`);
      await assertTabOrder(page);
      // An empty list, with its message and its button.
      await page.getByRole('searchbox').fill('no deal has this name');
      await page.locator('.deals-empty button').waitFor();
      await assertAccessible(page, `the empty deals index (${colorScheme}, ${locale})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the open Embed dialog has no violations', async () => {
    const { page, problems, context } = await open(DASHBOARD, DASHBOARD_READY, AXE_PAGE);
    await page.getByRole('button', { name: 'Embed “Stake in Sina Weibo”' }).click();
    await page.getByRole('dialog', { name: 'Embed “Stake in Sina Weibo”' }).waitFor();
    await assertAccessible(page, 'the Embed dialog');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const theme of ['light', 'dark']) {
    it(`every embed has no violations in the ${theme} theme`, async () => {
      const { page, problems, context } = await newPage(browser, AXE_PAGE);
      const found = [];
      for (const widget of WIDGETS) {
        await gotoInteractive(page, `${server.url}/embed/${DEAL_ID}/${widget}?theme=${theme}`);
        const content =
          widget === 'kpis'
            ? '.kpi-card[data-figure]'
            : widget === 'timeline'
              ? '.timeline [data-mark]'
              : '.recharts-surface';
        await settle(page, ['.embed__footer', content]);
        found.push(...(await violations(page)).map((v) => `${widget}: ${v}`));
      }
      assert.deepEqual(found, [], `axe found violations in the ${theme} embeds:\n  ${found.join('\n  ')}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('the timeline page works from the keyboard alone: every control, an event, an export', async () => {
    const { page, problems, context } = await open(TIMELINE, TIMELINE_READY, { acceptDownloads: true });

    // Every control is reachable with Tab and Shift+Tab, and nothing else takes a stop.
    await assertTabOrder(page);

    // Open an event's detail from the list: the second event, by ArrowDown and Enter.
    await page.evaluate(() => document.activeElement?.blur());
    const list = page.locator('.timeline-list[role="listbox"]');
    await tabTo(page, list);
    await page.keyboard.press('ArrowDown');
    const active = await list.evaluate((el) => {
      const option = document.getElementById(el.getAttribute('aria-activedescendant'));
      return option.querySelector('.timeline-option__title').textContent;
    });
    await page.keyboard.press('Enter');
    const detail = page.locator('.timeline-detail__title');
    await detail.waitFor();
    assert.equal(await detail.textContent(), active);
    await page.waitForURL((url) => url.searchParams.has('event'));

    // Run an export from the keyboard.
    const csv = page.getByRole('button', { name: 'Table (CSV)' });
    await tabTo(page, csv);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^alibaba-sina-weibo-2013-timeline-.*\.csv$/);
    assert.ok(readFileSync(await download.path()).length > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the dashboard works from the keyboard alone: source details and the Embed dialog', async () => {
    const { page, problems, context } = await open(DASHBOARD, DASHBOARD_READY);
    await assertTabOrder(page);

    await page.evaluate(() => document.activeElement?.blur());
    const source = page.getByRole('button', { name: /Source: silicon\.de, line 1/ }).first();
    await tabTo(page, source);
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: /Price paid/ });
    await details.waitFor();
    assert.match(await details.textContent(), /beläuft sich genauer auf 450 Millionen Euro/);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    assert.equal(await source.evaluate((el) => el === document.activeElement), true);

    const embed = page.getByRole('button', { name: 'Embed “Stake in Sina Weibo”' });
    await tabTo(page, embed);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Embed “Stake in Sina Weibo”' });
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((el) => el.contains(document.activeElement)), true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await embed.evaluate((el) => el === document.activeElement), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
