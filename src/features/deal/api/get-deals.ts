import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { DealListSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getDeals(signal?: AbortSignal) {
  return apiGet(apiPaths.deals(), DealListSchema, signal);
}

export const dealsQueryOptions = () =>
  queryOptions({ queryKey: dealKeys.list(), queryFn: ({ signal }) => getDeals(signal) });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useDeals() {
  const locale = useLocale();
  return useQuery({ ...dealsQueryOptions(), select: localizer(locale) });
}
