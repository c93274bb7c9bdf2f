// npm run check-deal -- <file> [<file>...]: checks deal files against the contract with the same
// checker the build and the dev server use (check.ts, loaded through Vite, so no build step).
// Exit 0: every file is valid; 1: a file has a problem; 2: a usage error or an unreadable file.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEALS = join(ROOT, 'mocks/deals');
const USAGE = `Usage: npm run check-deal -- <file.json> [<file.json>...]
Checks deal files against the contract and prints every problem with its field path and line.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknownOption = args.find((a) => a.startsWith('-'));
if (args.length === 0 || unknownOption) {
  console.error(unknownOption ? `Unknown option ${unknownOption}.\n${USAGE}` : `No file given.\n${USAGE}`);
  process.exit(2);
}

const { module: check } = await runnerImport('/mocks/deal-files/check.ts', {
  root: ROOT,
  configFile: false,
  logLevel: 'error',
});

const realpath = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};

// The ids already in mocks/deals/: a checked file that reuses one would be refused there.
const served = [];
for (const name of readdirSync(DEALS).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))) {
  try {
    const id = JSON.parse(readFileSync(join(DEALS, name), 'utf8'))?.deal?.id;
    if (typeof id === 'string')
      served.push({ file: relative(process.cwd(), join(DEALS, name)), real: realpath(join(DEALS, name)), id });
  } catch {
    // A broken file in the folder is its own check's business.
  }
}

let exitCode = 0;
const checked = [];
for (const file of args) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'a folder, not a file' : error.message;
    console.error(`${file}: cannot read it (${reason})`);
    exitCode = 2;
    continue;
  }
  const result = check.checkDealFile(text);
  if (!result.ok) {
    console.log(check.formatFileProblems(file, result.problems));
    exitCode = Math.max(exitCode, 1);
    continue;
  }
  const { deal, metrics = {} } = result.file;
  const real = realpath(file);
  const holder = [...checked, ...served].find((other) => other.id === deal.id && other.real !== real);
  if (holder) {
    console.log(`${file}: 1 problem\n  ${check.duplicateIdMessage(deal.id, holder.file, file)}`);
    exitCode = Math.max(exitCode, 1);
    continue;
  }
  checked.push({ file, real, id: deal.id });
  const series = Object.keys(metrics).length;
  console.log(
    `${file}: OK, deal "${deal.id}" with ${deal.events.length} event${deal.events.length === 1 ? '' : 's'}, ${series} metric series, ${deal.sources.length} source${deal.sources.length === 1 ? '' : 's'}`,
  );
}
process.exit(exitCode);
