import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { DealListSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

/** `/api/deals`, or `/api/deals?asof=2013-04-29`: every deal as known on that day. */
export function dealsPath(asOf: string | null): string {
  return asOf ? `${apiPaths.deals()}?${new URLSearchParams({ asof: asOf })}` : apiPaths.deals();
}

export function getDeals(asOf: string | null, signal?: AbortSignal) {
  return apiGet(dealsPath(asOf), DealListSchema, signal);
}

export const dealsQueryOptions = (asOf: string | null = null) =>
  queryOptions({ queryKey: dealKeys.list(asOf), queryFn: ({ signal }) => getDeals(asOf, signal) });

/**
 * The answer in the reader's language (the cache keeps the payload with both). While another day's
 * list loads, the last one stays on screen, so the table does not blink at each step of the day.
 */
export function useDeals(asOf: string | null) {
  const locale = useLocale();
  return useQuery({ ...dealsQueryOptions(asOf), select: localizer(locale), placeholderData: keepPreviousData });
}
