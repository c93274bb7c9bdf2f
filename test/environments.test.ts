// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Pure tests run in the node environment (no jsdom, no dictionaries: much quicker to start); every
// other test gets jsdom by default (vite.config.ts). A test that renders must not be marked node.
const NODE = '// @vitest-environment node';
const RENDERS = /from '@testing-library\/|from '[./]*test\/render'|\bdocument\.|\bwindow\./;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'e2e' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('test environments', () => {
  const files = ['src', 'mocks', 'test'].flatMap(testFiles);

  it('finds the tests', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('runs no test that renders in the node environment', () => {
    const wrong = files.filter((file) => {
      const code = readFileSync(file, 'utf8');
      return code.includes(NODE) && (file.endsWith('.tsx') || RENDERS.test(code));
    });
    expect(wrong).toEqual([]);
  });

  it('names the node environment on the first line, where Vitest reads it', () => {
    const misplaced = files.filter((file) => {
      const code = readFileSync(file, 'utf8');
      return code.includes('@vitest-environment') && !code.startsWith(`${NODE}\n`);
    });
    expect(misplaced).toEqual([]);
  });
});
