// The timeline's peer: vis-timeline 8.5 drawing the same 10,000 events in a bare page
// (test/bench/vis-timeline/), timed like the app's timeline, cold, in a fresh browser context.
// The page fetches the very answer the app's timeline page fetches for its events: the mocked build's
// prerendered events JSON (dist/mock-api/deals_synthetic-10k_events-<hash>.json), given as ?data=.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newPage } from '../e2e/harness.mjs';

const DEAL = 'synthetic-10k';
const READY_TIMEOUT_MS = 120_000;

/**
 * Builds the peer page into `<dist>/vis-timeline/`, served at /vis-timeline/ beside the app, as
 * run.mjs builds the reference page. `env`: the build's environment (run.mjs passes its own).
 */
export function buildVisTimeline(dist, env = process.env) {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      'test/bench/vis-timeline',
      '--outDir',
      path.resolve(dist, 'vis-timeline'),
      '--base',
      '/vis-timeline/',
      '--emptyOutDir',
      '--logLevel',
      'error',
      '--manifest',
    ],
    { stdio: 'inherit', env },
  );
  if (result.error) throw new Error(`the vis-timeline page's build could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`the vis-timeline page's build failed (exit ${result.status ?? result.signal})`);
}

/**
 * The address of the events answer the app fetches for /deals/synthetic-10k/timeline: the file named
 * deals_synthetic-10k_events-<hash>.json (its events endpoint; the deal answer it also asks for,
 * deals_synthetic-10k_events_key-<hash>.json, holds only its key events).
 */
export function dealJsonUrl(dist, deal = DEAL) {
  const dir = path.join(dist, 'mock-api');
  const pattern = new RegExp(`^deals_${deal}_events-[0-9a-f]+\\.json$`);
  if (!existsSync(dir)) throw new Error(`vis-timeline peer: ${dir} is missing: build the app with its mocks first`);
  const files = readdirSync(dir).filter((name) => pattern.test(name));
  if (files.length !== 1) {
    throw new Error(
      `expected one prerendered answer for deal ${deal} in ${dir} (deals_${deal}_events-<hash>.json), found ${files.length}` +
        (files.length ? `: ${files.join(', ')}` : ': is it a mocked build (no VITE_API_BASE_URL)?'),
    );
  }
  return `/mock-api/${files[0]}`;
}

/**
 * One cold run of the peer page in a fresh context: { ms, items, visItems, events }. `ms` is the
 * startTime of its 'peer:ready' mark, from navigation start like the app's 'timeline:ready', so both
 * include fetching and reading the data; `items` the items vis had drawn then (one per event),
 * `visItems` its .vis-item elements (a box item is three of them), `events` the events it was given.
 */
export async function timeVisTimeline(browser, baseUrl, dist) {
  // newPage's window (1280x900), the one run.mjs times the app's timeline in.
  const { context, page, problems } = await newPage(browser);
  try {
    const url = `${baseUrl}/vis-timeline/?data=${encodeURIComponent(dealJsonUrl(dist))}`;
    await page.goto(url);
    try {
      await page.waitForFunction(
        // Ready, or failed (the page writes what went wrong to body's data-error).
        () =>
          (performance.getEntriesByName('peer:ready').length > 0 && document.body.dataset.items !== undefined) ||
          document.body.dataset.error !== undefined,
        null,
        { timeout: READY_TIMEOUT_MS, polling: 100 },
      );
    } catch (error) {
      const state = await page
        .evaluate(() => ({ marks: performance.getEntriesByType('mark').map((m) => m.name), ...document.body.dataset }))
        .catch(() => null);
      throw new Error(
        `vis-timeline peer: no 'peer:ready' mark within ${READY_TIMEOUT_MS / 1000} s at ${url} ` +
          `(${error.message.split('\n')[0]})\npage state: ${JSON.stringify(state)}\nproblems: ${JSON.stringify(problems)}`,
        { cause: error },
      );
    }
    const failed = await page.evaluate(() => document.body.dataset.error);
    if (failed !== undefined) throw new Error(`vis-timeline peer: the page failed at ${url}: ${failed}`);
    const result = await page.evaluate(() => ({
      ms: performance.getEntriesByName('peer:ready')[0].startTime,
      items: Number(document.body.dataset.items),
      visItems: Number(document.body.dataset.visItems),
      events: Number(document.body.dataset.events),
    }));
    const uncaught = problems.filter((p) => p.startsWith('uncaught:'));
    if (uncaught.length) throw new Error(`vis-timeline peer: the page threw:\n  ${uncaught.join('\n  ')}`);
    // Fewer items than events is a figure to print, not an error; none at all means the mark came too early.
    if (result.items === 0)
      throw new Error(`vis-timeline peer: no item drawn when marked ready (${result.events} events)`);
    return result;
  } finally {
    await context.close();
  }
}
