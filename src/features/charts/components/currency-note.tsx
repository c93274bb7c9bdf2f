import { formatDecimal, formatFigure } from '../../../lib/format';
import { translate, useLocale, type Locale } from '../../../lib/i18n';
import type { CurrencyPair } from '../utils/currency';

/** The note's words, for the screen and for a static image alike. */
export function currencyNoteText(pair: CurrencyPair, locale: Locale): string {
  return translate(locale, 'chart.currency.note', {
    usd: formatFigure(pair.usd, locale),
    eur: formatFigure(pair.eur, locale),
    rate: formatDecimal(pair.usdPerEur, locale, 4),
  });
}

/** Says which exchange rate the dollar figures use: the sources' own, never a market rate. */
export function CurrencyNote({ pair }: { pair: CurrencyPair | null }) {
  const locale = useLocale();
  if (!pair) return null;
  return <p className="chart-card__note">{currencyNoteText(pair, locale)}</p>;
}
