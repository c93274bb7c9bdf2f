import { textWidth, truncateToWidth } from '../../../lib/text-width';

/** What a label may not cover on its lane's first row: a mark, from its left to its right edge. */
export interface Obstacle {
  x0: number;
  x1: number;
}

/** One event asking for a label beside its mark. */
export interface LabelRequest {
  id: string;
  /** The mark the label belongs to (a same-day cluster's events share one). */
  mark: Obstacle;
  /** Texts to try, most informative first (e.g. title with date, then the title alone). */
  texts: string[];
  /** The full title, for the hover and focus text of a shortened label. */
  full: string;
}

export interface PlacedLabel {
  id: string;
  text: string;
  full: string;
  /** 0: beside the mark; 1 and more: stacked below it. */
  row: number;
  /** Left edge, right edge. */
  x0: number;
  x1: number;
  truncated: boolean;
}

export interface PlacementOptions {
  /** The plot's width: labels stay inside [0, width]. */
  width: number;
  rows: number;
  fontSize: number;
  /** Space between a label and anything else on its row. */
  gap: number;
}

/** How far from `start` a label can run (to the right when dir is 1, left when -1) before it meets something. */
function room(occupied: Obstacle[], start: number, dir: 1 | -1, width: number, gap: number): number {
  if (start < 0 || start > width) return 0;
  let limit = dir === 1 ? width - start : start;
  for (const o of occupied) {
    const lo = o.x0 - gap;
    const hi = o.x1 + gap;
    if (start > lo && start < hi) return 0;
    if (dir === 1 && lo >= start) limit = Math.min(limit, lo - start);
    if (dir === -1 && hi <= start) limit = Math.min(limit, start - hi);
  }
  return Math.max(limit, 0);
}

/**
 * Places each request's label on its lane without overlaps, in the order given (most important
 * first): beside its mark (right, else left), else stacked below it, with the longest text that
 * fits; else shortened with an ellipsis; else it is counted as hidden. Deterministic: the same
 * requests give the same places.
 */
export function placeLabels(
  marks: Obstacle[],
  requests: LabelRequest[],
  { width, rows, fontSize, gap }: PlacementOptions,
): { placed: PlacedLabel[]; hidden: string[] } {
  const occupied: Obstacle[][] = Array.from({ length: rows }, (_, row) => (row === 0 ? [...marks] : []));
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];

  // Where a label can start on a row: beside the mark on the first row, under its left edge
  // below (moved inside the plot for a mark on its edge).
  const starts = (mark: Obstacle, row: number) =>
    row === 0
      ? [
          { at: mark.x1 + gap, dir: 1 as const },
          { at: mark.x0 - gap, dir: -1 as const },
        ]
      : [
          { at: Math.max(mark.x0, 0), dir: 1 as const },
          { at: Math.min(mark.x1, width), dir: -1 as const },
        ];

  const put = (request: LabelRequest, row: number, at: number, dir: 1 | -1, text: string, truncated: boolean) => {
    const w = textWidth(text, fontSize);
    const box = dir === 1 ? { x0: at, x1: at + w } : { x0: at - w, x1: at };
    occupied[row].push(box);
    placed.push({ id: request.id, text, full: request.full, row, ...box, truncated });
  };

  for (const request of requests) {
    let done = false;
    for (let row = 0; row < rows && !done; row += 1) {
      for (const text of request.texts) {
        const w = textWidth(text, fontSize);
        const spot = starts(request.mark, row).find((s) => room(occupied[row], s.at, s.dir, width, gap) >= w);
        if (spot) {
          put(request, row, spot.at, spot.dir, text, false);
          done = true;
          break;
        }
      }
    }
    if (done) continue;
    // Nothing fits whole: shorten the last (shortest) text into the widest free spot.
    let best: { row: number; at: number; dir: 1 | -1; space: number } | null = null;
    for (let row = 0; row < rows; row += 1) {
      for (const s of starts(request.mark, row)) {
        const space = room(occupied[row], s.at, s.dir, width, gap);
        if (!best || space > best.space) best = { row, ...s, space };
      }
    }
    const shortest = request.texts[request.texts.length - 1];
    const cut = best ? truncateToWidth(shortest, best.space, fontSize) : null;
    if (best && cut) put(request, best.row, best.at, best.dir, cut, true);
    else hidden.push(request.id);
  }
  return { placed, hidden };
}
