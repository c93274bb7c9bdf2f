import type { EventKind } from '../../../lib/schemas';
import type { IndexedEvent } from './event-index';
import { dayToX, type Range } from './time-scale';

/** One thing drawn on a lane: a single event, or several that sit too close to tell apart. */
export interface Mark {
  /** The mark's slot on its lane, not an event id: after a zoom or pan React moves the drawn marks
   * (a few attribute writes) instead of removing and creating them all, which costs 2-3x more. */
  key: string;
  kind: EventKind;
  x: number;
  /** Right edge: for a single month event, the end of its month. */
  x1: number;
  count: number;
  first: IndexedEvent;
  /** The days the clustered events cover, to zoom into them. */
  start: number;
  end: number;
  /** Where the mark's events begin in its lane's list, and the start of the last of them:
   * events that all start on one day cannot be told apart by zooming. */
  index: number;
  lastStart: number;
}

/**
 * Groups the events of one lane (sorted by start) whose starts fall within `gap` pixels of the
 * group's first start. Marks stay at most one per `gap` pixels, so a lane never draws more than
 * width / gap marks, however many events it holds.
 */
export function clusterLane(kind: EventKind, events: IndexedEvent[], range: Range, width: number, gap: number): Mark[] {
  const marks: Mark[] = [];
  let current: Mark | null = null;
  for (let i = 0; i < events.length; i += 1) {
    const item = events[i];
    const x = dayToX(item.start, range, width);
    if (current && x - current.x < gap) {
      current.count += 1;
      current.end = Math.max(current.end, item.end);
      current.x1 = Math.max(current.x1, x);
      current.lastStart = item.start;
      continue;
    }
    current = {
      key: `${kind}:${marks.length}`,
      kind,
      x,
      x1: dayToX(item.end, range, width),
      count: 1,
      first: item,
      start: item.start,
      end: item.end,
      index: i,
      lastStart: item.start,
    };
    marks.push(current);
  }
  return marks;
}

/** The events of each lane, in order; lanes are the event kinds in the given order. */
export function byLane(kinds: readonly EventKind[], visible: IndexedEvent[]): Map<EventKind, IndexedEvent[]> {
  const lanes = new Map<EventKind, IndexedEvent[]>(kinds.map((k) => [k, []]));
  for (const item of visible) lanes.get(item.event.kind)?.push(item);
  return lanes;
}

/** Clusters every lane; lanes are the event kinds in the given order. */
export function clusterByKind(
  kinds: readonly EventKind[],
  visible: IndexedEvent[],
  range: Range,
  width: number,
  gap: number,
): Map<EventKind, Mark[]> {
  const lanes = byLane(kinds, visible);
  return new Map(kinds.map((k) => [k, clusterLane(k, lanes.get(k) ?? [], range, width, gap)]));
}
