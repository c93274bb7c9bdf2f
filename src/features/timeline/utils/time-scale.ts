// Time on the axis is counted in days since 1970-01-01 (UTC): whole days are exact in floating
// point, and a range is [start, end) so that a day event covers one unit and a month its length.

export const DAY_MS = 86_400_000;
/** The narrowest view: one week. */
export const MIN_SPAN = 7;

export interface Range {
  start: number;
  end: number;
}

/** Day number of a YYYY-MM-DD string. Read by position, not by Date.parse: indexing 10,000 events calls it 20,000 times. */
export function toDay(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  const day = Number(isoDay.slice(8, 10));
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(Math.floor(day) * DAY_MS).toISOString().slice(0, 10);
}

export const span = (range: Range) => range.end - range.start;

/** Keeps a range inside the bounds and no narrower than a week, preserving its span where it can. */
export function clampRange(range: Range, bounds: Range): Range {
  const width = Math.min(Math.max(span(range), MIN_SPAN), Math.max(span(bounds), MIN_SPAN));
  let start = range.start;
  if (start < bounds.start) start = bounds.start;
  if (start + width > bounds.end) start = Math.max(bounds.start, bounds.end - width);
  return { start, end: start + width };
}

/** Zooms by `factor` (below 1 zooms in) around `anchor`, a fraction of the width (0 left, 1 right). */
export function zoomRange(range: Range, factor: number, anchor: number, bounds: Range): Range {
  const a = Math.min(Math.max(anchor, 0), 1);
  const pivot = range.start + span(range) * a;
  const width = Math.min(Math.max(span(range) * factor, MIN_SPAN), span(bounds));
  return clampRange({ start: pivot - width * a, end: pivot - width * a + width }, bounds);
}

/** Moves the range by a fraction of its own width (negative: back in time). */
export function panRange(range: Range, fraction: number, bounds: Range): Range {
  const shift = span(range) * fraction;
  return clampRange({ start: range.start + shift, end: range.end + shift }, bounds);
}

/** Everything, with a little air on both sides so that the first and last marks are not cut. */
export function fitRange(extent: Range): Range {
  const width = Math.max(span(extent), MIN_SPAN);
  const pad = Math.max(width * 0.04, 15);
  const middle = (extent.start + extent.end) / 2;
  return { start: Math.floor(middle - width / 2 - pad), end: Math.ceil(middle + width / 2 + pad) };
}

export const dayToX = (day: number, range: Range, width: number) => ((day - range.start) / span(range)) * width;
export const xToDay = (x: number, range: Range, width: number) => range.start + (x / width) * span(range);
