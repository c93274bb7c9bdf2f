import { isIsoDay } from './dates';
import { isPublicOn } from './known';
import type { PartialDate } from './schemas';

/** A value in the address that could not be used: the page says so and uses the default. */
export interface ParamProblem {
  key: string;
  value: string;
}

/** The single value of a key; a key given twice counts as malformed. */
export function single(params: URLSearchParams, key: string, problems: ParamProblem[]): string | null {
  const all = params.getAll(key);
  if (all.length > 1) {
    problems.push({ key, value: all.join(', ') });
    return null;
  }
  return all[0] ?? null;
}

/** A YYYY-MM-DD day from the address, or null (with a problem noted when it was malformed). */
export function dayParam(params: URLSearchParams, key: string, problems: ParamProblem[]): string | null {
  const value = single(params, key, problems);
  if (value === null || value === '') return null;
  if (isIsoDay(value)) return value;
  problems.push({ key, value });
  return null;
}

/** "Known as of": the day the whole dashboard is seen from, or null for everything. */
export function parseAsOf(params: URLSearchParams, problems: ParamProblem[] = []): string | null {
  return dayParam(params, 'asof', problems);
}

/** The address with "Known as of" set to `asOf`, or without it. */
export function writeAsOf(params: URLSearchParams, asOf: string | null): URLSearchParams {
  const out = new URLSearchParams(params);
  if (asOf) out.set('asof', asOf);
  else out.delete('asof');
  return out;
}

/**
 * A value in the address the page could read but used otherwise than written (a window it moved,
 * an event it does not have, a day with nothing public yet): the notice says what it used instead.
 * `days` are YYYY-MM-DD days and `dates` dates as precise as their source, both written out in the
 * reader's language; `text` goes in as it is.
 */
export interface AddressNote {
  message: AddressNoteMessage;
  days?: Record<string, string>;
  dates?: Record<string, PartialDate>;
  text?: Record<string, string>;
}

export type AddressNoteMessage =
  | 'url.note.window.asof'
  | 'url.note.window.bounds'
  | 'url.note.window.week'
  | 'url.note.window.half'
  | 'url.note.event.unknown'
  | 'url.note.event.notYet'
  | 'url.note.asof.beforeAll'
  | 'url.note.asof.future';

/** A note's identity: the same note reported twice shows once. */
export const noteKey = (note: AddressNote) =>
  `${note.message}|${JSON.stringify(note.days ?? {})}|${JSON.stringify(note.dates ?? {})}|${JSON.stringify(note.text ?? {})}`;

/**
 * What "Known as of" `asOf` means for a deal whose earliest report is dated `first` (null: none),
 * seen on `today`: before anything was public, or a day still to come. The day is kept.
 */
export function asOfNotes(asOf: string | null, first: PartialDate | null, today: string): AddressNote[] {
  if (!asOf) return [];
  if (asOf > today) return [{ message: 'url.note.asof.future', days: { asOf, today }, text: { value: asOf } }];
  if (first && !isPublicOn(first, asOf))
    return [{ message: 'url.note.asof.beforeAll', days: { asOf }, dates: { first }, text: { value: asOf } }];
  return [];
}
