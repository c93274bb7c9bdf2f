// When a page paints what it shows, and how much its layout shifts, recorded inside the page by a
// context init script (it runs before any of the page's own scripts, boot.js included):
// - "painted": the browser's own paint time of the watched element, from Element Timing
//   (PerformanceObserver 'element', buffered): the renderTime of the entry named by the watch's
//   `timing` (the app's components carry `elementtiming`: "key-figure" on a key figure, "chart-picture"
//   on a chart picture's <svg> and its first <text>, since Chromium reports an SVG's text, not the
//   <svg>). What the app does not name (the reference's live chart, the timeline) the recorder names as
//   it is inserted (`tag`), before it can paint. With `count`, the last of the first `count` entries.
// - "inserted": when a MutationObserver first sees the watch's selectors match; "raf": the
//   animation frame after that (the bench's old measure of "painted", printed beside for comparison);
// - the paint entries: first-paint, first-contentful-paint, and the last largest-contentful-paint;
// - CLS: the sum of every 'layout-shift' entry without recent input (PerformanceObserver, buffered),
//   from navigation until the caller reads it;
// - when <html data-interactive="true"> was set (the client has taken the prerendered page over).
import { newPage } from '../e2e/harness.mjs';

/**
 * What a watch waits for: `timing`, the Element Timing name whose entry is its paint (`count`
 * entries, the last of them); `tag`, elements the recorder names so (the reference, the timeline);
 * `selectors`, when it is "inserted" (every selector matches at least `count`, with text when `text`).
 */
export const WATCHES = {
  /** The reference page's one chart: its live Recharts SVG's first text (axis label), named by the recorder. */
  referenceChart: {
    timing: 'chart',
    tag: 'svg.recharts-surface text',
    selectors: [{ selector: '.recharts-bar-rectangle' }],
  },
  /** The dashboard's first chart picture (from the HTML; the live chart takes over later). */
  chartPicture: { timing: 'chart-picture', selectors: [{ selector: '.recharts-bar-rectangle' }] },
  /** The four key figures (the dashboard's, the KPI embed's). */
  keyFigures: {
    timing: 'key-figure',
    count: 4,
    selectors: [{ selector: '.kpi-card__value', count: 4, text: true }],
  },
  /** A timeline's axis and marks: its SVG's first text, named by the recorder. */
  timelineMarks: {
    timing: 'timeline',
    tag: 'svg.timeline-svg text',
    selectors: [{ selector: 'svg.timeline-svg [data-mark]' }],
  },
};

/** Runs in the page before its scripts (top frame only): see the head of this file. */
const RECORD = (watches) => {
  if (window.top !== window) return;
  const bench = (window.__bench = {
    inserted: {},
    raf: {},
    painted: {},
    marked: {},
    paints: {},
    lcp: null,
    interactive: null,
    cls: 0,
    shifts: [],
  });
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node?.nodeName?.toLowerCase() ?? '?';
    const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/).filter(Boolean) : [];
    return node.localName + (node.id ? `#${node.id}` : '') + classes.map((c) => `.${c}`).join('');
  };
  const met = (conditions) =>
    conditions.every(({ selector, count = 1, text = false }) => {
      const found = document.querySelectorAll(selector);
      return found.length >= count && (!text || [...found].every((e) => e.textContent.trim() !== ''));
    });
  const tags = Object.values(watches).filter((w) => w.tag);
  const pending = Object.entries(watches);
  const observer = new MutationObserver(() => {
    if (bench.interactive === null && document.documentElement?.dataset.interactive === 'true') {
      bench.interactive = performance.now();
    }
    // Named before they paint: a mutation's callback runs before the next rendering update.
    for (const { tag, timing } of tags) {
      for (const element of document.querySelectorAll(`${tag}:not([elementtiming])`)) {
        element.setAttribute('elementtiming', timing);
      }
    }
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const [name, { selectors }] = pending[i];
      if (!met(selectors)) continue;
      pending.splice(i, 1);
      bench.inserted[name] = performance.now();
      requestAnimationFrame(() => {
        bench.raf[name] = performance.now();
      });
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-interactive'],
  });
  const seen = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      (seen[entry.identifier] ??= []).push(entry.renderTime || entry.loadTime);
    }
    for (const [name, { timing, count = 1 }] of Object.entries(watches)) {
      const times = seen[timing] ?? [];
      if (bench.painted[name] !== undefined || times.length < count) continue;
      bench.painted[name] = Math.max(...times.slice(0, count));
      // A mark now, in both clocks: traceAppJsStart lines the trace's up with the page's by it.
      bench.marked[name] = performance.now();
      performance.mark(`bench:painted:${name}`);
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.paints[entry.name] = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({
        at: entry.startTime,
        value: entry.value,
        sources: (entry.sources ?? []).map((s) => describe(s.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Installs the recorder in `page` (before it navigates): `watches` maps names to WATCHES entries. */
export function recordPage(page, watches = {}) {
  return page.addInitScript(RECORD, watches);
}

/** What the recorder has seen so far, and the page's first contentful paint. */
export function readRecord(page) {
  return page.evaluate(() => ({
    ...window.__bench,
    fcp: window.__bench.paints['first-contentful-paint'] ?? null,
  }));
}

/** Waits until every watch named has painted; fails naming the ones that did not. */
export async function waitForPainted(page, names, timeoutMs, problems = []) {
  try {
    await page.waitForFunction((names) => names.every((n) => window.__bench?.painted[n] !== undefined), names, {
      timeout: timeoutMs,
      polling: 50,
    });
  } catch (error) {
    const state = await page.evaluate(() => window.__bench ?? null).catch(() => null);
    const missing = names.filter((n) => state?.painted[n] === undefined);
    throw new Error(
      `${page.url()}: not painted within ${timeoutMs / 1000} s: ${missing.join(', ')} ` +
        `(${error.message.split('\n')[0]})\nproblems: ${JSON.stringify(problems)}`,
      { cause: error },
    );
  }
}

/** Waits until the client has taken the page over (<html data-interactive="true">, see src/lib/hydration.ts). */
export async function waitForInteractive(page, timeoutMs, problems = []) {
  try {
    await page.waitForFunction(() => document.documentElement.dataset.interactive === 'true', null, {
      timeout: timeoutMs,
      polling: 50,
    });
  } catch (error) {
    throw new Error(
      `${page.url()}: not interactive within ${timeoutMs / 1000} s (${error.message.split('\n')[0]})\n` +
        `problems: ${JSON.stringify(problems)}`,
      { cause: error },
    );
  }
}

/**
 * One cold load of `url` in a fresh context: waits until every watch has painted and, with
 * `interactive`, until the page is interactive, then `settleMs` more (CLS counts until then).
 * With `trace`, the load runs under a Chromium performance trace and the result carries `appJs`
 * (traceAppJsStart) for the watch named `trace`. Fails on an uncaught exception in the page.
 */
export async function measurePage(browser, url, { watches = {}, interactive = true, settleMs = 0, timeoutMs, trace }) {
  const { context, page, problems } = await newPage(browser);
  let tracing = false;
  try {
    await recordPage(page, watches);
    if (trace) {
      // v8: module compiles name their URL (evaluations do not), which tells an embed's entry from the app.
      await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8'] });
      tracing = true;
    }
    await page.goto(url);
    await waitForPainted(page, Object.keys(watches), timeoutMs, problems);
    // Traced: until the app has run, which a prerendered embed loads when idle.
    if (interactive || trace) await waitForInteractive(page, timeoutMs, problems);
    if (settleMs) await page.waitForTimeout(settleMs);
    const record = await readRecord(page);
    if (tracing) {
      tracing = false;
      const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
      record.appJs = traceAppJsStart(events, trace, record.marked[trace], new URL(url).origin);
    }
    const uncaught = problems.filter((p) => p.startsWith('uncaught:'));
    if (uncaught.length) throw new Error(`${url}: the page threw:\n  ${uncaught.join('\n  ')}`);
    return { ...record, problems };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

/**
 * When the app's JavaScript first ran, from the trace of a page load, in the page's own clock (ms
 * since its navigation start): the start of the first evaluation of a module script (the app's are
 * the only module scripts its pages have; Chromium's 'v8.evaluateModule'), or of a call into a
 * script of the app's /assets/ ('EvaluateScript', 'FunctionCall'), whichever is first, on the page's
 * main thread. That is the moment the app's code begins to execute, not a bound on it: fetching and
 * compiling it come before and do not count. On a prerendered embed, from the compile of main.tsx's
 * chunk on (its own small entry runs first: `embedEntryMs`). public/boot.js is a classic script, apart:
 * `bootJs` is when it ran. The two clocks are lined up by the 'bench:painted:<watch>' mark, which
 * is in both (`markedMs` is its time in the page).
 */
export function traceAppJsStart(events, watch, markedMs, origin) {
  const mark = events.find((e) => e.name === `bench:painted:${watch}` && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`the performance trace has no 'bench:painted:${watch}' mark`);
  const onMainThread = (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X';
  const url = (e) => e.args?.data?.url ?? '';
  const app = (e) =>
    e.name === 'v8.evaluateModule' ||
    ((e.name === 'EvaluateScript' || e.name === 'FunctionCall') && url(e).startsWith(`${origin}/assets/`));
  const toPage = (e) => markedMs + (e.ts - mark.ts) / 1000;
  const byTime = (a, b) => a.ts - b.ts;
  // A prerendered embed runs its own small entry first (src/embed-main.ts: it reports the height and
  // waits for the reader); the app is main.tsx's chunk, which it loads later: what runs from then on.
  const compiled = (pattern) =>
    events.filter((e) => e.pid === mark.pid && e.name === 'v8.compileModule' && pattern.test(url(e))).sort(byTime)[0];
  const embedEntry = compiled(/\/assets\/embed-page-[\w-]+\.js$/);
  const appFrom = embedEntry ? (compiled(/\/assets\/main-[\w-]+\.js$/)?.ts ?? Infinity) : -Infinity;
  const first = events.filter((e) => onMainThread(e) && app(e) && e.ts >= appFrom).sort(byTime)[0];
  if (!first) throw new Error("the performance trace shows no evaluation of the app's scripts");
  const entryRan = embedEntry
    ? events.filter((e) => onMainThread(e) && e.name === 'v8.evaluateModule' && e.ts >= embedEntry.ts).sort(byTime)[0]
    : null;
  const boot = events.find((e) => onMainThread(e) && e.name === 'EvaluateScript' && url(e).endsWith('/boot.js'));
  return {
    startMs: toPage(first),
    what: first.name === 'v8.evaluateModule' ? 'module evaluation' : `${first.name} ${url(first)}`,
    bootJsMs: boot ? toPage(boot) : null,
    embedEntryMs: entryRan ? toPage(entryRan) : null,
  };
}
