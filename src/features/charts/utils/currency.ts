import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { derive, token } from './derive';

export type Currency = 'EUR' | 'USD';
export const CURRENCIES: readonly Currency[] = ['EUR', 'USD'];

/** The exchange rate the sources themselves imply: the same payment reported in both currencies. */
export interface CurrencyPair {
  eur: Figure;
  usd: Figure;
  usdPerEur: number;
}

export function sourcePair(deal: Deal, asOf: string | null = null): CurrencyPair | null {
  const eur = known(deal.terms.consideration, asOf);
  const usd = known(deal.terms.considerationUsd, asOf);
  if (!eur || !usd || eur.unit !== 'EUR' || usd.unit !== 'USD' || eur.value <= 0) return null;
  return { eur, usd, usdPerEur: usd.value / eur.value };
}

/** The pair as a formula fragment: "× USD 586M / EUR 450M". */
function factor(pair: CurrencyPair, to: Currency): string {
  return to === 'USD'
    ? `× ${token(pair.usd.value, 'USD')} / ${token(pair.eur.value, 'EUR')}`
    : `× ${token(pair.eur.value, 'EUR')} / ${token(pair.usd.value, 'USD')}`;
}

/**
 * A money figure in the chosen currency. A figure the sources report in that currency is used as
 * reported; any other is converted with the sources' own pair (derived, formula shown), never a
 * market rate.
 */
export function inCurrency(figure: Figure, currency: Currency, pair: CurrencyPair | null, reported?: Figure): Figure {
  if (figure.unit === currency) return figure;
  if (reported && reported.unit === currency) return reported;
  if (!pair || (figure.unit !== 'EUR' && figure.unit !== 'USD')) return figure;
  const rate = currency === 'USD' ? pair.usdPerEur : 1 / pair.usdPerEur;
  return derive({
    id: `${figure.id}-in-${currency.toLowerCase()}`,
    label: figure.label,
    value: figure.value * rate,
    unit: currency,
    formula: `${token(figure.value, figure.unit)} ${factor(pair, currency)}`,
    inputs: [figure, pair.eur, pair.usd],
    qualifier: figure.qualifier === 'exact' ? 'about' : figure.qualifier,
  });
}
