// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, runnerImport, type Rolldown } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockDeals } from '../data';
import { SEED_FILE } from '../../test/seed';
import { checkDealFile, formatFileProblems } from './check';
import { loadDealFiles } from './load';
import { dealFiles, refusalMessage } from './plugin';

const seedText = readFileSync(SEED_FILE, 'utf8');
const withId = (id: string) => {
  const file = JSON.parse(seedText);
  file.deal.id = id;
  return JSON.stringify(file, null, 2);
};
const broken = seedText.replace('"date": "2012-11"', '"date": "2012-13"');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deal-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

describe('loadDealFiles', () => {
  it('refuses a file nested 3,000 levels deep by its name, and keeps serving the others', () => {
    folder({ 'a-seed.json': seedText, 'deep.json': `{"deal": ${'['.repeat(3000)}${']'.repeat(3000)}}` });
    const { deals, refused } = loadDealFiles(dir, 'deals');
    expect(deals.map((d) => d.fileName)).toEqual(['deals/a-seed.json']);
    expect(refused).toEqual([
      expect.stringMatching(/^deals\/deep\.json: 1 problem\n {2}nested more than 64 levels deep/),
    ]);
  });

  it('keeps the valid files, by name, and refuses a broken one with check-deal’s lines', () => {
    folder({
      'b-copy.json': withId('copy-of-the-seed'),
      'a-seed.json': seedText,
      'c-broken.json': broken,
      'deal.schema.json': '{ "type": "object" }',
      'notes.txt': 'not a deal',
    });
    const { deals, refused } = loadDealFiles(dir, 'deals');
    expect(deals.map((d) => [d.fileName, d.deal.id])).toEqual([
      ['deals/a-seed.json', 'alibaba-sina-weibo-2013'],
      ['deals/b-copy.json', 'copy-of-the-seed'],
    ]);
    expect(Object.keys(deals[0].metrics)).toEqual(['registered-users', 'daily-active-users']);
    const problems = checkDealFile(broken);
    expect(problems.ok).toBe(false);
    expect(refused).toEqual([formatFileProblems('deals/c-broken.json', !problems.ok ? problems.problems : [])]);
    expect(refused[0]).toBe(
      'deals/c-broken.json: 1 problem\n  deal.terms.stakeRumoured.publicOn.date: expected YYYY-MM, got "2012-13" (line 113)',
    );
  });

  it('refuses the second of two files with one deal id, naming both', () => {
    folder({ 'first.json': seedText, 'second.json': seedText });
    const { deals, refused } = loadDealFiles(dir, 'mocks/deals');
    expect(deals.map((d) => d.fileName)).toEqual(['mocks/deals/first.json']);
    expect(refused).toEqual([
      'mocks/deals/first.json and mocks/deals/second.json both hold the deal id "alibaba-sina-weibo-2013": give each deal its own id (deal.id)',
    ]);
  });

  it('says when the folder cannot be read', () => {
    const { deals, refused } = loadDealFiles(join(dir, 'missing'), 'mocks/deals');
    expect(deals).toEqual([]);
    expect(refused[0]).toMatch(/^mocks\/deals: cannot read the folder \(ENOENT/);
  });
});

describe('the deal-files plugin', () => {
  const buildDealFiles = () =>
    build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [dealFiles({ dir: 'deals' })],
      build: { write: false, ssr: true, rollupOptions: { input: 'virtual:deal-files' } },
    });

  it('fails a build on a broken file or a shared id, with the lines check-deal prints', async () => {
    mkdirSync(join(dir, 'deals'));
    writeFileSync(join(dir, 'deals', 'a.json'), seedText);
    writeFileSync(join(dir, 'deals', 'b.json'), seedText);
    writeFileSync(join(dir, 'deals', 'c.json'), broken);
    const { refused } = loadDealFiles(join(dir, 'deals'), 'deals');
    expect(refused).toHaveLength(2);
    const failure = await buildDealFiles().then(
      () => new Error('the build passed'),
      (error: Error) => error,
    );
    expect(failure.message).toContain(refusalMessage('deals', refused));
    expect(failure.message).toContain('deals/a.json and deals/b.json both hold the deal id');
    expect(failure.message).toContain('npm run check-deal -- <file>');
  });

  it('builds the valid files into the module', async () => {
    mkdirSync(join(dir, 'deals'));
    writeFileSync(join(dir, 'deals', 'a.json'), seedText);
    writeFileSync(join(dir, 'deals', 'b.json'), withId('second-deal'));
    const output = (await buildDealFiles()) as Rolldown.RolldownOutput;
    const [chunk] = output.output as { code: string }[];
    expect(chunk.code).toContain('"second-deal"');
    expect(chunk.code).toContain('"alibaba-sina-weibo-2013"');
  });

  it('in development, leaves a broken file out and serves the others', async () => {
    folder({ 'a.json': seedText, 'b.json': broken, 'c.json': withId('second-deal') });
    const { module } = await runnerImport<{ default: { deal: { id: string } }[] }>('virtual:deal-files', {
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [dealFiles({ dir, strict: false })],
    });
    expect(module.default.map((d) => d.deal.id)).toEqual(['alibaba-sina-weibo-2013', 'second-deal']);
  });
});

describe('the mocks', () => {
  it('serve every file in mocks/deals/, and mark only the synthetic deals as generated', () => {
    const folderIds = readdirSync(join(SEED_FILE, '..'))
      .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      .map((name) => JSON.parse(readFileSync(join(SEED_FILE, '..', name), 'utf8')).deal.id as string);
    expect(folderIds).toContain('alibaba-sina-weibo-2013');
    const served = Object.entries(mockDeals).map(([id, entry]) => [id, entry.generated]);
    expect(served).toEqual([
      ...folderIds.map((id) => [id, false]),
      ['synthetic-100', true],
      ['synthetic-1k', true],
      ['synthetic-10k', true],
    ]);
  });
});
