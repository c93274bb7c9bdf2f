// npm run check-api -- --base-url <url> [--origin <app origin>]: the conformance check of a backend
// against the contract (mocks/contract/check-api.ts). Vite's module runner loads the TypeScript, so
// it runs on a fresh clone after `npm ci` with nothing built first.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
try {
  const { module } = await runnerImport('/mocks/contract/check-api.ts', { root, configFile: false, logLevel: 'warn' });
  process.exitCode = await module.main(process.argv.slice(2));
} catch (error) {
  console.error(`check-api could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 2;
}
