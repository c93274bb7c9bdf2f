// Runs the browser suites (npm run test:e2e, after the build): one `vite preview` of dist/ serves
// them all, and the longest suites start first, so that the last ones to start are short and two
// workers stay busy to the end. Files may be named: node test/e2e/run.mjs test/e2e/csp.test.mjs
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { startPreview } from './harness.mjs';

const DIR = 'test/e2e';
// What each file took last time, to order the next run; a file not measured yet counts as long.
const TIMES = 'node_modules/.cache/e2e-times.json';
const concurrency = Number(process.env.E2E_CONCURRENCY) || 2;

const named = process.argv.slice(2).map((file) => resolve(file));
const files = named.length
  ? named
  : readdirSync(DIR)
      .filter((name) => name.endsWith('.test.mjs'))
      .map((name) => resolve(DIR, name));
let times = {};
try {
  times = JSON.parse(readFileSync(TIMES, 'utf8'));
} catch {
  // first run: alphabetical order
}
const cost = (file) => times[file] ?? Number.POSITIVE_INFINITY;
files.sort((a, b) => cost(b) - cost(a) || a.localeCompare(b));

const preview = await startPreview();
// Read by startPreview() in each file (test/e2e/harness.mjs): the same build, served once.
process.env.E2E_PREVIEW_URL = preview.url;

const took = {};
let failed = false;
const stream = run({ files, concurrency });
stream.on('test:fail', () => (failed = true));
stream.on('test:pass', ({ file, nesting, details }) => {
  if (nesting === 0 && file) took[file] = (took[file] ?? 0) + details.duration_ms;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((done) => stream.once('end', done));
await preview.stop();

if (!failed) {
  mkdirSync('node_modules/.cache', { recursive: true });
  writeFileSync(TIMES, JSON.stringify({ ...times, ...took }, null, 2));
}
process.exitCode = failed ? 1 : 0;
