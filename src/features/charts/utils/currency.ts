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
    id: convertedId(figure.id, currency),
    label: figure.label,
    value: figure.value * rate,
    unit: currency,
    formula: `${token(figure.value, figure.unit)} ${factor(pair, currency)}`,
    inputs: [figure, pair.eur, pair.usd],
    qualifier: figure.qualifier === 'exact' ? 'about' : figure.qualifier,
  });
}

/** The id of a figure converted into `currency`: how a conversion is told apart from any other formula. */
function convertedId(id: string, currency: Currency): string {
  return `${id}-in-${currency.toLowerCase()}`;
}

/** A value shown in a currency the sources did not report it in, and what it was converted from. */
export interface Conversion {
  figure: Figure;
  from: { value: number; unit: Currency };
}

/**
 * Which of the values a chart shows were converted with the pair, each once: the currency note
 * names exactly these, and a chart with none has no note.
 */
export function conversions(shown: readonly (Figure | undefined)[], pair: CurrencyPair | null): Conversion[] {
  if (!pair) return [];
  const found = new Map<string, Conversion>();
  for (const figure of shown) {
    if (!figure || (figure.unit !== 'EUR' && figure.unit !== 'USD') || !('inputs' in figure)) continue;
    if (figure.id !== convertedId(figure.inputs[0] ?? '', figure.unit) || found.has(figure.id)) continue;
    const fromUnit: Currency = figure.unit === 'USD' ? 'EUR' : 'USD';
    const rate = figure.unit === 'USD' ? pair.usdPerEur : 1 / pair.usdPerEur;
    found.set(figure.id, { figure, from: { value: figure.value / rate, unit: fromUnit } });
  }
  return [...found.values()];
}
