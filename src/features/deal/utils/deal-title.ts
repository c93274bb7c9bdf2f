import type { Locale } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';

/**
 * The deal's name as a reader on `asOf` (null: today) would give it, in `locale`. The one place a
 * widget, an embed or a file takes the deal's name from, so that a name which follows the day
 * (no hindsight: a rumour's name before the announcement) is changed here alone. For now the
 * deal's own name, already in the page's language.
 */
export function dealTitle(deal: Pick<Deal, 'name'>, asOf: string | null, locale: Locale): string {
  void asOf;
  void locale;
  return deal.name;
}
