// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../../test/seed';

// `npm run check-deal` as an analyst runs it: from the project's root, on files named there.
const ROOT = resolve(SEED_FILE, '../../..');
const SEED = relative(ROOT, SEED_FILE);
const FIXTURE = 'mocks/deal-files/fixtures/several-faults.json';
const GUIDE = readFileSync(join(ROOT, 'docs/adding-a-deal.md'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'check-deal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function checkDeal(...files: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'check-deal', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The guide's code block that follows `after` in docs/adding-a-deal.md. */
function guideBlock(lang: string, after: string): string {
  const start = GUIDE.indexOf(after);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(GUIDE.slice(start));
  if (start < 0 || !match) throw new Error(`docs/adding-a-deal.md has no ${lang} block after "${after}"`);
  return match[1];
}

describe('npm run check-deal', { timeout: 30_000 }, () => {
  it('passes the seed deal with one OK line and exit 0', () => {
    expect(checkDeal(SEED)).toEqual({
      code: 0,
      stdout: `${SEED}: OK, deal "alibaba-sina-weibo-2013" with 8 events, 2 metric series, 6 sources\n`,
      stderr: '',
    });
  });

  it('prints every problem of a bad file with its path and line, and exits 1', () => {
    const { code, stdout } = checkDeal(FIXTURE);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${FIXTURE}: 9 problems`);
    expect(lines).toHaveLength(10);
    expect(lines).toContain('  deal.events[0].date.date: expected a real day, YYYY-MM-DD, got "2024-02-30" (line 46)');
    expect(lines).toContain('  deal.events[0].figureIds[0]: no figure with the id "price" in this file (line 53)');
  });

  it('refuses impossible figures, naming the file, the field and the rule, with no stack trace', () => {
    const fixture = (name: string) => `mocks/deal-files/fixtures/${name}.json`;
    const { code, stdout, stderr } = checkDeal(
      ...['infinite-price', 'negative-price', 'stake-over-100', 'reversed-range', 'negative-users'].map(fixture),
    );
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\bat .*:\d+:\d+|Error/);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${fixture('infinite-price')}: 1 problem`,
      '  deal.terms.consideration.value: expected a finite number, got 1e400 or the like, which JSON reads as Infinity: write the figure in full, in its unit (line 75)',
      `${fixture('negative-price')}: 1 problem`,
      '  deal.terms.considerationUsd.value: expected 0 or more, got -586000000: an amount of money is never negative (line 95)',
      `${fixture('stake-over-100')}: 1 problem`,
      '  deal.terms.stakeAcquired.value: expected 100 or less, got 180: a stake is a share of the whole, 0 to 100 percent (line 126)',
      `${fixture('reversed-range')}: 1 problem`,
      '  deal.terms.stakeRumoured.valueHigh: the range runs from value (20) down to valueHigh (15): put the low end in value and the high end in valueHigh (line 110)',
      `${fixture('negative-users')}: 1 problem`,
      '  metrics["daily-active-users"].points[0].value: expected 0 or more, got -47000000: a count is never negative (line 674)',
    ]);
  });

  it('refuses a file nested thousands of levels deep with one line naming it, and no stack trace', () => {
    const file = 'mocks/deal-files/fixtures/nested-3000-deep.json';
    const { code, stdout, stderr } = checkDeal(file);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toBe(
      `${file}: 1 problem\n  nested more than 64 levels deep (lists and objects inside one another): a deal file needs under 10; look for brackets that never close or a generated file gone wrong (line 1, column 73)\n`,
    );
  });

  it('reports invalid JSON with its line and column', () => {
    const file = join(tmp, 'trailing-comma.json');
    writeFileSync(file, '{\n  "deal": {\n    "id": "x",\n  }\n}\n');
    expect(checkDeal(file)).toMatchObject({
      code: 1,
      stdout: `${file}: 1 problem\n  invalid JSON: expected a field name in double quotes (is there a comma too many before it?) (line 4, column 3)\n`,
    });
  });

  it('refuses a copy that reuses the id of a deal in mocks/deals/, naming both files', () => {
    const copy = join(tmp, 'copy.json');
    writeFileSync(copy, readFileSync(SEED_FILE));
    expect(checkDeal(copy)).toMatchObject({
      code: 1,
      stdout: `${copy}: 1 problem\n  ${SEED} and ${copy} both hold the deal id "alibaba-sina-weibo-2013": give each deal its own id (deal.id)\n`,
    });
  });

  it('exits 2 with a message on a usage error or a file it cannot read', () => {
    const none = checkDeal();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^No file given\.\nUsage: npm run check-deal -- <file\.json>/);
    const missing = checkDeal('mocks/deals/no-such-deal.json', SEED);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('mocks/deals/no-such-deal.json: cannot read it (no such file)\n');
    expect(missing.stdout).toContain(`${SEED}: OK`);
  });
});

describe('the guide to adding a deal', { timeout: 30_000 }, () => {
  it('shows a minimal deal file that check-deal passes', () => {
    const file = join(tmp, 'example-corp-sample-gmbh.json');
    writeFileSync(file, guideBlock('json', '## A minimal deal file'));
    expect(checkDeal(file)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/: OK, deal "example-corp-sample-gmbh"/),
    });
  });

  it('shows check-deal’s own words for that file with two faults', () => {
    const example = guideBlock('json', '## A minimal deal file');
    const faulty = example
      .replace(/("acquirer": \{[^}]*\},\s*"sources": )\[[^\]]*\]/, '$1[]')
      .replace(
        /("id": "announcement-2024-03-01",\s*"date": \{ "precision": "day", "date": )"2024-03-01"/,
        '$1"2024-02-30"',
      );
    expect(faulty).not.toBe(example);
    const file = join(tmp, 'mocks/deals/example-corp-sample-gmbh.json');
    mkdirSync(join(tmp, 'mocks/deals'), { recursive: true });
    writeFileSync(file, faulty);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'mocks/deal-files/check-deal.mjs'), 'mocks/deals/example-corp-sample-gmbh.json'],
      {
        cwd: tmp,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(guideBlock('text', 'It prints one line per valid file'));
  });
});
