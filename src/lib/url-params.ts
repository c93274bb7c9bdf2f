import { isIsoDay } from './dates';

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
