import { eventsInRange, type IndexedEvent } from './event-index';
import { clampRange, span, zoomRange, type Range } from './time-scale';

/**
 * Where a zoom step from a button or key should hold still, as a fraction of the width: the
 * selected event when it is in view, else the middle one of the events in view (an event, not
 * the empty middle of the range), else the middle.
 */
export function zoomAnchor(range: Range, visible: IndexedEvent[], selectedId: string | null): number {
  const at = (e: IndexedEvent) => ((e.start + e.end) / 2 - range.start) / span(range);
  const selected = selectedId ? visible.find((e) => e.event.id === selectedId) : undefined;
  if (selected) return Math.min(Math.max(at(selected), 0), 1);
  if (visible.length === 0) return 0.5;
  return Math.min(Math.max(at(visible[Math.floor(visible.length / 2)]), 0), 1);
}

/**
 * One zoom step from a button or key: around the selected event or the events in view, and never
 * into a view without events when there are events to show: it then centres on the nearest one.
 */
export function zoomStep(
  range: Range,
  factor: number,
  bounds: Range,
  events: IndexedEvent[],
  selectedId: string | null,
): Range {
  const visible = eventsInRange(events, range);
  const anchor = zoomAnchor(range, visible, selectedId);
  const next = zoomRange(range, factor, anchor, bounds);
  if (events.length === 0 || eventsInRange(events, next).length > 0) return next;
  const pivot = range.start + span(range) * anchor;
  let nearest = events[0];
  for (const e of events) {
    const d = Math.abs((e.start + e.end) / 2 - pivot);
    if (d < Math.abs((nearest.start + nearest.end) / 2 - pivot)) nearest = e;
  }
  const middle = (nearest.start + nearest.end) / 2;
  const width = span(next);
  return clampRange({ start: middle - width / 2, end: middle + width / 2 }, bounds);
}
