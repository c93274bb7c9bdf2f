// npm test: every stage in turn, stopping at the first that fails, then what each stage took (the
// suite has a time budget: 8 minutes on a quiet 2-core machine).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const STAGES = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  ['vitest', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', 'build']],
  ['build:mock-api', 'npm', ['run', 'build:mock-api']],
  ['browser tests', 'node', ['test/e2e/run.mjs']],
];

const took = [];
let status = 0;
for (const [name, command, args] of STAGES) {
  const start = performance.now();
  status = spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
  took.push([name, (performance.now() - start) / 1000, status]);
  if (status !== 0) break;
}
const total = took.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log('\nnpm test, seconds per stage:');
for (const [name, seconds, code] of [...took, ['total', total, status]]) {
  console.log(`  ${name.padEnd(15)} ${seconds.toFixed(1).padStart(7)}${code === 0 ? '' : `  (failed: exit ${code})`}`);
}
console.log(
  `  load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.exitCode = status;
