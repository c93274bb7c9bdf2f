import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { contractFiles } from './openapi';

/** The file's text as committed: formatted by the repository's Prettier settings, so `prettier --check` agrees. */
export async function formatJson(value: unknown, filePath: string): Promise<string> {
  const options = await resolveConfig(filePath);
  return format(JSON.stringify(value, null, 2), { ...options, filepath: filePath });
}

/** Writes the OpenAPI document and the deal files' JSON Schema; says which changed. */
export async function writeContract(root: string, log: (line: string) => void = console.log): Promise<number> {
  for (const [path, value] of Object.entries(contractFiles())) {
    const file = resolve(root, path);
    const text = await formatJson(value, file);
    const before = await readFile(file, 'utf8').catch(() => null);
    if (before === text) {
      log(`${path}: unchanged`);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    log(`${path}: ${before === null ? 'written' : 'updated'}`);
  }
  return 0;
}
