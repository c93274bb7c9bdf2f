import { CURRENCIES, type Currency } from './currency';
import { REVENUE_PROFILES, type RevenueProfile } from './revenue';
import { parseValuationInput } from './option';

// Chart state lives in the URL so that a view can be shared; every value is parsed, and
// anything unknown or malformed falls back to the default.

export interface ChartParams {
  currency: Currency;
  profile: RevenueProfile;
  /** The option what-if's valuation, or null for "the deal's own". */
  valuation: number | null;
}

export const DEFAULT_CHART_PARAMS: ChartParams = { currency: 'EUR', profile: 'even', valuation: null };

function one(params: URLSearchParams, key: string): string | null {
  const all = params.getAll(key);
  return all.length === 1 ? all[0] : null;
}

export function parseChartParams(params: URLSearchParams): ChartParams {
  const currency = one(params, 'currency');
  const profile = one(params, 'profile');
  const valuation = parseValuationInput(one(params, 'valuation') ?? '');
  return {
    currency: (CURRENCIES as readonly string[]).includes(currency ?? '')
      ? (currency as Currency)
      : DEFAULT_CHART_PARAMS.currency,
    profile: (REVENUE_PROFILES as readonly string[]).includes(profile ?? '')
      ? (profile as RevenueProfile)
      : DEFAULT_CHART_PARAMS.profile,
    valuation: valuation.ok ? valuation.value : null,
  };
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
