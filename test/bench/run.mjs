// Timeline bench: first render, one zoom, JS heap and marks drawn for 100, 1,000 and 10,000 events.
// Run with `npm run bench` (BENCH_RUNS=n for n cold runs per size, default 9). It builds into
// dist-bench/ because other people build into dist/ at the same time, and it never writes there.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage, startPreview } from '../e2e/harness.mjs';
import { timeToFirstChart } from './first-chart.mjs';
import { measureBuild, measureReference } from './js-budget.mjs';
import { measureJs, ROUTES } from './js-size.mjs';

// The harness spawns node_modules/vite/... by relative path, so work from the project root wherever we were started.
process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));

const DIST = 'dist-bench';
const READY_TIMEOUT_MS = 60_000;
// Long enough for the effects, the URL write-back (250 ms debounce) and fonts to finish after the first draw.
const SETTLE_MS = 500;
/** Zooms timed per cold run (in, out, in, ...); the run counts their median. */
const ZOOMS = 5;
const MB = 1_048_576;
const SIZES = [
  { label: '100', events: 100, id: 'synthetic-100' },
  { label: '1,000', events: 1_000, id: 'synthetic-1k' },
  { label: '10,000', events: 10_000, id: 'synthetic-10k' },
];

function runsFromEnv() {
  const raw = process.env.BENCH_RUNS ?? '9';
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, got "${raw}"`);
  return runs;
}

function build() {
  // A mock build only: with VITE_API_BASE_URL set the bundle would drop MSW and there would be no synthetic deals.
  const env = { ...process.env };
  delete env.VITE_API_BASE_URL;
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit', env },
  );
  if (result.error) throw new Error(`the build could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`the build failed (exit ${result.status ?? result.signal})`);
  // The yardstick, one Recharts chart in a bare React page, and the floor, React + React Query + the
  // contract's parser with no UI: both built the same way, beside the app.
  for (const [name, base] of [
    ['reference', '/reference/'],
    ['floor', '/floor/'],
  ]) {
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        `test/bench/${name}`,
        '--outDir',
        path.resolve(DIST, name),
        '--base',
        base,
        '--emptyOutDir',
        '--logLevel',
        'error',
        '--manifest',
      ],
      { stdio: 'inherit', env },
    );
    if (result.status !== 0) throw new Error(`the ${name} page's build failed (exit ${result.status})`);
  }
}

/** Runs in the page: clicks a zoom button and times it until the frame that shows the new range. */
async function timeOneZoom(button) {
  const subtitle = () => document.querySelector('.timeline__subtitle')?.textContent ?? null;
  const before = subtitle();
  const t0 = performance.now();
  button.click();
  const sync = performance.now() - t0;
  // Whether the new range was already in the DOM when click() returned. React 19 flushes a discrete update in a
  // microtask queued during the click, so also time the point just after that microtask: render + commit.
  const committedSync = subtitle() !== before;
  await Promise.resolve();
  const commit = performance.now() - t0;
  const committedMicrotask = subtitle() !== before;
  // rAF runs before the next paint and a task queued from it runs after that paint: the frame that shows the zoom.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const frame = performance.now() - t0;
  return { sync, commit, frame, committedSync, committedMicrotask, before, after: subtitle() };
}

/** One cold run: a fresh context (no cache, no service worker yet) on the same browser. */
async function measureOnce(browser, baseUrl, size) {
  // en-US so the zoom button's accessible name is the English "Zoom in".
  const { context, page, problems } = await newPage(browser, { locale: 'en-US' });
  try {
    await page.goto(`${baseUrl}/deals/${size.id}/timeline`);
    try {
      await page.waitForFunction(() => performance.getEntriesByName('timeline:ready').length > 0, null, {
        timeout: READY_TIMEOUT_MS,
        polling: 50,
      });
      await page.locator('.timeline[data-ready="true"]').waitFor({ timeout: READY_TIMEOUT_MS });
    } catch (error) {
      const state = await page
        .evaluate(() => ({
          marks: performance.getEntriesByType('mark').map((m) => m.name),
          timeline: document.querySelector('.timeline')?.outerHTML.slice(0, 200) ?? null,
          body: document.body.innerText.slice(0, 300),
        }))
        .catch(() => null);
      const reason = error.message.split('\n')[0];
      throw new Error(
        `${size.id}: the timeline was not ready within ${READY_TIMEOUT_MS / 1000} s (${reason})\n` +
          `page state: ${JSON.stringify(state)}\nproblems: ${JSON.stringify(problems)}`,
        { cause: error },
      );
    }
    const firstRender = await page.evaluate(() => performance.getEntriesByName('timeline:ready')[0].startTime);
    await page.waitForTimeout(SETTLE_MS);

    const marks = await page.locator('svg.timeline-svg [data-mark]').count();
    const visible = Number(await page.locator('.timeline[data-ready="true"]').getAttribute('data-visible'));

    // Heap after load, garbage collected: what the page keeps, not what it happened to leave lying around.
    // This is the page's own isolate: the MSW service worker runs elsewhere and is not counted.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    // The forced GC and the CDP traffic must not land inside the zoom measurement.
    await page.waitForTimeout(SETTLE_MS);

    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    for (const [name, button] of [
      ['Zoom in', zoomIn],
      ['Zoom out', zoomOut],
    ]) {
      const count = await button.count();
      if (count !== 1) throw new Error(`${size.id}: expected one "${name}" button, found ${count}`);
    }
    const [inHandle, outHandle] = [await zoomIn.elementHandle(), await zoomOut.elementHandle()];
    // ZOOMS zooms, in and out in turn so that every one starts from the fitted view or one step in,
    // each timed inside the page so that no protocol round trip is counted; the run reports their median.
    const zooms = [];
    for (let i = 0; i < ZOOMS; i += 1) {
      const zoom = await page.evaluate(timeOneZoom, i % 2 === 0 ? inHandle : outHandle);
      if (zoom.before === null || zoom.after === zoom.before) {
        throw new Error(`${size.id}: the zoom did not apply: the subtitle stayed "${zoom.before}"`);
      }
      zooms.push(zoom);
      // Let the URL write-back (250 ms debounce) land between zooms, as it would between a user's clicks.
      await page.waitForTimeout(SETTLE_MS);
    }
    await inHandle.dispose();
    await outHandle.dispose();

    const uncaught = problems.filter((p) => p.startsWith('uncaught:'));
    if (uncaught.length) throw new Error(`${size.id}: the page threw:\n  ${uncaught.join('\n  ')}`);

    return {
      firstRender,
      sync: median(zooms.map((z) => z.sync)),
      frame: median(zooms.map((z) => z.frame)),
      commit: median(zooms.map((z) => z.commit)),
      committedSync: zooms.every((z) => z.committedSync),
      committedMicrotask: zooms.every((z) => z.committedMicrotask),
      heap: usedSize / MB,
      marks,
      visible,
      problems,
    };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "median (min–max)" of one figure over the runs, or just the value when every run agrees. */
function summary(samples, key, digits) {
  const values = samples.map((r) => r[key]);
  const f = (v) => v.toFixed(digits);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? f(lo) : `${f(median(values))} (${f(lo)}–${f(hi)})`;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const runs = runsFromEnv();
  console.log(`Building into ${DIST}/ ...`);
  build();

  let server;
  let browser;
  const results = new Map();
  const jsRows = [];
  const firstChart = { reference: [], dashboard: [] };
  let chromiumVersion;
  try {
    server = await startPreview({ dist: DIST });
    browser = await launchBrowser();
    chromiumVersion = browser.version();
    // One discarded run first: the browser's first page pays one-off process and font start-up that would
    // otherwise land on the first size only and skew the 10,000 / 100 ratio.
    await measureOnce(browser, server.url, SIZES[0]);
    // Sizes take turns (100, 1k, 10k, 100, ...) so that a change in the machine's load over the run
    // lands on every size alike instead of skewing the 10,000 / 100 ratio.
    for (const size of SIZES) results.set(size.label, []);
    for (let i = 0; i < runs; i += 1) {
      for (const size of SIZES) {
        results.get(size.label).push(await measureOnce(browser, server.url, size));
        process.stdout.write(`\rtimeline: round ${i + 1}/${runs}, ${size.id}      `);
      }
    }
    process.stdout.write('\n');
    for (const route of ROUTES) jsRows.push(await measureJs(browser, server.url, route));
    for (let i = 0; i < runs; i += 1) {
      firstChart.reference.push(await timeToFirstChart(browser, `${server.url}/reference/`));
      firstChart.dashboard.push(await timeToFirstChart(browser, `${server.url}/deals/alibaba-sina-weibo-2013`));
    }
  } finally {
    await browser?.close();
    await server?.stop();
  }

  const cpus = os.cpus();
  const cpuCount = os.availableParallelism?.() ?? cpus.length;
  console.log('');
  console.log(
    `Chromium ${chromiumVersion} (headless) · ${cpuCount} CPUs (${cpus[0]?.model ?? '?'}) · Node ${process.version}`,
  );
  console.log(
    `${runs} cold run(s) per size, sizes in turn, each in a fresh browser context; median (min–max). ` +
      `Zoom: median of ${ZOOMS} zooms per run.`,
  );
  console.log('');

  const columns = [
    ['first render ms', 'firstRender', 1],
    ['zoom sync ms', 'sync', 1],
    ['zoom commit ms', 'commit', 1],
    ['zoom frame ms', 'frame', 1],
    ['JS heap MB', 'heap', 2],
    ['marks', 'marks', 0],
    ['in view', 'visible', 0],
  ];
  const rows = [['events', ...columns.map(([title]) => title)]];
  for (const size of SIZES) {
    const samples = results.get(size.label);
    rows.push([size.label, ...columns.map(([, key, digits]) => summary(samples, key, digits))]);
  }
  console.log(table(rows));
  console.log('');

  // Say so when click() returned before React had committed: then "sync" is the event dispatch only, not the render.
  const all = [...results.values()].flat();
  const inSync = all.filter((r) => r.committedSync).length;
  const inMicrotask = all.filter((r) => r.committedMicrotask).length;
  console.log(
    `zoom: the new range was in the DOM when click() returned in ${inSync} of ${all.length} runs, ` +
      `and one microtask later (commit) in ${inMicrotask} of ${all.length}.`,
  );
  const consoleErrors = [...new Set(all.flatMap((r) => r.problems))];
  if (consoleErrors.length) console.log(`console errors seen: ${consoleErrors.join(' | ')}`);
  console.log('');

  printJs(jsRows);
  printAgainstReference(firstChart, runs);

  const med = (label, key) => median(results.get(label).map((r) => r[key]));
  const [first100, first10k] = [med('100', 'firstRender'), med('10,000', 'firstRender')];
  const ratio = first10k / first100;
  const frame10k = med('10,000', 'frame');
  const heap10k = med('10,000', 'heap');
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  console.log('Targets (medians):');
  console.log(
    `  first render at 10,000 within 1.5x of 100: ${ratio.toFixed(2)}x ` +
      `(${first10k.toFixed(1)} / ${first100.toFixed(1)} ms)  ${verdict(ratio <= 1.5)}`,
  );
  console.log(
    `  one zoom at 10,000 applied within 50 ms:   ${frame10k.toFixed(1)} ms (frame)  ${verdict(frame10k <= 50)}`,
  );
  console.log(`  JS heap at 10,000 under 25 MB:             ${heap10k.toFixed(2)} MB  ${verdict(heap10k < 25)}`);
  console.log('');
  console.log(
    'Note: figures are from one run on a shared machine; absolute times move with load, ' +
      'so compare the ratios between sizes rather than the milliseconds.',
  );
}

function printAgainstReference(firstChart, runs) {
  const kb = (bytes) => bytes / 1024;
  const { rows, mockLayerGzip } = measureBuild(DIST);
  const initial = Object.fromEntries(rows.map((r) => [r.route, kb(r.gzip)]));
  const reference = kb(measureReference(path.join(DIST, 'reference')));
  const floor = kb(measureReference(path.join(DIST, 'floor')));
  const refMs = median(firstChart.reference);
  const dashMs = median(firstChart.dashboard);
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const charts = ['stake', 'valuation', 'revenue', 'users', 'option'].map((w) => initial[`embed ${w}`]);
  console.log('Initial JS (what a route loads before it draws; gzip level 9, from the build manifest):');
  console.log(
    table([
      ['route', 'initial JS gzip KB', 'vs reference KB'],
      ['reference page (one Recharts chart)', reference.toFixed(1), '0.0'],
      [
        'floor (React, React Query, parser; no UI)',
        floor.toFixed(1),
        `${(floor - reference).toFixed(1)} (${((floor / reference) * 100).toFixed(0)} %)`,
      ],
      ...rows.map((r) => [
        r.route,
        kb(r.gzip).toFixed(1),
        (kb(r.gzip) - reference >= 0 ? '+' : '') + (kb(r.gzip) - reference).toFixed(1),
      ]),
      ['mock layer, loaded on demand only', kb(mockLayerGzip).toFixed(1), ''],
    ]),
  );
  console.log('');
  console.log(
    `Time to first chart, ${runs} cold run(s) each, median: reference ${refMs.toFixed(1)} ms, dashboard ${dashMs.toFixed(1)} ms.`,
  );
  console.log('Targets against the reference page (same run):');
  console.log(
    `  dashboard first chart within 1.3x:        ${(dashMs / refMs).toFixed(2)}x  ${verdict(dashMs / refMs <= 1.3)}`,
  );
  console.log(
    `  dashboard initial JS at most ref + 50 KB:  +${(initial.dashboard - reference).toFixed(1)} KB  ${verdict(initial.dashboard - reference <= 50)}`,
  );
  console.log(
    `  chart embeds at most ref + 25 KB:          +${(Math.max(...charts) - reference).toFixed(1)} KB (largest)  ${verdict(Math.max(...charts) - reference <= 25)}`,
  );
  console.log(
    `  KPI embed under half the reference:        ${((initial['embed kpis'] / reference) * 100).toFixed(0)} %  ${verdict(initial['embed kpis'] < reference / 2)}`,
  );
  console.log('');
}

function printJs(rows) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const dashboard = rows.find((r) => r.route === 'dashboard');
  const out = [
    ['route', 'scripts', 'JS raw KB', 'JS gzip KB', 'app gzip KB', 'mock layer gzip KB', 'app gzip vs dashboard'],
  ];
  for (const r of rows) {
    out.push([
      r.route,
      String(r.files),
      kb(r.raw),
      kb(r.gzip),
      kb(r.appGzip),
      kb(r.mockGzip),
      `${((r.appGzip / dashboard.appGzip) * 100).toFixed(0)} %`,
    ]);
  }
  console.log('JavaScript downloaded per route (fresh context; gzip level 9 of what the page fetched):');
  console.log(table(out));
  console.log('');
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
