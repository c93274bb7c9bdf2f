// How much JavaScript each page and each embed downloads, measured in Chromium from what the page
// actually fetched (not from the build's file list), raw and gzip-compressed (level 9).
import { gzipSync } from 'node:zlib';
import { newPage } from '../e2e/harness.mjs';
import { readSite } from '../site.mjs';

const DEAL = 'alibaba-sina-weibo-2013';
const READY = {
  dashboard: '.chart-card[data-widget="option"] .recharts-surface',
  'timeline page': '.timeline [data-mark]',
  embed: '.embed__footer',
};

/** The pages the bench weighs, from the routes and widgets table (the budgets' pages but the deals index). */
export function jsRoutes(dist) {
  return readSite(dist)
    .budgeted.map(({ name, path }) => ({
      id: name,
      path: path.replace(':dealId', DEAL),
      ready: READY[name.startsWith('embed ') ? 'embed' : name],
    }))
    .filter((route) => route.ready);
}

/** Loads one route in a fresh context and sums the scripts it downloaded; the mock layer apart. */
export async function measureJs(browser, baseUrl, route) {
  const { context, page } = await newPage(browser);
  const scripts = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(baseUrl) || !/\.m?js(\?|$)/.test(url)) return;
    scripts.push(
      response.body().then((body) => ({
        url,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        // MSW's browser library and its worker script: the mock layer, reported on its own.
        mock: url.endsWith('/mockServiceWorker.js') || body.includes('setupWorker'),
      })),
    );
  });
  try {
    await page.goto(baseUrl + route.path);
    await page.locator(route.ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(scripts);
    const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
    const app = files.filter((f) => !f.mock);
    const mock = files.filter((f) => f.mock);
    return {
      route: route.id,
      files: files.length,
      raw: sum(files, 'raw'),
      gzip: sum(files, 'gzip'),
      appRaw: sum(app, 'raw'),
      appGzip: sum(app, 'gzip'),
      mockGzip: sum(mock, 'gzip'),
    };
  } finally {
    await context.close();
  }
}
