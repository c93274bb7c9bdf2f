import { formatDecimal, formatFigure } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { CurrencyPair } from '../utils/currency';

/** Says which exchange rate the dollar figures use: the sources' own, never a market rate. */
export function CurrencyNote({ pair }: { pair: CurrencyPair | null }) {
  const t = useT();
  const locale = useLocale();
  if (!pair) return null;
  return (
    <p className="chart-card__note">
      {t('chart.currency.note', {
        usd: formatFigure(pair.usd, locale),
        eur: formatFigure(pair.eur, locale),
        rate: formatDecimal(pair.usdPerEur, locale, 4),
      })}
    </p>
  );
}
