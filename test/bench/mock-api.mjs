// The stand-in backend under load (npm run mock-api's server): the time per request for the
// 10,000-event deal's endpoints, one after another, and the process's peak memory (VmHWM) while 300
// clients ask for the events at once. Prints its figures; no limits are asserted.
// Run: node test/bench/mock-api.mjs (it builds into dist-bench-api/, leaving dist-server/ alone).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));

const OUT = 'dist-bench-api';
const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 20);
const CONCURRENT = 300;
const DEAL = 'synthetic-10k';
const ENDPOINTS = [
  { label: 'events, gzip', path: `/api/deals/${DEAL}/events`, gzip: true },
  { label: 'events, plain', path: `/api/deals/${DEAL}/events`, gzip: false },
  { label: 'events, one kind', path: `/api/deals/${DEAL}/events?kinds=rumour`, gzip: true },
  { label: 'deal, gzip', path: `/api/deals/${DEAL}`, gzip: true },
  { label: 'deals index, gzip', path: '/api/deals', gzip: true },
];

function build() {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--ssr', 'mocks/http-server.ts', '--outDir', OUT, '--emptyOutDir'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('the mock API did not build');
}

function start() {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [`${OUT}/http-server.js`], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the mock API exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Mock API')) done({ child, base: `http://127.0.0.1:${port}` });
    });
  });
}

function get(url, gzip) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const req = request(url, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {}, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => done({ status: res.statusCode, bytes, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Resident and peak resident memory of a process, in MB (Linux). */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n) => n.toFixed(1);

build();
const { child, base } = await start();
try {
  console.log(`The stand-in backend, ${DEAL}: ${SEQUENTIAL} requests each, one after another (ms)`);
  for (const { label, path: p, gzip } of ENDPOINTS) {
    const first = await get(base + p, gzip);
    const rest = [];
    for (let i = 1; i < SEQUENTIAL; i++) rest.push((await get(base + p, gzip)).ms);
    console.log(
      `  ${label.padEnd(18)} first ${fmt(first.ms).padStart(7)}  then median ${fmt(median(rest)).padStart(7)}  (${first.status}, ${(first.bytes / 1_048_576).toFixed(2)} MB)`,
    );
  }
  const before = memory(child.pid);
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) => get(`${base}/api/deals/${DEAL}/events`, i % 2 === 0)),
  );
  const after = memory(child.pid);
  const failed = answers.filter((a) => a.status !== 200).length;
  console.log(
    `${CONCURRENT} concurrent requests for the events (half gzip): ${fmt(performance.now() - started)} ms in all, ${failed} failed`,
  );
  console.log(`  RSS before ${fmt(before.rss)} MB, after ${fmt(after.rss)} MB, peak (VmHWM) ${fmt(after.peak)} MB`);
} finally {
  child.kill();
}
