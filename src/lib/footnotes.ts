import type { Citation } from './schemas';

// A printed page numbers its sources once: in order of first appearance down the page, the same
// source and lines with the same number wherever they are cited.

/** One numbered entry of a page's "Sources" list. */
export interface Footnote {
  n: number;
  key: string;
  citation: Citation;
}

export interface Footnotes {
  /** The numbered entries, 1..N in order. */
  notes: Footnote[];
  /** Each citation key's number. */
  numbers: Map<string, number>;
}

/** The identity of a citation for numbering: its source and lines; line order and repeats do not count. */
export function footnoteKey(citation: Citation): string {
  const lines = [...new Set(citation.lines ?? [])].sort((a, b) => a - b);
  return lines.length ? `${citation.sourceId}:${lines.join(',')}` : citation.sourceId;
}

/** Numbers the citations of a page, given in the order they appear down the page. */
export function numberFootnotes(citationsInOrder: Iterable<Citation>): Footnotes {
  const notes: Footnote[] = [];
  const numbers = new Map<string, number>();
  for (const citation of citationsInOrder) {
    const key = footnoteKey(citation);
    if (numbers.has(key)) continue;
    const n = notes.length + 1;
    numbers.set(key, n);
    const lines = [...new Set(citation.lines ?? [])].sort((a, b) => a - b);
    notes.push({ n, key, citation: { sourceId: citation.sourceId, ...(lines.length ? { lines } : {}) } });
  }
  return { notes, numbers };
}

/** The marks one place on the page carries: each of its citations' numbers once, ascending. */
export function footnoteMarks(footnotes: Footnotes, citations: readonly Citation[]): number[] {
  const marks: number[] = [];
  for (const c of citations) {
    const n = footnotes.numbers.get(footnoteKey(c));
    if (n !== undefined && !marks.includes(n)) marks.push(n);
  }
  return marks.sort((a, b) => a - b);
}
