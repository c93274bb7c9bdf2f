// npm run contract: writes the OpenAPI document and the deal files' JSON Schema from the valibot
// schemas. The generator is TypeScript; Vite's module runner loads it, so nothing is built first.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
try {
  const { module } = await runnerImport('/mocks/contract/write-contract.ts', {
    root,
    configFile: false,
    logLevel: 'warn',
  });
  process.exitCode = await module.writeContract(root);
} catch (error) {
  console.error(`npm run contract failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
