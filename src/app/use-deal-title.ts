import { useEffect } from 'react';
import { dealNamingAsOf, dealTitle, documentTitle } from '../lib/deal-name';
import { useLocale, useT } from '../lib/i18n';
import type { Deal } from '../lib/schemas';

/**
 * The deal's title as known on `asOf` (null while the deal loads), also written to the tab: the
 * prerendered page's <title> names the deal as it is today, which a past day must not show.
 */
export function useDealTitle(deal: Deal | undefined, asOf: string | null): string | null {
  const t = useT();
  const locale = useLocale();
  const title = deal ? dealTitle(dealNamingAsOf(deal, asOf), asOf, t, locale) : null;
  const tab = documentTitle(t('app.title'), title);
  useEffect(() => {
    document.title = tab;
  }, [tab]);
  return title;
}
