import { formatDay } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';

/** What an empty chart says: nothing public yet on the chosen day, or nothing reported at all. */
export function emptyMessage(asOf: string | null, locale: Locale): string {
  return asOf
    ? translate(locale, 'state.notYetPublic', { date: formatDay(asOf, locale) })
    : translate(locale, 'state.notReported');
}
