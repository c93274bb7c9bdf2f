import { formatDecimal, formatFigure, formatValue } from '../../../lib/format';
import { translate, useLocale, type Locale } from '../../../lib/i18n';
import { conversions, type CurrencyPair } from '../utils/currency';
import type { Figure } from '../../../lib/schemas';

/**
 * The note's words, for the screen and for a static image alike: which shown values were
 * converted, from what, and with which pair. Null when no shown value was converted.
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

/** Says where a value was converted, and with which pair: the sources' own, never a market rate. */
export function CurrencyNote({ shown, pair }: { shown: readonly (Figure | undefined)[]; pair: CurrencyPair | null }) {
  const locale = useLocale();
  const text = currencyNoteText(shown, pair, locale);
  return text ? <p className="chart-card__note currency-note">{text}</p> : null;
}

/** The note as a static image's lines: one, or none when nothing shown was converted. */
export function currencyNoteLines(
  shown: readonly (Figure | undefined)[],
  pair: CurrencyPair | null,
  locale: Locale,
): string[] {
  const text = currencyNoteText(shown, pair, locale);
  return text ? [text] : [];
}
