import * as v from 'valibot';
import { EventKindSchema, type EventKind } from '../../../lib/schemas';
import { dayParam, single, type ParamProblem } from '../../../lib/url-params';

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
