// What the prerendered pages weigh: all their HTML together, and the query state each carries (its
// <script id="query-state"> block), by kind of page. The targets: all HTML at most 8 MB, no page's
// state over 300 KB. Read by `npm run bench` (run.mjs) and the browser test that holds the targets
// (test/e2e/prerender.test.mjs); run alone: `node test/bench/page-weight.mjs [dist]`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOTAL_HTML_LIMIT = 8 * 1_048_576;
export const PAGE_STATE_LIMIT = 300 * 1024;

const STATE_BLOCK = /<script type="application\/json" id="query-state">([\s\S]*?)<\/script>/;

/** "dashboard", "timeline", "embed stake", "index": what a prerendered path is. */
function kindOf(page) {
  const parts = page
    .replace(/^\/de(?=\/)/, '')
    .split('/')
    .filter(Boolean);
  if (parts[0] === 'embed') return `embed ${parts[2]}`;
  if (parts.length === 1) return 'index';
  return parts[2] === 'timeline' ? 'timeline' : 'dashboard';
}

/** Each prerendered page's HTML and state bytes, and the totals, from `dist`'s prerendered.json. */
export function measurePageWeight(dist = 'dist') {
  const { pages } = JSON.parse(readFileSync(path.join(dist, 'prerendered.json'), 'utf8'));
  const rows = pages.map((page) => {
    const html = readFileSync(path.join(dist, `${page}.html`), 'utf8');
    const state = html.match(STATE_BLOCK)?.[1];
    return {
      page,
      kind: kindOf(page),
      htmlBytes: Buffer.byteLength(html),
      stateBytes: state === undefined ? 0 : Buffer.byteLength(state),
      // A generated deal's page carries only the API's refusals and fetches its answers.
      fetched: state !== undefined && /"fetch":true/.test(state),
    };
  });
  const totalHtml = rows.reduce((sum, r) => sum + r.htmlBytes, 0);
  const largest = rows.reduce((max, r) => (r.stateBytes > (max?.stateBytes ?? -1) ? r : max), null);
  const kinds = new Map();
  for (const r of rows) {
    const k = kinds.get(r.kind) ?? { kind: r.kind, pages: 0, htmlBytes: 0, maxState: 0, fetched: 0 };
    k.pages += 1;
    k.htmlBytes += r.htmlBytes;
    k.maxState = Math.max(k.maxState, r.stateBytes);
    if (r.fetched) k.fetched += 1;
    kinds.set(r.kind, k);
  }
  return { rows, totalHtml, largest, kinds: [...kinds.values()] };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as lines, with the targets' verdicts. */
export function pageWeightReport(weight) {
  const { rows, totalHtml, largest, kinds } = weight;
  const ok = (pass) => (pass ? 'ok' : 'MISSED');
  const lines = [
    `Prerendered pages (${rows.length}): HTML ${(totalHtml / 1_048_576).toFixed(2)} MB in all (target 8 MB) ${ok(totalHtml <= TOTAL_HTML_LIMIT)}; ` +
      `largest state ${kb(largest.stateBytes)} (${largest.page}; target 300 KB) ${ok(largest.stateBytes <= PAGE_STATE_LIMIT)}`,
    `  ${'kind'.padEnd(18)}${'pages'.padStart(6)}${'HTML'.padStart(12)}${'largest state'.padStart(15)}  answers fetched`,
  ];
  for (const k of kinds) {
    lines.push(
      `  ${k.kind.padEnd(18)}${String(k.pages).padStart(6)}${kb(k.htmlBytes).padStart(12)}${kb(k.maxState).padStart(15)}  ` +
        `${k.fetched} of ${k.pages}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(pageWeightReport(measurePageWeight(process.argv[2] ?? 'dist')));
}
