import { dateSpan, daysInMonth } from '../../../lib/dates';
import type { DealEvent, EventKind } from '../../../lib/schemas';
import { fitRange, toDay, type Range } from './time-scale';

export interface IndexedEvent {
  event: DealEvent;
  /** First day covered, and the day after the last: a month-precision event covers its month. */
  start: number;
  end: number;
  /** The first day on which the event counts as public (a month: its last day). */
  knownFrom: number;
}

/** The longest span an event can have (a month), for searching by start. */
const MAX_EVENT_DAYS = 31;

/** Events with their day numbers, sorted by start then end: done once per payload. */
export function indexEvents(events: DealEvent[]): IndexedEvent[] {
  return events
    .map((event) => {
      const { precision, date } = event.date;
      // The same days as dateSpan(), counted without building its strings: this runs once per event.
      const start = toDay(precision === 'day' ? date : `${date}-01`);
      const days = precision === 'day' ? 1 : daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
      // A month-precision event a dated report gave earlier counts from that report's day.
      const knownFrom = event.publicOn ? toDay(dateSpan(event.publicOn).end) : start + days - 1;
      return { event, start, end: start + days, knownFrom };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The events of the chosen kinds (null: all) that were public on `asOf` (null: today). */
export function filterEvents(
  indexed: IndexedEvent[],
  kinds: readonly EventKind[] | null,
  asOf: string | null,
): IndexedEvent[] {
  // Nothing to filter (the usual first view): the same list, not a copy of thousands of events.
  if (!kinds && !asOf) return indexed;
  const wanted = kinds ? new Set(kinds) : null;
  const limit = asOf ? toDay(asOf) : Infinity;
  return indexed.filter((e) => (!wanted || wanted.has(e.event.kind)) && e.knownFrom <= limit);
}

/** The events public on `asOf` (null: today), of every kind: what a view as of that day could show. */
export function publicEvents(indexed: IndexedEvent[], asOf: string | null): IndexedEvent[] {
  return filterEvents(indexed, null, asOf);
}

/**
 * The axis's bounds: the extent of the public events with a little air, but never past the as-of
 * day, so a past view does not hint at what came later (null: no events and no day to show).
 */
export function axisBounds(published: IndexedEvent[], asOf: string | null): Range | null {
  const extent = extentOf(published);
  if (!asOf) return extent ? fitRange(extent) : null;
  const dayAfter = toDay(asOf) + 1;
  const fit = fitRange(extent ?? { start: dayAfter - 1, end: dayAfter });
  return { start: fit.start, end: Math.min(fit.end, dayAfter) };
}

function lowerBound(items: IndexedEvent[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events that overlap a range, found by binary search: cheap at any zoom, at any size. */
export function eventsInRange(sorted: IndexedEvent[], range: Range): IndexedEvent[] {
  const from = lowerBound(sorted, range.start - MAX_EVENT_DAYS);
  const to = lowerBound(sorted, range.end);
  const out: IndexedEvent[] = [];
  for (let i = from; i < to; i += 1) if (sorted[i].end > range.start) out.push(sorted[i]);
  return out;
}

/** The days the events cover, from the first start to the last end. */
export function extentOf(sorted: IndexedEvent[]): Range | null {
  if (sorted.length === 0) return null;
  let end = -Infinity;
  for (const e of sorted) if (e.end > end) end = e.end;
  return { start: sorted[0].start, end };
}
