// A report with the dashboard's embeds: a host page on a port of its own (another origin than the
// app's), carrying one responsive embed per widget as the Embed dialog writes it, as an analyst's
// report would. measureReport() times it cold until every widget has drawn, and sums the JavaScript
// and the heap it costs; the host with `?n=1` carries the first widget only, so that the difference
// between the two is the cost per extra embed.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { freePort, newPage } from '../e2e/harness.mjs';

const DEAL = 'alibaba-sina-weibo-2013';
const DRAWN_TIMEOUT_MS = 60_000;
const MB = 1_048_576;
/** How long no request may be in flight before the report's downloads count as complete (as networkidle). */
const QUIET_MS = 500;
/**
 * The Embed dialog writes loading="lazy", and Chromium loads a lazy iframe only once it comes near
 * the viewport: in a 1280x800 window the lower embeds of a report would wait for a reader to scroll.
 * A window taller than the whole report shows every embed at once, so "every widget drawn" is when
 * they all are, with no scrolling to time; measureReport() fails if the report is taller than this.
 */
const VIEWPORT = { width: 1280, height: 9_000 };

/**
 * Each widget's title (what its Embed dialog names it), its embed's height and its embed's address,
 * from the app's own modules rather than from parsing their text: the widget registry
 * (the routes and widgets table, src/app/site.ts: `title`, a message key, and `embedHeight`), the English messages
 * (src/lib/i18n.ts) and the embed address the dialog writes (src/app/embed/embed-urls.ts), loaded
 * with Vite's module runner as the build's prerender step loads the app. The bench's report is
 * light and English: `${appUrl}/embed/<deal>/<widget>?theme=light`. Should the dialog write another
 * address for that, or a widget have no title or height, this fails, naming what it found.
 */
async function widgetEntries(appUrl) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const load = async (id) => (await runnerImport(id, { root, configFile: false, logLevel: 'error' })).module;
  const [{ WIDGET_TABLE: WIDGETS }, { translate }, { embedUrl }] = await Promise.all([
    load('/src/app/site.ts'),
    load('/src/lib/i18n.ts'),
    load('/src/app/embed/embed-urls.ts'),
  ]);
  const entries = {};
  for (const id of Object.keys(WIDGETS)) {
    const entry = WIDGETS[id];
    const title = entry && translate('en', entry.title);
    const height = entry?.embedHeight;
    if (typeof title !== 'string' || !title.trim() || !Number.isInteger(height) || height <= 0) {
      throw new Error(
        `report page: widget "${id}" has no title or embedHeight in src/app/site.ts ` +
          `(title ${JSON.stringify(title)}, embedHeight ${JSON.stringify(height)})`,
      );
    }
    const src = embedUrl(appUrl, DEAL, id, new URLSearchParams(), { theme: 'light', locale: 'en' });
    const expected = `${appUrl}/embed/${encodeURIComponent(DEAL)}/${id}?theme=light`;
    if (src !== expected) {
      throw new Error(
        `report page: the Embed dialog writes ${src} for a light English embed of "${id}", ` +
          `where the bench expects ${expected}: see what changed in src/app/embed/embed-urls.ts`,
      );
    }
    entries[id] = { title, height, src };
  }
  return entries;
}

const attr = (text) => text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]);

/** The responsive embed code of src/app/embed/embed-dialog.tsx, for a light, English embed. */
function embedCode(appUrl, { title, height, src }) {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-deal-embed style="width:100%;border:0;height:${height}px" loading="lazy"></iframe>\n` +
    `<script src="${attr(appUrl)}/embed.js" async></script>`
  );
}

const PROSE = [
  'Alibaba bought 18 % of Sina Weibo in April 2013, with an option to go to 30 %. The figures below come ' +
    'from the deal file; each chart states whether a number was reported, derived or modelled.',
  'What Alibaba paid for its stake, and how it grew from the rumoured share to the share acquired.',
  'The price per share set against what it implies for Weibo as a whole, in the currency the reader chooses.',
  'The extra revenue the cooperation was expected to bring, year by year, under the profile the filing describes.',
  'How many users Weibo had registered when the deal was made, and how the count went on.',
  'What the option would have been worth at a range of valuations at its exercise.',
  'How the deal unfolded, from the first rumour to the closing, with the sources for each step.',
];

/** The report's HTML: a heading, text between the embeds, and one responsive embed per widget. */
function reportHtml(appUrl, widgets, entries) {
  const sections = widgets.map(
    (widget, i) =>
      `<h2>${attr(entries[widget].title)}</h2>\n<p>${PROSE[(i + 1) % PROSE.length]}</p>\n` +
      embedCode(appUrl, entries[widget]),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Research note: Alibaba and Sina Weibo</title>
<style>
  body { margin: 0; font: 17px/1.55 Georgia, serif; color: #222; background: #fff; }
  main { max-width: 640px; margin: 0 auto; padding: 32px 16px; }
  h1 { font-size: 30px; line-height: 1.2; }
  h2 { font-size: 21px; margin-top: 32px; }
</style>
</head>
<body>
<main>
<h1>Alibaba and Sina Weibo: the 2013 stake in figures</h1>
<p>${PROSE[0]}</p>
${sections.join('\n')}
<p>All figures as published by the sources named in each chart.</p>
</main>
</body>
</html>
`;
}

/**
 * Serves the report on 127.0.0.1 and a free port of its own: `/` carries an embed of each of
 * `only` (ids of the widget registry; all of them by default), `/?n=k` only the first k. Resolves to { url, stop }.
 */
export async function startReportHost(appUrl, only) {
  const entries = await widgetEntries(appUrl);
  // Every widget of the registry, in the dashboard's order, unless asked for fewer.
  const widgets = only ?? Object.keys(entries);
  const unknown = widgets.filter((w) => !entries[w]);
  if (unknown.length) throw new Error(`report page: unknown widget(s) ${unknown.join(', ')}`);
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://host');
    if (url.pathname !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const n = url.searchParams.has('n') ? Number(url.searchParams.get('n')) : widgets.length;
    if (!Number.isInteger(n) || n < 1 || n > widgets.length) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`n must be 1..${widgets.length}`);
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(reportHtml(appUrl, widgets.slice(0, n), entries));
  });
  const port = await freePort();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs in every frame before its scripts (a context init script): in an embed, records when its widget
 * has painted, by the browser's Element Timing (as painted.mjs times the app's pages): the KPI cards'
 * four figures ("key-figure"), a chart's picture in the HTML ("chart-picture", on its <svg> and first
 * <text>), the timeline's SVG text (named here as it is inserted). It reports the absolute time
 * (timeOrigin + renderTime) through the `__reportDrawn` binding, with the bench's old measure beside
 * it: the animation frame after a MutationObserver first sees the widget drawn.
 */
const RECORD_DRAWN = () => {
  // /embed/<deal>/<widget>, or with a language prefix (/de/embed/...).
  const match = /^(?:\/[a-z]{2})?\/embed\/[^/]+\/([^/]+)$/.exec(location.pathname);
  if (!match) return;
  const widget = match[1];
  const timing = widget === 'kpis' ? 'key-figure' : widget === 'timeline' ? 'timeline' : 'chart-picture';
  const count = widget === 'kpis' ? 4 : 1;
  const selector =
    widget === 'kpis'
      ? '.kpi-card__value'
      : widget === 'timeline'
        ? 'svg.timeline-svg [data-mark]'
        : '.recharts-bar-rectangle, .recharts-line-curve, .recharts-area';
  const drawn = () => {
    const found = [...document.querySelectorAll(selector)];
    return widget === 'kpis' ? found.length >= 4 && found.every((e) => e.textContent.trim()) : found.length > 0;
  };
  let raf = null;
  const observer = new MutationObserver(() => {
    if (widget === 'timeline') {
      for (const text of document.querySelectorAll('svg.timeline-svg text:not([elementtiming])')) {
        text.setAttribute('elementtiming', timing);
      }
    }
    if (raf !== null || !drawn()) return;
    raf = 0;
    requestAnimationFrame(() => (raf = performance.timeOrigin + performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const times = [];
  let reported = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === timing) times.push(entry.renderTime || entry.loadTime);
    if (reported || times.length < count) return;
    reported = true;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    window.__reportDrawn(widget, {
      painted: performance.timeOrigin + Math.max(...times.slice(0, count)),
      raf: raf || null,
      fcp: fcp === undefined ? null : performance.timeOrigin + fcp,
    });
  }).observe({ type: 'element', buffered: true });
};

/** Every frame's scripts by when each finished downloading (resource timing, absolute ms): URL -> earliest end. */
async function scriptArrivals(page) {
  const arrivals = new Map();
  for (const frame of page.frames()) {
    const entries = await frame
      .evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
          .map((e) => ({ url: e.name, end: performance.timeOrigin + e.responseEnd })),
      )
      .catch(() => []);
    for (const { url, end } of entries) if (!(arrivals.get(url) <= end)) arrivals.set(url, end);
  }
  return arrivals;
}

/**
 * The heap the report keeps, after garbage collection, in MB: every V8 isolate its frames run in,
 * each counted once. The embeds come from another port of the same host, which is the same site
 * (a site is scheme and host, ports aside), so Chromium's site isolation keeps them in the host
 * page's renderer process, and the page's own session sees one isolate holding the host and every
 * embed. Should a frame run in a process of its own (an out-of-process iframe, as embeds from
 * another site would), Playwright gives it a session of its own: its isolate is added, once.
 */
async function heapOf(context, page) {
  const sessions = [await context.newCDPSession(page)];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      sessions.push(await context.newCDPSession(frame));
    } catch {
      // Not an out-of-process frame: its heap is in its parent's isolate, counted there.
    }
  }
  const isolates = new Map();
  try {
    for (const session of sessions) {
      const { id } = await session.send('Runtime.getIsolateId');
      if (!isolates.has(id)) isolates.set(id, session);
    }
    let used = 0;
    for (const session of isolates.values()) {
      await session.send('HeapProfiler.collectGarbage');
      used += (await session.send('Runtime.getHeapUsage')).usedSize;
    }
    return { heapMB: used / MB, isolates: isolates.size, outOfProcessFrames: sessions.length - 1 };
  } finally {
    for (const session of sessions) await session.detach().catch(() => {});
  }
}

/**
 * Follows the page's requests (every frame's) from now on; `quiet()` resolves once none has been in
 * flight for `quietMs`. Playwright's own "networkidle" is not used: with seven frames revalidating
 * the same chunks it sometimes never arrives although no request is left in flight.
 */
function trackRequests(page) {
  const inflight = new Set();
  let onChange = () => {};
  page.on('request', (request) => {
    inflight.add(request);
    onChange();
  });
  for (const event of ['requestfinished', 'requestfailed']) {
    page.on(event, (request) => {
      inflight.delete(request);
      onChange();
    });
  }
  return {
    quiet: (quietMs, timeoutMs) =>
      new Promise((resolve, reject) => {
        let timer;
        const deadline = setTimeout(() => {
          clearTimeout(timer);
          onChange = () => {};
          const urls = [...inflight].map((r) => r.url());
          reject(
            new Error(
              `report page: the network did not go quiet within ${timeoutMs / 1000} s (in flight: ${urls.join(', ') || 'none'})`,
            ),
          );
        }, timeoutMs);
        // A quiet spell is the condition: it restarts whenever a request starts or ends.
        onChange = () => {
          clearTimeout(timer);
          if (inflight.size === 0) timer = setTimeout(done, quietMs);
        };
        const done = () => {
          clearTimeout(deadline);
          onChange = () => {};
          resolve();
        };
        onChange();
      }),
  };
}

/**
 * One cold run of the report at `reportUrl` in a fresh context. Resolves to
 * { drawnMs, perWidget, jsBytes, jsGzipBytes, scripts, jsLoadedBytes, scriptLoads, heapMB, isolates,
 * outOfProcessFrames, problems }:
 * - drawnMs: when the last widget painted, perWidget: when each did (RECORD_DRAWN: Element Timing), in ms
 *   from the host page's navigation start (its timeOrigin; each frame records an absolute time);
 *   perWidgetRaf the old animation-frame measure, perWidgetFcp each embed's first-contentful-paint;
 * - jsByPaintGzipBytes / scriptsByPaint: the scripts (each URL once, gzip level 9) whose download had
 *   ended (resource timing, any frame) by the last widget's paint;
 * - jsBytes / jsGzipBytes: the scripts the report downloaded, each URL once whichever frames asked
 *   for it, raw and gzip level 9 (as js-size.mjs), once the network is quiet; `scripts` their count;
 * - jsLoadedBytes: raw, every script load of every frame, each counted at its URL's size (a chunk
 *   seven embeds load counts seven times, whether fetched, revalidated or cached); `scriptLoads`;
 * - heapMB: the JS heap after garbage collection, in MB (1,048,576 bytes), of every isolate involved.
 */
export async function measureReport(browser, reportUrl) {
  const { context, page, problems } = await newPage(browser, { viewport: VIEWPORT });
  const requests = trackRequests(page);
  const drawn = new Map();
  let expected = null;
  let allDrawn;
  const done = new Promise((resolve) => (allDrawn = resolve));
  const check = () => {
    if (expected !== null && expected.every((w) => drawn.has(w))) allDrawn();
  };
  // Every script response of every frame. `vite preview` answers with "Cache-Control: no-cache", so a
  // frame that asks for a chunk another frame has fetched revalidates it: a 304 without a body, or
  // a 200 when the other frame's request is still under way. Each load is counted by its URL's body.
  const scripts = [];
  page.on('response', (response) => {
    const url = response.url();
    if (response.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(url)) return;
    if (response.status() === 304) {
      scripts.push(Promise.resolve({ url, revalidated: true }));
      return;
    }
    scripts.push(
      response.body().then(
        (body) => ({ url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        (error) => ({ url, error: `${response.status()} ${error.message}` }),
      ),
    );
  });
  try {
    await context.exposeBinding('__reportDrawn', ({ frame }, widget, times) => {
      if (drawn.has(widget)) throw new Error(`report page: widget "${widget}" reported twice (${frame.url()})`);
      drawn.set(widget, times);
      check();
    });
    await context.addInitScript(RECORD_DRAWN);
    await page.goto(reportUrl);
    // The widgets this report carries, from its own markup, and whether all of them are in view.
    const layout = await page.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      widgets: [...document.querySelectorAll('iframe[data-deal-embed]')].map(
        (f) => /\/embed\/[^/]+\/([^/?]+)/.exec(f.src)?.[1] ?? f.src,
      ),
      height: document.documentElement.scrollHeight,
    }));
    if (layout.widgets.length === 0) throw new Error(`report page: ${reportUrl} carries no embed`);
    if (layout.height > VIEWPORT.height) {
      throw new Error(
        `report page: the report is ${layout.height} px tall, taller than the ${VIEWPORT.height} px window: ` +
          'its lazy embeds below the window would not load; make the window taller',
      );
    }
    expected = layout.widgets;
    check();
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `report page: within ${DRAWN_TIMEOUT_MS / 1000} s, widget(s) ${expected.filter((w) => !drawn.has(w)).join(', ')} ` +
                `did not draw (drawn: ${[...drawn.keys()].join(', ') || 'none'})\nproblems: ${JSON.stringify(problems)}`,
            ),
          ),
        DRAWN_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
    const since = (at) => (at === null ? NaN : at - layout.timeOrigin);
    const perWidget = Object.fromEntries(expected.map((w) => [w, since(drawn.get(w).painted)]));
    const perWidgetRaf = Object.fromEntries(expected.map((w) => [w, since(drawn.get(w).raf)]));
    const perWidgetFcp = Object.fromEntries(expected.map((w) => [w, since(drawn.get(w).fcp)]));
    const drawnMs = Math.max(...Object.values(perWidget));
    const lastPaintAt = layout.timeOrigin + drawnMs;

    // Everything each embed fetches after its first draw (its other queries, prefetched code) belongs to
    // what the report costs: count the scripts once the network has been quiet for 500 ms.
    await requests.quiet(QUIET_MS, DRAWN_TIMEOUT_MS);
    const loads = await Promise.all(scripts);
    const unreadable = loads.filter((f) => f.error);
    if (unreadable.length) {
      throw new Error(
        `report page: script bodies unreadable: ${unreadable.map((f) => `${f.url} (${f.error})`).join(', ')}`,
      );
    }
    // Each script once, by URL. Its size is the largest body read for it: a frame that got a chunk
    // another frame was fetching at the same moment can read an empty body.
    const once = new Map();
    for (const f of loads) if (!f.revalidated && !(once.get(f.url)?.raw >= f.raw)) once.set(f.url, f);
    const missing = loads.filter((f) => !once.has(f.url));
    if (missing.length)
      throw new Error(`report page: 304 for scripts never fetched: ${missing.map((f) => f.url).join(', ')}`);
    const sum = (list, key) => [...list].reduce((total, f) => total + f[key], 0);
    // What had arrived when the last picture painted: each script once, whichever frame fetched it first.
    const arrivals = await scriptArrivals(page);
    const byPaint = [...once.values()].filter((f) => arrivals.get(f.url) <= lastPaintAt);

    const heap = await heapOf(context, page);
    const uncaught = problems.filter((p) => p.startsWith('uncaught:'));
    if (uncaught.length) throw new Error(`report page: a frame threw:\n  ${uncaught.join('\n  ')}`);
    return {
      drawnMs,
      perWidget,
      perWidgetRaf,
      perWidgetFcp,
      jsByPaintGzipBytes: sum(byPaint, 'gzip'),
      scriptsByPaint: byPaint.length,
      jsBytes: sum(once.values(), 'raw'),
      jsGzipBytes: sum(once.values(), 'gzip'),
      scripts: once.size,
      jsLoadedBytes: sum(
        loads.map((f) => once.get(f.url)),
        'raw',
      ),
      scriptLoads: loads.length,
      ...heap,
      problems,
    };
  } finally {
    await context.close();
  }
}
