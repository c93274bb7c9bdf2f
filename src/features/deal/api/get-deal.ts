import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { DealSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getDeal(dealId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.deal(dealId), DealSchema, signal);
}

export const dealQueryOptions = (dealId: string) =>
  queryOptions({ queryKey: dealKeys.detail(dealId), queryFn: ({ signal }) => getDeal(dealId, signal) });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useDeal(dealId: string) {
  const locale = useLocale();
  return useQuery({ ...dealQueryOptions(dealId), select: localizer(locale) });
}
