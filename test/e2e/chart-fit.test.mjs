import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gotoInteractive, newPage, previewSuite } from './harness.mjs';
import { chartIds } from '../site.mjs';

// Issue 12, point 10, "Nothing cut off": every text of every chart lies inside its chart's box, at
// 320 px, 375 px and wide, in both languages and both currencies, switched in the page as a reader
// does (state computed on the first load must follow a switch) and loaded from the address.
const DASHBOARD = '/deals/alibaba-sina-weibo-2013';
const CHARTS = chartIds();
// The charts whose bars carry value labels: all but the revenue chart's lines.
const LABELLED = CHARTS.filter((w) => w !== 'revenue');
const VIEWPORTS = [
  { width: 320, height: 720 },
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];
const TOLERANCE = 1;

/**
 * Resolves once the page speaks `lang` in `currency`, every chart is drawn with its value labels and
 * nothing has moved or changed its text for several frames. Recharts hides a bar's labels while the
 * bar animates (also when a switch leaves its geometry as it was), so the labels are waited for too.
 */
async function settled(page, lang, currency, { charts = CHARTS, labelled = LABELLED } = {}) {
  await page.waitForFunction(
    ({ lang, currency, charts, labelled }) => {
      const ready =
        document.documentElement.lang === lang &&
        !document.querySelector('.chart-card--pending') &&
        document.querySelector('.timeline svg') &&
        charts.every((w) =>
          document.querySelector(`.chart-card[data-widget="${w}"] .recharts-surface .recharts-bar-rectangle path`),
        ) &&
        labelled.every((w) => document.querySelector(`.chart-card[data-widget="${w}"] .recharts-label-list text`)) &&
        // The valuation card's subtitle ends with the currency its figures are in (when it has figures).
        (!charts.includes('valuation') ||
          document
            .querySelector('.chart-card[data-widget="valuation"] .chart-card__subtitle')
            ?.textContent.endsWith(` ${currency}`));
      const snapshot = [...document.querySelectorAll('main svg path, main svg rect, main svg g, main svg text')]
        .map((e) => {
          if (e.localName !== 'text')
            return `${e.getAttribute('d')}${e.getAttribute('transform')}${e.getAttribute('width')}`;
          const r = e.getBoundingClientRect();
          return `${e.textContent}@${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`;
        })
        .join('|');
      const state = (window.__fit ??= { snapshot: null, count: 0 });
      if (ready && state.snapshot === snapshot) state.count += 1;
      else Object.assign(state, { snapshot, count: 0 });
      return state.count >= 10;
    },
    { lang, currency, charts, labelled },
    { polling: 'raf', timeout: 20_000 },
  );
  await page.evaluate(() => delete window.__fit);
}

async function switchLanguage(page, lang, currency) {
  await page.getByLabel(/^(Language|Sprache)/).selectOption(lang);
  await page.mouse.move(0, 0);
  await settled(page, lang, currency);
}

async function switchCurrency(page, lang, currency) {
  await page.locator('.chart-card[data-widget="valuation"]').getByRole('radio', { name: currency }).click();
  // Off the charts: a tooltip left open by the pointer is not what is measured.
  await page.mouse.move(0, 0);
  await settled(page, lang, currency);
}

/**
 * Every text that sticks out of its box, in the page: SVG text outside its drawing or its card or
 * over another, HTML text outside its card or cut by an element that hides its overflow, and
 * sideways scroll.
 */
function overshoots({ tolerance }) {
  const found = [];
  const report = (element, text) => found.push({ text });
  const round = (n) => Math.round(n * 10) / 10;
  const words = (s) => s.replace(/\s+/g, ' ').trim();
  /** How far `inner` reaches past `outer`, side by side; empty when it lies inside. */
  const beyond = (inner, outer) => {
    const sides = {
      left: outer.left - inner.left,
      right: inner.right - outer.right,
      top: outer.top - inner.top,
      bottom: inner.bottom - outer.bottom,
    };
    return Object.entries(sides)
      .filter(([, by]) => by > tolerance)
      .map(([side, by]) => `${side} ${round(by)} px`);
  };
  const style = (element) => getComputedStyle(element);
  const visible = (element) =>
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    !element.closest('.visually-hidden');
  const clips = (element) => ['hidden', 'clip'].includes(style(element).overflowX);
  const scrolls = (element) =>
    ['auto', 'scroll'].includes(style(element).overflowX) || ['auto', 'scroll'].includes(style(element).overflowY);
  // The timeline's list rows end in an ellipsis by design: the detail beside them holds the whole text.
  const truncatedByDesign = (element) =>
    style(element).textOverflow === 'ellipsis' && element.closest('.timeline-list');
  /** The part of a line a reader can see: scrolled-away parts are not cut, only out of view. */
  const shown = (line, element, card) => {
    let { left, right, top, bottom } = line;
    for (let e = element; e && e !== card; e = e.parentElement) {
      if (!scrolls(e) && !truncatedByDesign(e)) continue;
      const r = e.getBoundingClientRect();
      left = Math.max(left, r.left);
      right = Math.min(right, r.right);
      top = Math.max(top, r.top);
      bottom = Math.min(bottom, r.bottom);
    }
    return right - left > 0 && bottom - top > 0 ? { left, right, top, bottom } : null;
  };

  const boxes = [
    ...[...document.querySelectorAll('main .chart-card[data-widget]')].map((card) => ({
      name: card.dataset.widget,
      card,
    })),
    ...[...document.querySelectorAll('main .kpi-card')].map((card) => ({
      name: `kpis "${words(card.querySelector('.kpi-card__label')?.textContent ?? '')}"`,
      card,
    })),
    ...[...document.querySelectorAll('main .timeline[data-widget]')].map((card) => ({ name: 'timeline', card })),
  ];
  for (const { name, card } of boxes) {
    const cardRect = card.getBoundingClientRect();
    // SVG: every tspan, and every text drawn without one, inside its outermost svg and the card.
    for (const svg of card.querySelectorAll('svg:not(svg svg)')) {
      const svgRect = svg.getBoundingClientRect();
      const drawn = [];
      for (const text of svg.querySelectorAll('tspan, text:not(:has(tspan))')) {
        const content = words(text.textContent);
        if (!content || !visible(text)) continue;
        const rect = text.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        // Two texts drawn over each other are as unreadable as a cut one. A text's box is taller than
        // its letters (room for accents and descenders), so boxes may touch by a quarter of a line;
        // the lines of one text may touch too.
        const whole = text.closest('text');
        for (const other of drawn) {
          if (other.whole === whole) continue;
          const across = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left);
          const down = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top);
          if (across > tolerance && down > Math.min(rect.height, other.rect.height) / 4)
            report(
              text,
              `${name}: svg text "${content}" overlaps "${other.content}" by ${round(across)} px across, ${round(down)} px down`,
            );
        }
        drawn.push({ whole, rect, content });
        const outOfSvg = beyond(rect, svgRect);
        if (outOfSvg.length) report(text, `${name}: svg text "${content}" out of its chart by ${outOfSvg.join(', ')}`);
        const outOfCard = beyond(rect, cardRect);
        if (outOfCard.length) report(text, `${name}: svg text "${content}" out of its card by ${outOfCard.join(', ')}`);
      }
    }
    // HTML: each text's line boxes inside the card, and inside every ancestor that hides its overflow.
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const content = words(node.textContent);
      if (!content || element.closest('svg') || !visible(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()]
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => shown(r, element, card))
        .filter(Boolean);
      for (const line of lines) {
        const out = beyond(line, cardRect);
        if (out.length) report(element, `${name}: "${content}" out of its card by ${out.join(', ')}`);
      }
      for (let clipper = element; clipper && card.contains(clipper); clipper = clipper.parentElement) {
        if (!clips(clipper) || truncatedByDesign(clipper)) continue;
        const clip = clipper.getBoundingClientRect();
        const cut = lines.flatMap((line) => beyond(line, clip));
        if (cut.length)
          report(
            element,
            `${name}: "${content}" cut by <${clipper.localName} class="${clipper.className}"> by ${cut[0]}`,
          );
      }
    }
    // An element that hides its overflow and holds more than it shows cuts something off.
    for (const element of [card, ...card.querySelectorAll('*')]) {
      if (element.closest('svg') || !visible(element) || !clips(element) || truncatedByDesign(element)) continue;
      const over = element.scrollWidth - element.clientWidth;
      if (over > tolerance)
        report(
          element,
          `${name}: <${element.localName} class="${element.className}"> "${words(element.textContent).slice(0, 60)}" hides ${over} px of its content`,
        );
    }
  }
  const scroll = document.scrollingElement.scrollWidth - window.innerWidth;
  if (scroll > 0) report(document.body, `page: scrolls sideways by ${scroll} px`);
  return found;
}

describe('nothing in a chart is cut off, in Chromium', () => {
  const suite = previewSuite();

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width} px, in English and German, in euros and dollars`, async () => {
      const { page, problems, context } = await newPage(suite.browser, { viewport, locale: 'en-GB' });
      const failures = [];
      const check = async (lang, currency, how) => {
        const found = await page.evaluate(overshoots, { tolerance: TOLERANCE });
        for (const { text } of found) failures.push(`${viewport.width} px, ${lang}, ${currency} (${how}): ${text}`);
      };

      await gotoInteractive(page, suite.server.url + DASHBOARD);
      await settled(page, 'en', 'EUR');
      await check('en', 'EUR', 'loaded');
      await switchCurrency(page, 'en', 'USD');
      await check('en', 'USD', 'currency switched');
      await switchLanguage(page, 'de', 'USD');
      await check('de', 'USD', 'language switched');
      await switchCurrency(page, 'de', 'EUR');
      await check('de', 'EUR', 'currency switched');
      await switchLanguage(page, 'en', 'EUR');
      await check('en', 'EUR', 'language switched');
      // Dollars from the address (in the language the page last chose), then German once more.
      await gotoInteractive(page, `${suite.server.url}${DASHBOARD}?currency=USD`);
      await settled(page, 'en', 'USD');
      await check('en', 'USD', 'loaded with ?currency=USD');
      await switchLanguage(page, 'de', 'USD');
      await check('de', 'USD', 'language switched after ?currency=USD');
      // The 2014 cap's longer cost label ("Höchstens: Kosten für … bei 5,5 Mrd. US$") wraps to more lines.
      await gotoInteractive(page, `${suite.server.url}${DASHBOARD}?currency=USD&valuation=5.5`);
      await settled(page, 'de', 'USD');
      await check('de', 'USD', 'loaded at the 2014 cap');
      await switchLanguage(page, 'en', 'USD');
      await check('en', 'USD', 'language switched at the 2014 cap');
      await switchLanguage(page, 'de', 'USD');
      // Earlier days draw fewer, differently scaled bars: on 1 Dec 2012 the one reading is the axis's top.
      for (const day of ['2012-12-01', '2013-03-01']) {
        await gotoInteractive(page, `${suite.server.url}${DASHBOARD}?asof=${day}`);
        await settled(page, 'de', 'EUR', { charts: ['users'], labelled: ['users'] });
        await check('de', 'EUR', `loaded with ?asof=${day}`);
      }

      assert.deepEqual(problems, []);
      await context.close();
      const unique = [...new Set(failures)];
      assert.equal(unique.length, 0, `${unique.length} texts stick out:\n${unique.join('\n')}`);
    });
  }
});
