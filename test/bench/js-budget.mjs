// The JavaScript each route and embed needs before it can draw, from the build's own manifest:
// the entry's static imports plus the route's (and widget's) static imports, gzip level 9.
// `npm run build` runs this with --check and fails when any of them is over its budget in
// budgets.json; the bench prints the same table.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSite } from '../site.mjs';

// Which pages, and which modules each loads before it draws: the routes and widgets table
// (src/app/site.ts, `budgeted`), as the build wrote it beside its manifest.

/** Files a route loads before it draws: static import closure of the entry and its modules. */
function closure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const child of chunk.imports ?? []) visit(child);
  };
  keys.forEach(visit);
  return [...seen].filter((f) => f.endsWith('.js'));
}

export function measureBuild(dist = 'dist') {
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build first (build.manifest is on)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const size = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const sizes = new Map();
  const gzipOf = (files) => files.reduce((sum, f) => sum + (sizes.get(f) ?? sizes.set(f, size(f)).get(f)), 0);
  const rows = readSite(dist).budgeted.map(({ name: route, modules }) => {
    const files = closure(manifest, ['index.html', ...modules]);
    return { route, files: files.length, gzip: gzipOf(files) };
  });
  const mock = closure(manifest, ['mocks/browser.ts']).filter((f) => !closure(manifest, ['index.html']).includes(f));
  return { rows, mockLayerGzip: gzipOf(mock) };
}

/** The reference page's JS: its entry's static closure. */
export function measureReference(dist) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  return closure(manifest, [entry]).reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length,
    0,
  );
}

function check() {
  const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
  const { rows, mockLayerGzip } = measureBuild(process.argv[3] ?? 'dist');
  const kb = (b) => (b / 1024).toFixed(1);
  let over = 0;
  for (const { route, gzip } of rows) {
    const limit = budgets.initialJsGzipKB[route];
    if (limit === undefined) throw new Error(`budgets.json has no budget for "${route}"`);
    const ok = gzip / 1024 <= limit;
    if (!ok) over += 1;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${route.padEnd(16)} ${kb(gzip).padStart(7)} KB gzip (budget ${limit} KB)`);
  }
  console.log(`     mock layer (loaded on demand) ${kb(mockLayerGzip)} KB gzip`);
  if (over) {
    console.error(`\n${over} route(s) over their JS budget in budgets.json: find the import that grew them.`);
    process.exit(1);
  }
}

if (process.argv[2] === '--check') check();
