// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DealSchema } from '../../src/lib/schemas';
import seedText from '../deals/alibaba-sina-weibo-2013.json?raw';
import { checkDealFile, formatFileProblems, nestingBeyond, type Problem } from './check';
import severalFaults from './fixtures/several-faults.json?raw';
import dealSchema from '../deals/deal.schema.json';

function problemsOf(text: string): Problem[] {
  const result = checkDealFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

const seed = () => JSON.parse(seedText);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

describe('checkDealFile', () => {
  it('passes the seed deal, and serves it as the contract reads it', () => {
    const result = checkDealFile(seedText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.deal).toEqual(v.parse(DealSchema, seed().deal));
    expect(Object.keys(result.file.metrics ?? {})).toEqual(['registered-users', 'daily-active-users']);
  });

  it('reports every problem of a file with several faults, each with its field path and line', () => {
    expect(problemsOf(severalFaults).map((p) => [p.path, p.line])).toEqual([
      ['deal.id', 4],
      ['deal.name.de', 5],
      ['deal.parties.acquirer.sources', 13],
      ['deal.terms.consideration.status', 30],
      ['deal.terms.consideration.sources[0].sourceId', 35],
      ['deal.metrics[0]', 42],
      ['deal.events[0].date.date', 46],
      ['deal.events[0].figureIds[0]', 53],
      ['metric', 68],
    ]);
    const text = formatFileProblems('several-faults.json', problemsOf(severalFaults));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'several-faults.json: 9 problems',
        '  deal.name.de: missing: this field is required (line 5)',
        '  deal.parties.acquirer.sources: expected at least one source: nothing goes in without a source (line 13)',
        '  deal.terms.consideration.status: expected "reported" | "derived" | "modelled", got "estimated" (line 30)',
        '  deal.terms.consideration.sources[0].sourceId: no source "newswire" in deal.sources: add it there, or cite one of "newswire-2024-03-01" (line 35)',
        '  deal.metrics[0]: no series for "registered-users": add it under metrics, or leave it out of deal.metrics (line 42)',
        '  deal.events[0].date.date: expected a real day, YYYY-MM-DD, got "2024-02-30" (line 46)',
        '  deal.events[0].figureIds[0]: no figure with the id "price" in this file (line 53)',
        '  metric: unknown field: a deal file here has only $schema, deal, metrics (line 68)',
      ]),
    );
  });

  it.each([
    ['a comma too many', '{\n  "deal": {\n    "id": "x",\n  }\n}', 4, 3, 'expected a field name in double quotes'],
    ['a missing comma', '{\n  "deal": {\n    "id": "x"\n    "name": {}\n  }\n}', 4, 5, 'expected a comma before this'],
    ['a comment', '{\n  // the deal\n  "deal": {}\n}', 2, 3, 'JSON has no comments'],
    ['an unclosed text', '{\n  "deal": {\n    "id": "x\n  }\n}', 3, 11, 'a text is not closed'],
    ['an unclosed object', '{\n  "deal": {\n', 3, 1, 'expected "}" to close the object'],
  ])('reports invalid JSON (%s) with its line and column', (_name, text, line, column, message) => {
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '', line, column });
    expect(problem.message).toMatch(/^invalid JSON: /);
    expect(problem.message).toContain(message);
    expect(formatFileProblems('x.json', [problem])).toContain(`(line ${line}, column ${column})`);
  });

  it('refuses a file nested too deep before parsing it, and counts no bracket inside a text', () => {
    const [problem, ...rest] = problemsOf(`{\n  "deal": ${'['.repeat(5000)}${']'.repeat(5000)}\n}`);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '', line: 2, column: 11 + 63 });
    expect(problem.message).toMatch(/^nested more than 64 levels deep/);
    expect(nestingBeyond(`{"a": "${'[{'.repeat(100)}\\"[{"}`, 64)).toBeNull();
    expect(nestingBeyond('['.repeat(65), 64)).toBe(64);
  });

  it('names the sign and range rules in the JSON Schema an editor reads', () => {
    const defs = (dealSchema as { $defs: Record<string, unknown> }).$defs;
    // Every "value" schema under a definition, wherever the variants put it.
    const values = (node: unknown): Record<string, unknown>[] =>
      !node || typeof node !== 'object'
        ? []
        : Object.entries(node).flatMap(([key, child]) =>
            key === 'value' ? [child as Record<string, unknown>] : values(child),
          );
    expect(values(defs.MoneyFigure)).toContainEqual(expect.objectContaining({ minimum: 0 }));
    expect(values(defs.ShareFigure)).toContainEqual(expect.objectContaining({ minimum: 0, maximum: 100 }));
    expect(values(defs.CountFigure)).toContainEqual(expect.objectContaining({ minimum: 0 }));
    expect(JSON.stringify(defs.Figure)).toContain('valueHigh is not below value');
  });

  it('says so for an empty file and for anything but one object', () => {
    expect(problemsOf('  \n')[0].message).toMatch(/the file is empty/);
    expect(problemsOf('[]')[0].message).toMatch(/expected one object/);
  });

  it('accepts a file without "$schema": the editor needs it, the contract does not', () => {
    const { $schema, ...rest } = seed();
    expect($schema).toBe('./deal.schema.json');
    expect(checkDealFile(pretty(rest)).ok).toBe(true);
  });

  it('accepts a byte-order mark, which an editor does not show', () => {
    expect(checkDealFile(`\uFEFF${seedText}`).ok).toBe(true);
  });

  it('names a misspelt field, which the contract would otherwise drop without a word', () => {
    const file = seed();
    file.deal.terms.consideration.notes = file.deal.terms.consideration.note;
    delete file.deal.terms.consideration.note;
    const [problem, ...rest] = problemsOf(pretty(file));
    expect(rest).toEqual([]);
    expect(problem.path).toBe('deal.terms.consideration.notes');
    expect(problem.message).toBe('unknown field, which the contract would drop: check its spelling');
    expect(pretty(file).split('\n')[problem.line - 1]).toContain('"notes"');
  });

  it('names a field written twice, of which JSON keeps only the last', () => {
    const text = seedText.replace('"status": "announced",', '"status": "announced",\n    "status": "completed",');
    expect(problemsOf(text)).toEqual([
      {
        path: 'deal.status',
        message: 'written twice (also on line 16); JSON keeps only the last',
        line: 17,
        column: 5,
      },
    ]);
  });

  it('refuses a metric series filed under another id, and an id not fit for an address', () => {
    const file = seed();
    file.metrics['registered-users'].id = 'daily-active-users';
    file.deal.id = 'synthetic-deal';
    expect(problemsOf(pretty(file)).map((p) => [p.path, p.message])).toEqual([
      ['deal.id', expect.stringContaining('"synthetic-" is kept for generated test deals')],
      ['metrics["registered-users"].id', 'expected "registered-users", the key this series is filed under'],
    ]);
  });

  it('refuses two sources, figures or events with one id, naming the first', () => {
    const file = seed();
    file.deal.sources[1].id = file.deal.sources[0].id;
    file.deal.events[1].id = file.deal.events[0].id;
    file.deal.market[0].id = 'consideration';
    const messages = problemsOf(pretty(file)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'deal.sources[1].id: the source id "silicon-de" is already used at deal.sources[0].id',
        `deal.events[1].id: the event id "${file.deal.events[0].id}" is already used at deal.events[0].id`,
        'deal.market[0].id: the figure id "consideration" is already used at deal.terms.consideration.id',
      ]),
    );
  });

  it('refuses a figure id with a colon: those are kept for the figures the app computes', () => {
    const file = seed();
    file.deal.market[0].id = 'computed:implied-valuation-usd';
    expect(problemsOf(pretty(file)).map((p) => `${p.path}: ${p.message}`)).toContain(
      'deal.market[0].id: a figure id here has no colon: "computed:…" ids are kept for the figures the app computes',
    );
  });

  it('refuses a derived figure computed from a figure the file does not have', () => {
    const file = seed();
    Object.assign(file.deal.terms.considerationUsd, {
      status: 'derived',
      formula: { en: 'price in EUR x rate', de: 'Preis in EUR x Kurs' },
      inputs: ['consideration', 'eur-usd-rate'],
    });
    expect(problemsOf(pretty(file)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'deal.terms.considerationUsd.inputs[1]: no figure with the id "eur-usd-rate" in this file',
    ]);
  });

  it('refuses numbers written otherwise than the app shows them, in either language, but not in quotations', () => {
    const file = seed();
    const event = file.deal.events.find((e: { id: string }) => e.id === 'deal-2013-04-29');
    event.title.en = 'Alibaba buys a stake in Sina Weibo for EUR 450M';
    event.summary.de = 'Alibaba zahlt 450 Mio. Euro für 18 % an Weibo.';
    const rumour = file.deal.events.find((e: { id: string }) => e.id === 'rumour-2012-11');
    rumour.title.en = 'Rumours of a 15-20 % Alibaba stake in Sina';
    rumour.summary.de = 'Gerüchte über einen Einstieg von Alibaba im Bereich 15 bis 20 Prozent bei Sina.';
    file.deal.market[1].note.en = 'Closed up 9.3 % on the day of the deal.';
    file.deal.market[1].note.de = 'Am Tag der Bekanntgabe 9.3% höher geschlossen.';
    const messages = problemsOf(pretty(file)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'deal.market[1].note.en: writes "9.3 %": write numbers as the app shows them, e.g. 9.3% (no space before %)',
      'deal.market[1].note.de: writes "9.3%": write numbers as the app shows them, e.g. 9,3 % (mit Leerzeichen vor %)',
      'deal.events[0].title.en: writes "15-20 %": write numbers as the app shows them, e.g. 15–20% (an en dash between the numbers)',
      'deal.events[0].summary.de: writes "15 bis 20 Prozent": write numbers as the app shows them, e.g. 15–20 % (Halbgeviertstrich zwischen den Zahlen)',
      'deal.events[4].title.en: writes "EUR 450M": write numbers as the app shows them, e.g. €450m, US$5.5bn (the sign before the number)',
      'deal.events[4].summary.de: writes "450 Mio. Euro": write numbers as the app shows them, e.g. 450 Mio. € (das Zeichen €, wie bei den Zahlen)',
    ]);
    // The article's own words keep their "Prozent" and "Millionen Euro": they are quotations.
    expect(rumour.original).toContain('15 bis 20 Prozent');
    expect(seed().deal.terms.consideration.sources[0].original).toContain('450 Millionen Euro');
    expect(checkDealFile(seedText).ok).toBe(true);
  });
});
