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
