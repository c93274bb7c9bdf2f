import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { inCurrency, sourcePair, type Currency } from './currency';
import { derive, token } from './derive';

/** What the whole of Weibo was worth at the price paid: price / stake. */
export function impliedValuation(price: Figure, stake: Figure): Figure {
  return derive({
    id: `implied-valuation-${price.unit.toLowerCase()}`,
    label: 'Implied valuation of Weibo',
    value: price.value / (stake.value / 100),
    unit: price.unit,
    formula: `${token(price.value, price.unit)} / ${token(stake.value, 'percent')}`,
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

export function selectValuation(deal: Deal, currency: Currency, asOf: string | null = null): ValuationView | null {
  const stake = known(deal.terms.stakeAcquired, asOf);
  const consideration = known(deal.terms.consideration, asOf);
  if (!stake || !consideration) return null;
  const pair = sourcePair(deal, asOf);
  const price = inCurrency(consideration, currency, pair, known(deal.terms.considerationUsd, asOf));
  const reported = known(deal.valuation.impliedUsd, asOf);
  return {
    currency,
    price,
    valuation: impliedValuation(price, stake),
    reportedValuation: reported?.unit === currency ? reported : undefined,
  };
}
