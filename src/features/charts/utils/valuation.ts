import { formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { inCurrency, sourcePair, type Currency } from './currency';
import { derive } from './derive';

/** What the whole of Weibo was worth at the price paid: price / stake, named and written in `locale`. */
export function impliedValuation(price: Figure, stake: Figure, locale: Locale): Figure {
  return derive({
    name: `implied-valuation-${price.unit.toLowerCase()}`,
    label: translate(locale, 'valuation.implied'),
    value: price.value / (stake.value / 100),
    unit: price.unit,
    formula: `${formatValue(price.value, price.unit, locale)} / ${formatValue(stake.value, 'percent', locale)}`,
    inputs: [price, stake],
  });
}

export interface ValuationView {
  currency: Currency;
  price: Figure;
  valuation: Figure;
  /** The valuation a source itself reports in this currency, for comparison. */
  reportedValuation?: Figure;
}

export function selectValuation(
  deal: Deal,
  currency: Currency,
  asOf: string | null,
  locale: Locale,
): ValuationView | null {
  const stake = known(deal.terms.stakeAcquired, asOf);
  const consideration = known(deal.terms.consideration, asOf);
  if (!stake || !consideration) return null;
  const pair = sourcePair(deal, asOf);
  const price = inCurrency(consideration, currency, pair, locale, known(deal.terms.considerationUsd, asOf));
  const reported = known(deal.valuation.impliedUsd, asOf);
  return {
    currency,
    price,
    valuation: impliedValuation(price, stake, locale),
    reportedValuation: reported?.unit === currency ? reported : undefined,
  };
}
