import { formatDecimal, formatFigure, formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { computedId, derive } from './derive';

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

/** The pair as a formula fragment in the reader's format: "× US$586m / €450m", "× 586 Mio. US$ / 450 Mio. €". */
function factor(pair: CurrencyPair, to: Currency, locale: Locale): string {
  const usd = formatValue(pair.usd.value, 'USD', locale);
  const eur = formatValue(pair.eur.value, 'EUR', locale);
  return to === 'USD' ? `× ${usd} / ${eur}` : `× ${eur} / ${usd}`;
}

/**
 * A money figure in the chosen currency. A figure the sources report in that currency is used as
 * reported; any other is converted with the sources' own pair (derived, formula shown), never a
 * market rate.
 */
export function inCurrency(
  figure: Figure,
  currency: Currency,
  pair: CurrencyPair | null,
  locale: Locale,
  reported?: Figure,
): Figure {
  if (figure.unit === currency) return figure;
  if (reported && reported.unit === currency) return reported;
  if (!pair || (figure.unit !== 'EUR' && figure.unit !== 'USD')) return figure;
  const rate = currency === 'USD' ? pair.usdPerEur : 1 / pair.usdPerEur;
  return derive({
    name: convertedName(figure.id, currency),
    label: figure.label,
    value: figure.value * rate,
    unit: currency,
    formula: `${formatValue(figure.value, figure.unit, locale)} ${factor(pair, currency, locale)}`,
    inputs: [figure, pair.eur, pair.usd],
    qualifier: figure.qualifier === 'exact' ? 'about' : figure.qualifier,
  });
}

/** The name of a figure converted into `currency`: how a conversion is told apart from any other formula. */
function convertedName(id: string, currency: Currency): string {
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
    if (figure.id !== computedId(convertedName(figure.inputs[0] ?? '', figure.unit)) || found.has(figure.id)) continue;
    const fromUnit: Currency = figure.unit === 'USD' ? 'EUR' : 'USD';
    const rate = figure.unit === 'USD' ? pair.usdPerEur : 1 / pair.usdPerEur;
    found.set(figure.id, { figure, from: { value: figure.value / rate, unit: fromUnit } });
  }
  return [...found.values()];
}

/**
 * The currency note's words: which shown values were converted, from what, and with which pair.
 * Null when no shown value was converted: the note appears exactly where a conversion happened.
 */
export function currencyNoteText(
  shown: readonly (Figure | undefined)[],
  pair: CurrencyPair | null,
  locale: Locale,
): string | null {
  const converted = conversions(shown, pair);
  if (!pair || converted.length === 0) return null;
  const values = converted
    .map(({ figure, from }) =>
      translate(locale, 'chart.currency.converted', {
        to: formatFigure(figure, locale),
        from: formatValue(from.value, from.unit, locale),
      }),
    )
    .join('; ');
  return translate(locale, 'chart.currency.note', {
    values,
    usd: formatFigure(pair.usd, locale),
    eur: formatFigure(pair.eur, locale),
    rate: formatDecimal(pair.usdPerEur, locale, 4),
  });
}
