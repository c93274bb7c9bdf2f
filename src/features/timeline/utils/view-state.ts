import * as v from 'valibot';
import { EventKindSchema, type EventKind } from '../../../lib/schemas';
import { dayParam, single, type AddressNote, type ParamProblem } from '../../../lib/url-params';
import type { IndexedEvent } from './event-index';
import { clampRange, fromDay, MIN_SPAN, span, toDay, type Range } from './time-scale';

/** The timeline's view as the address holds it; null means "the default". */
export interface TimelineView {
  from: string | null;
  to: string | null;
  kinds: EventKind[] | null;
  event: string | null;
}

export const DEFAULT_VIEW: TimelineView = { from: null, to: null, kinds: null, event: null };

const EVENT_ID = /^[A-Za-z0-9._:-]{1,120}$/;

/** Reads the view from the address; anything malformed is reported and replaced by its default. */
export function parseTimelineParams(params: URLSearchParams): { view: TimelineView; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  let from = dayParam(params, 'from', problems);
  let to = dayParam(params, 'to', problems);
  if (from && to && from > to) {
    problems.push({ key: 'from', value: `${from} > ${to}` });
    from = null;
    to = null;
  }
  let kinds: EventKind[] | null = null;
  const rawKinds = single(params, 'kinds', problems);
  if (rawKinds !== null) {
    const parts = rawKinds.split(',').filter(Boolean);
    const valid = parts.filter((k): k is EventKind => v.is(EventKindSchema, k));
    if (valid.length !== parts.length) problems.push({ key: 'kinds', value: rawKinds });
    kinds = valid.length ? [...new Set(valid)] : rawKinds === '' ? [] : null;
  }
  let event = single(params, 'event', problems);
  if (event !== null && !EVENT_ID.test(event)) {
    problems.push({ key: 'event', value: event });
    event = null;
  }
  return { view: { from, to, kinds, event }, problems };
}

/** Writes the view into the address, leaving other keys (chart state, as-of) as they are. */
export function writeTimelineParams(params: URLSearchParams, view: TimelineView): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value === null ? out.delete(key) : out.set(key, value));
  set('from', view.from);
  set('to', view.to);
  set('kinds', view.kinds === null ? null : view.kinds.join(','));
  set('event', view.event);
  return out;
}

/** The range the axis shows for a view: half a range (only a start, or only an end) shows everything. */
export function shownRange(view: TimelineView, bounds: Range): Range {
  if (!view.from || !view.to) return bounds;
  return clampRange({ start: toDay(view.from), end: toDay(view.to) + 1 }, bounds);
}

/**
 * What the reader is told when the axis cannot show the window the address asks for: the values
 * written, why they moved (the "Known as of" day ends the axis, the deal's events do not reach so
 * far, a week is the narrowest view, only one end was given) and the days shown instead.
 */
export function windowNote(view: TimelineView, bounds: Range, asOf: string | null): AddressNote | null {
  if (!view.from && !view.to) return null;
  const shown = shownRange(view, bounds);
  const days = { shownFrom: fromDay(shown.start), shownTo: fromDay(shown.end - 1) };
  if (!view.from || !view.to) {
    const key = view.from ? 'from' : 'to';
    return { message: 'url.note.window.half', days, text: { key, value: (view.from ?? view.to) as string } };
  }
  const asked = { start: toDay(view.from), end: toDay(view.to) + 1 };
  if (asked.start === shown.start && asked.end === shown.end) return null;
  const text = { from: view.from, to: view.to };
  if (asOf && asked.end > bounds.end) return { message: 'url.note.window.asof', days: { ...days, asOf }, text };
  if (asked.start < bounds.start || asked.end > bounds.end) return { message: 'url.note.window.bounds', days, text };
  return span(asked) < MIN_SPAN ? { message: 'url.note.window.week', days, text } : null;
}

/** What the reader is told when the address selects an event the view does not have. */
export function eventNote(eventId: string | null, indexed: IndexedEvent[], asOf: string | null): AddressNote | null {
  if (eventId === null) return null;
  const found = indexed.find((e) => e.event.id === eventId);
  if (!found) return { message: 'url.note.event.unknown', text: { value: eventId } };
  if (asOf && found.knownFrom > toDay(asOf))
    return { message: 'url.note.event.notYet', days: { asOf }, text: { value: eventId } };
  return null;
}
