import { single, type ParamProblem } from '../../../lib/url-params';
import { CURRENCIES, type Currency } from './currency';
import { parseValuationInput } from './option';
import { REVENUE_PROFILES, type RevenueProfile } from './revenue';

// Chart state lives in the URL so that a view can be shared; every value is parsed, and
// anything unknown or malformed falls back to the default (and is reported).

export interface ChartParams {
  currency: Currency;
  profile: RevenueProfile;
  /** The option what-if's valuation, or null for "the deal's own". */
  valuation: number | null;
}

export const DEFAULT_CHART_PARAMS: ChartParams = { currency: 'EUR', profile: 'even', valuation: null };

function oneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  options: readonly T[],
  fallback: T,
  problems: ParamProblem[],
): T {
  const value = single(params, key, problems);
  if (value === null) return fallback;
  // Case is not meaning: currency=usd is USD.
  const match = options.find((option) => option.toLowerCase() === value.toLowerCase());
  if (match) return match;
  problems.push({ key, value });
  return fallback;
}

export function parseChartParams(params: URLSearchParams, problems: ParamProblem[] = []): ChartParams {
  const currency = oneOf(params, 'currency', CURRENCIES, DEFAULT_CHART_PARAMS.currency, problems);
  const profile = oneOf(params, 'profile', REVENUE_PROFILES, DEFAULT_CHART_PARAMS.profile, problems);
  const raw = single(params, 'valuation', problems);
  const valuation = raw === null ? null : parseValuationInput(raw);
  if (valuation && !valuation.ok) problems.push({ key: 'valuation', value: raw ?? '' });
  return { currency, profile, valuation: valuation?.ok ? valuation.value : null };
}

/** Writes only what differs from the default, leaving other keys of the URL as they are. */
export function writeChartParams(params: URLSearchParams, next: ChartParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value === null ? out.delete(key) : out.set(key, value));
  set('currency', next.currency === DEFAULT_CHART_PARAMS.currency ? null : next.currency);
  set('profile', next.profile === DEFAULT_CHART_PARAMS.profile ? null : next.profile);
  set('valuation', next.valuation === null ? null : String(Math.round(next.valuation / 1e7) / 100));
  return out;
}
