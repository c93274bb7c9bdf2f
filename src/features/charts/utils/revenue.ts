import { addMonths } from '../../../lib/dates';
import { formatAtStep, formatFigure, formatPartialDate } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { statusOf, type ComputedStatus } from '../../../lib/status';
import { inCurrency, sourcePair, type Currency, type CurrencyPair } from './currency';

export type RevenueProfile = 'even' | 'ramp-up' | 'front-loaded';
export const REVENUE_PROFILES: readonly RevenueProfile[] = ['even', 'ramp-up', 'front-loaded'];

/** Monthly amounts are rounded to this step (EUR or USD 0.1M) so that they add up exactly. */
export const REVENUE_STEP = 100_000;

/** Relative weight of each month: flat, rising linearly, or falling linearly. */
export function profileWeights(profile: RevenueProfile, months: number): number[] {
  return Array.from({ length: months }, (_, i) =>
    profile === 'even' ? 1 : profile === 'ramp-up' ? i + 1 : months - i,
  );
}

/**
 * Splits `total` by `weights` into multiples of `step` that add up to exactly `total` (largest
 * remainder: round every share down, then hand the leftover steps to the largest remainders).
 */
export function allocate(total: number, weights: number[], step: number): number[] {
  const units = Math.round(total / step);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (units * w) / sum);
  const floors = exact.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - floors[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((u) => u * step);
}

/**
 * The status of the months and their running sums: computed from the total and the profile, an
 * assumption (the sources give only the total), so modelled by the one status rule.
 */
export function monthsStatus(total: Figure): ComputedStatus {
  return statusOf([total.status, 'modelled']);
}

/** A month's amount or a running sum as tables and tooltips give it: at its own precision, 0.1M. */
export function revenueAmountText(value: number, currency: Currency, locale: Locale): string {
  return formatAtStep(value, currency, REVENUE_STEP, locale);
}

export interface RevenueMonth {
  index: number;
  month: string;
  amount: number;
  cumulative: number;
}

/**
 * The projected revenue spread over its horizon, month by month from the month after the deal.
 * The spread is modelled: the sources give only the total.
 */
export function revenueMonths(
  total: Figure,
  months: number,
  profile: RevenueProfile,
  firstMonth: string,
): RevenueMonth[] {
  const amounts = allocate(total.value, profileWeights(profile, months), REVENUE_STEP);
  let cumulative = 0;
  return amounts.map((amount, i) => {
    cumulative += amount;
    return { index: i + 1, month: addMonths(firstMonth, i), amount, cumulative };
  });
}

/** The month the projection starts: the first whole month after the deal was announced. */
export function firstProjectionMonth(deal: Deal, total: Figure): string {
  const start = deal.announcedOn ?? total.publicOn;
  return addMonths(start.date.slice(0, 7), 1);
}

export interface Projection {
  total: Figure;
  horizon: Figure;
  first: string;
  pair: CurrencyPair | null;
}

/** The projected revenue in the chosen currency, if it was public on `asOf`. */
export function selectProjection(
  deal: Deal,
  currency: Currency,
  asOf: string | null,
  locale: Locale,
): Projection | null {
  const revenue = known(deal.projections?.revenue, asOf);
  const horizon = known(deal.projections?.horizon, asOf);
  if (!revenue || !horizon) return null;
  const pair = sourcePair(deal, asOf);
  const total = inCurrency(revenue, currency, pair, locale, known(deal.projections?.revenueUsd, asOf));
  return { total, horizon, first: firstProjectionMonth(deal, total), pair };
}

/** The note under the chart: what the spread assumes, and that the months add up to the total. */
export function revenueAssumption(projection: Projection, profile: RevenueProfile, locale: Locale): string {
  return translate(locale, 'revenue.assumption', {
    months: projection.horizon.value,
    from: formatPartialDate({ precision: 'month', date: projection.first }, locale),
    shape: translate(locale, `revenue.shape.${profile}`),
    total: formatFigure(projection.total, locale),
  });
}
