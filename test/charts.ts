import { expect } from 'vitest';

/** The drawn rectangles of one Recharts <Bar>, found by the class name the chart gives it. */
export function bars(root: HTMLElement, className: string): Element[] {
  return [
    ...root.querySelectorAll(`.${className} .recharts-bar-rectangle path, .${className} path.recharts-rectangle`),
  ];
}

export function expectBars(root: HTMLElement, className: string, count: number) {
  expect(bars(root, className), className).toHaveLength(count);
}

/** The rows of a chart's "view data" table, as arrays of cell texts. */
export function tableRows(root: HTMLElement): string[][] {
  return [...root.querySelectorAll('.data-table tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' ')),
  );
}

export function legendLabels(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.legend li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
}

type ModelCell = string | { text: string };

/** The rows of a chart model's data table, as arrays of cell texts. */
export function modelTableRows(table: { rows: ModelCell[][] }): string[][] {
  return table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : cell.text)));
}

// Fields of a model that hold ids, codes or citations rather than words a reader is shown.
const NOT_WORDS = new Set(['key', 'id', 'locale', 'kind', 'status', 'rowStatus', 'unit', 'citations', 'sources']);

/**
 * Every text a chart model gives a reader, but its list of sources (their titles are the sources'
 * own words): title, subtitle, parameters, legend, table, notes, labels and tooltips.
 */
export function modelWords(model: object): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (NOT_WORDS.has(key)) return;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, ''));
    else if (value && typeof value === 'object')
      for (const [k, item] of Object.entries(value as Record<string, unknown>)) walk(item, k);
  };
  walk(model, '');
  return out;
}

/** Words of the app's English formulas and figure names that a German page must not show. */
export const ENGLISH_FORMULA_WORDS =
  /\b(Option headroom|Implied valuation|Cost of|Valuation at exercise|The option is exercised|mutually agreed|points?|pts|Derived|Modelled|Reported|Formula|Assumption|Converted|about)\b|\b(EUR|USD) \d|\d(M|B)\b/;

/** A dollar sign that is not part of "US$". */
export const BARE_DOLLAR = /(?<!US)\$/;
