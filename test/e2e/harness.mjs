// Shared by the browser tests and the bench: serve the production build on a port of our own
// and drive Debian's Chromium through playwright-core (its own browser download fails here).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as pollInterval } from 'node:timers/promises';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nobody listens on right now, on the loopback interface only. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode} before answering ${url}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    // Poll again shortly: the condition is the server answering, bounded by the deadline above.
    await pollInterval(150);
  }
  throw new Error(`nothing answered ${url} within ${timeoutMs} ms`);
}

/**
 * `vite preview` of dist/ (build first); resolves to { url, stop }. Under test/e2e/run.mjs the
 * default build is served once for every file (E2E_PREVIEW_URL), and `stop` leaves it running.
 */
export async function startPreview({ dist } = {}) {
  if (!dist && process.env.E2E_PREVIEW_URL) return { url: process.env.E2E_PREVIEW_URL, stop: async () => {} };
  dist ??= process.env.E2E_DIST || 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/index.html is missing: run "npm run build" first`);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error.message}\n${output}`, { cause: error });
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The Vite dev server (`npm run dev`) on a port of our own, started as node itself so that the PID
 * stopped is the server's; resolves to { url, stop }. `host` is the name the browser uses for it.
 */
export async function startDevServer({ host = 'localhost' } = {}) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error.message}\n${output}`, { cause: error });
  }
  return {
    url: `http://${host}:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium, or a loud failure: a browser test that cannot find a browser never skips. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The contexts opened by the test running now, each with what its pages logged and what the test
 * said it expects: after each test, an error nobody expected fails it (React's duplicate keys, an
 * uncaught exception), as a reader's console would show it.
 */
const opened = [];

/**
 * A page that records console errors and uncaught exceptions, for tests to assert on; every page of
 * its context is watched (a second tab, a popup), and the test that logged an unexpected one fails.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  const watch = { context, problems, expected: [] };
  opened.push(watch);
  context.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  const page = await context.newPage();
  return { context, page, problems };
}

/**
 * This test makes `page` (or any page of its context) log an error matching `pattern` on purpose,
 * such as a failed request it asked the mocked API for: that one does not fail the test. Narrow
 * patterns, please; an expected error that never comes fails the test too.
 */
export function expectConsoleError(page, pattern) {
  const watch = opened.find((w) => w.context === page.context());
  if (!watch) throw new Error('expectConsoleError: this page was not opened with newPage()');
  watch.expected.push({ pattern, seen: false });
}

/** What the contexts opened since the last check logged that nobody expected; forgets them. */
export function unexpectedProblems() {
  const found = [];
  for (const { problems, expected } of opened.splice(0)) {
    for (const problem of problems) {
      const match = expected.find((e) => e.pattern.test(problem));
      if (match) match.seen = true;
      else found.push(problem);
    }
    for (const e of expected) if (!e.seen) found.push(`expected a console error matching ${e.pattern}; none came`);
  }
  return found;
}

// Only under the test runner (node --test sets NODE_TEST_CONTEXT; a test file may also be run on its
// own): the bench imports this module too, and a hook would make it print a test report.
if (process.env.NODE_TEST_CONTEXT || /\.test\.mjs$/.test(process.argv[1] ?? '')) {
  afterEach(() => {
    const found = unexpectedProblems();
    if (found.length > 0) throw new Error(`The page logged errors the test did not expect:\n${found.join('\n')}`);
  });
}

/**
 * Opens `url` and waits until the app answers the reader: it has drawn, or taken over from the
 * prerendered HTML, everything the page shows (main.tsx sets <html data-interactive>). A prerendered
 * page is readable before that, but a click before it would land on inert HTML.
 */
export async function gotoInteractive(page, url, { reach, ...options } = {}) {
  const response = await page.goto(url, options);
  // A prerendered embed loads its app when a reader reaches for it, or when idle (when-wanted.ts):
  // with `reach`, the reader points at it (a test whose clock is fixed may see no idle period).
  if (reach) await page.mouse.move(5, 5);
  await tookOver(page);
  return response;
}

/**
 * Waits until the app has taken `target` (a page or a frame) over: <html data-interactive="true">,
 * on the page the address ends on (one boot.js is leaving for its German address is not it).
 * Polled on a timer, not on animation frames: a page polled every frame is never idle for long, and
 * a prerendered embed waits for a long idle period before it loads its app (when-wanted.ts).
 */
export function tookOver(target, { timeout = 30_000 } = {}) {
  return target.waitForFunction(
    () =>
      document.documentElement.dataset.interactive === 'true' && document.documentElement.dataset.view !== 'leaving',
    null,
    { timeout, polling: 50 },
  );
}

/**
 * Waits until the drawing inside `selector` has stopped moving: every shape's geometry the same for
 * `frames` animation frames in a row (chart bars grow in; a test must not count or photograph them
 * half-grown). A condition, not a fixed sleep: it returns as soon as the page is still.
 */
export async function waitForStill(page, selector = 'body', frames = 5) {
  await page.waitForFunction(
    ({ selector, frames }) => {
      const shapes = document.querySelectorAll(`${selector} svg path, ${selector} svg rect, ${selector} svg g`);
      const snapshot = [...shapes]
        .map((e) => `${e.getAttribute('d') ?? ''}${e.getAttribute('transform') ?? ''}${e.getAttribute('width') ?? ''}`)
        .join('|');
      const state = (window.__still ??= { snapshot: null, count: 0 });
      if (state.snapshot === snapshot) state.count += 1;
      else Object.assign(state, { snapshot, count: 0 });
      return state.count >= frames;
    },
    { selector, frames },
    { polling: 'raf', timeout: 20_000 },
  );
}

/** Resolves once every message posted to the page so far has been handled (messages arrive in order). */
export function messagesHandled(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const marker = `handled:${Math.random()}`;
        const onMessage = (event) => {
          if (event.data !== marker) return;
          window.removeEventListener('message', onMessage);
          requestAnimationFrame(() => resolve());
        };
        window.addEventListener('message', onMessage);
        window.postMessage(marker, '*');
      }),
  );
}

/**
 * The mocked API's own answers, for a test that compares a page with them: the same MSW handlers
 * behind a plain HTTP server (dist-server, from "npm run build:mock-api") on a port of our own. (The
 * page cannot be asked: the built app reaches its API through its own transport, not `fetch('/api')`.)
 */
export async function startMockApi() {
  const { createMockApiServer } = await import('../../dist-server/http-server.js');
  const server = createMockApiServer();
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    /** GET `path` (an `/api/...` path) and its JSON; anything but a 200 is an error naming the path. */
    async get(path) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      if (!response.ok) throw new Error(`the mocked API answered ${path} with ${response.status}`);
      return response.json();
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * For a describe block: serves the build and opens Chromium before its tests, closes both after.
 * Read `suite.server` and `suite.browser` inside the tests.
 */
export function previewSuite(options) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startPreview(options);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/**
 * Waits for what a page's HTML paints before its scripts run (they may be held): the document parsed
 * to the end, every stylesheet applied, `selector` shown and the fonts loaded. A head not yet parsed
 * has no <link> to wait for, and a busy machine then saw an unstyled page.
 */
export async function htmlPainted(page, selector) {
  await page.waitForFunction(() => {
    const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
    return document.readyState !== 'loading' && links.length > 0 && links.every((l) => l.sheet);
  });
  await page.locator(selector).filter({ visible: true }).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Every text a reader meets on a page: its text nodes (hidden tables and SVG titles too) and its labels, one a line. */
export function pageTexts(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.join('\n');
  });
}

/**
 * A host page on a port of its own, as a locked-down wiki embeds: `sources` in iframes sandboxed
 * without allow-scripts, each titled with its source. Resolves to { url, close }.
 */
export async function sandboxedHost(sources, { width = 640, height = 900 } = {}) {
  const port = await freePort();
  const frames = sources
    .map(
      (src) =>
        `<iframe sandbox src="${src}" title="${src}" style="width:${width}px;height:${height}px;border:0"></iframe>`,
    )
    .join('\n');
  const host = createHttpServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>A locked-down wiki</title><h1>Report</h1>${frames}`);
  });
  await new Promise((resolve) => host.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => host.close(resolve)) };
}

/**
 * Holds back every script of the app's own bundle (not public/boot.js, which runs before the first
 * paint by design), so that a test sees what the HTML alone paints; `release()` lets them through.
 * With `entry` (a page of the build's manifest, such as `embed-page.html`), that page's own entry
 * and what it imports at once come through: the app it loads later is held.
 */
export async function holdAppScripts(page, { entry, dist = process.env.E2E_DIST || 'dist' } = {}) {
  const allowed = new Set();
  if (entry) {
    const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
    const add = (key) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`holdAppScripts: the manifest has no ${key}`);
      if (allowed.has(`/${chunk.file}`)) return;
      allowed.add(`/${chunk.file}`);
      for (const imported of chunk.imports ?? []) add(imported);
    };
    add(entry);
  }
  const held = [];
  let open = false;
  await page.route(/\/assets\/.*\.js$/, (route) =>
    open || allowed.has(new URL(route.request().url()).pathname) ? route.continue() : held.push(route),
  );
  return {
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}
