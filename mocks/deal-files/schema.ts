import * as v from 'valibot';
import { DealSchema, MetricIdSchema, MetricSeriesSchema, type MetricId } from '../../src/lib/schemas.ts';

// One deal file in mocks/deals/: the deal as the contract takes it, and its metric series by id.
// The file's JSON Schema (mocks/deals/deal.schema.json) is generated from this export, so the
// editor and `npm run check-deal` judge a file by the same rules; the cross-references at the end
// (sources cited, figures linked, ids unique) are beyond JSON Schema and checked by check-deal only.

/** A deal id is the last part of its address, /deals/<id>. */
export const DEAL_ID_PATTERN = /^(?!synthetic-)[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DealIdSchema = v.pipe(
  v.string(),
  v.regex(
    DEAL_ID_PATTERN,
    'expected lower-case letters, digits and single hyphens, as in the address /deals/<id> ("synthetic-" is kept for generated test deals)',
  ),
);

type OptionalSeries = v.OptionalSchema<typeof MetricSeriesSchema, undefined>;

// One optional key per metric the contract knows: an editor offers them, and a misspelt one is refused.
const MetricsSchema = v.strictObject(
  Object.fromEntries(MetricIdSchema.options.map((id) => [id, v.optional(MetricSeriesSchema)])) as Record<
    MetricId,
    OptionalSeries
  >,
);

export const DealFileSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    deal: v.object({ ...DealSchema.entries, id: DealIdSchema }),
    metrics: v.optional(MetricsSchema),
  }),
  // Run on a file with other faults too (abortEarly: false), so that one pass reports everything.
  v.rawCheck(({ dataset, addIssue }) => {
    for (const { path, message } of [...crossReferenceProblems(dataset.value), ...numberStyleProblems(dataset.value)]) {
      addIssue({ message, path: issuePath(dataset.value, path) });
    }
  }),
);

/**
 * The rules beyond the schema that a deal file is held to (ids unique, citations and links that
 * resolve, numbers written as the app writes them), for a deal that did not come from a file: the
 * conformance check holds a backend's answer to them, with the series it answers for the deal's
 * `metrics` (their points are figures events link to). Paths start at the deal (`events[2].id`).
 */
export function dealRuleProblems(deal: unknown, metrics: Record<string, unknown>): { path: string; message: string }[] {
  return [...crossReferenceProblems({ deal, metrics }), ...numberStyleProblems({ deal })]
    .filter(({ path }) => path[0] === 'deal')
    .map(({ path, message }) => ({ path: formatPath(path.slice(1)), message }));
}

export type DealFileInput = v.InferInput<typeof DealFileSchema>;
export type DealFile = v.InferOutput<typeof DealFileSchema>;

type Key = string | number;
type Found = { path: Key[]; value: Record<string, unknown> };
type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => !!value && typeof value === 'object' && !Array.isArray(value);
const listAt = (value: unknown, key: string): unknown[] =>
  isRecord(value) && Array.isArray(value[key]) ? value[key] : [];
const stringAt = (value: unknown, key: string): string | undefined =>
  isRecord(value) && typeof value[key] === 'string' ? value[key] : undefined;

/** Every object in the file that `is` picks, with where it sits. */
function collect(value: unknown, is: (o: Loose) => boolean, path: Key[] = [], out: Found[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, is, [...path, i], out));
  else if (isRecord(value)) {
    if (is(value)) out.push({ path, value });
    for (const [key, item] of Object.entries(value)) collect(item, is, [...path, key], out);
  }
  return out;
}

const quoted = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

/**
 * What JSON Schema cannot say: every id unique, every citation and link pointing at something in
 * the file. Reads the file defensively, as it may have other faults.
 */
function crossReferenceProblems(file: unknown): { path: Key[]; message: string }[] {
  const problems: { path: Key[]; message: string }[] = [];
  const deal = isRecord(file) ? file.deal : undefined;
  const metrics = isRecord(file) && isRecord(file.metrics) ? file.metrics : {};

  const unique = (items: { id: string | undefined; path: Key[] }[], what: string) => {
    const first = new Map<string, Key[]>();
    for (const { id, path } of items) {
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (earlier) problems.push({ path, message: `the ${what} id "${id}" is already used at ${formatPath(earlier)}` });
      else first.set(id, path);
    }
    return new Set(first.keys());
  };

  const sources = unique(
    listAt(deal, 'sources').map((s, i) => ({ id: stringAt(s, 'id'), path: ['deal', 'sources', i, 'id'] })),
    'source',
  );
  // A figure is any object with a status and a qualifier: the contract has no other.
  const figures = collect(file, (o) => typeof o.status === 'string' && typeof o.qualifier === 'string');
  const figureIds = unique(
    figures.map((f) => ({ id: stringAt(f.value, 'id'), path: [...f.path, 'id'] })),
    'figure',
  );
  // The app computes figures beside the file's (src/features/charts/utils/derive.ts, computedId):
  // their ids have a colon, so that no file figure can share one with them on a chart.
  for (const f of figures) {
    if (stringAt(f.value, 'id')?.includes(':'))
      problems.push({
        path: [...f.path, 'id'],
        message: 'a figure id here has no colon: "computed:…" ids are kept for the figures the app computes',
      });
  }
  const events = listAt(deal, 'events');
  unique(
    events.map((e, i) => ({ id: stringAt(e, 'id'), path: ['deal', 'events', i, 'id'] })),
    'event',
  );

  for (const citation of collect(file, (o) => typeof o.sourceId === 'string')) {
    const id = citation.value.sourceId as string;
    if (!sources.has(id)) {
      problems.push({
        path: [...citation.path, 'sourceId'],
        message: `no source "${id}" in deal.sources: add it there, or cite one of ${quoted(sources)}`,
      });
    }
  }
  const linked = (ids: unknown[], path: Key[]) =>
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !figureIds.has(id))
        problems.push({ path: [...path, i], message: `no figure with the id "${id}" in this file` });
    });
  for (const figure of figures) linked(listAt(figure.value, 'inputs'), [...figure.path, 'inputs']);
  events.forEach((event, i) => linked(listAt(event, 'figureIds'), ['deal', 'events', i, 'figureIds']));

  for (const [key, series] of Object.entries(metrics)) {
    const id = stringAt(series, 'id');
    if (id !== undefined && id !== key)
      problems.push({ path: ['metrics', key, 'id'], message: `expected "${key}", the key this series is filed under` });
  }
  listAt(deal, 'metrics').forEach((id, i) => {
    if (typeof id === 'string' && !isRecord(metrics[id]))
      problems.push({
        path: ['deal', 'metrics', i],
        message: `no series for "${id}": add it under metrics, or leave it out of deal.metrics`,
      });
  });
  return problems;
}

/**
 * How each language writes a number in running text: as the app formats the figures beside it
 * (src/lib/format.ts, en-GB and de-DE), so that a card never shows "EUR 450M" over "€450m". Each
 * rule: what is refused, and what to write instead. The source's own words (`original`) are
 * quotations and are not judged.
 */
export const NUMBER_STYLE: Record<'en' | 'de', readonly { pattern: RegExp; instead: string }[]> = {
  en: [
    { pattern: /\b(?:EUR|USD)\s?\d+(?:[.,]\d+)?\s?[A-Za-z]*/, instead: '€450m, US$5.5bn (the sign before the number)' },
    { pattern: /(?<!US)\$\s?\d+(?:[.,]\d+)?/, instead: 'US$586m (a bare "$" could be any dollar)' },
    { pattern: /\d+(?:[.,]\d+)?\s?[MBK]\b/, instead: '€450m, US$5.5bn, 400m (m and bn in lower case)' },
    { pattern: /\d+(?:[.,]\d+)?\s+(?:million|billion)\b/, instead: '400m, US$5.5bn' },
    { pattern: /\d+\s?(?:-|to)\s?\d+\s?%/, instead: '15–20% (an en dash between the numbers)' },
    { pattern: /\d+(?:[.,]\d+)?\s+%/, instead: '9.3% (no space before %)' },
    { pattern: /\d+(?:[.,]\d+)?\s?(?:per ?cent|percent)\b/, instead: '30%' },
  ],
  de: [
    {
      pattern: /\b(?:EUR|USD)\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:Mio\.|Mrd\.)?\s?(?:EUR|USD)\b/,
      instead: '450 Mio. €, 5,5 Mrd. US$',
    },
    { pattern: /(?<!US)\$/, instead: '586 Mio. US$ (ein bloßes „$“ kann jeder Dollar sein)' },
    { pattern: /\d+(?:,\d+)?\s?(?:Mio\.|Mrd\.)?\s?Euro\b/, instead: '450 Mio. € (das Zeichen €, wie bei den Zahlen)' },
    { pattern: /\d+(?:,\d+)?\s?(?:Millionen|Milliarden)\b/, instead: '400 Mio., 5,5 Mrd. US$' },
    { pattern: /\d+\s?(?:-|bis)\s?\d+\s?(?:%|Prozent)/, instead: '15–20 % (Halbgeviertstrich zwischen den Zahlen)' },
    { pattern: /\d+(?:[.,]\d+)?%/, instead: '9,3 % (mit Leerzeichen vor %)' },
    { pattern: /\d+(?:,\d+)?\s?Prozent\b/, instead: '30 %' },
    { pattern: /\d+\.\d{1,2}(?!\d)/, instead: '9,3 (Dezimalkomma)' },
  ],
};

/** Every text in both languages (`{ en, de }`) that writes a number otherwise than the app does. */
function numberStyleProblems(file: unknown): { path: Key[]; message: string }[] {
  const problems: { path: Key[]; message: string }[] = [];
  const texts = collect(
    file,
    (o) => Object.keys(o).length === 2 && typeof o.en === 'string' && typeof o.de === 'string',
  );
  for (const { path, value } of texts) {
    for (const language of ['en', 'de'] as const) {
      const text = value[language] as string;
      const rule = NUMBER_STYLE[language].find((r) => r.pattern.test(text));
      if (rule) {
        const [found] = text.match(rule.pattern)!;
        problems.push({
          path: [...path, language],
          message: `writes "${found.trim()}": write numbers as the app shows them, e.g. ${rule.instead}`,
        });
      }
    }
  }
  return problems;
}

/** `deal.events[3].date`, `metrics["registered-users"].id`: a path as a reader finds it in the file. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

type PathItem = NonNullable<v.IssuePathItem>;

// Valibot's issue paths carry each step's parent value; a raw check builds its own.
function issuePath(root: unknown, keys: Key[]): [PathItem, ...PathItem[]] {
  const items: PathItem[] = [];
  let input: unknown = root;
  for (const key of keys) {
    const value = (input as Record<Key, unknown>)[key];
    items.push(
      typeof key === 'number'
        ? { type: 'array', origin: 'value', input: input as unknown[], key, value }
        : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value },
    );
    input = value;
  }
  return items as [PathItem, ...PathItem[]];
}
