import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { DealSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

/**
 * The deal with its key events only (`?events=key`): its status as of a day and the day it became
 * public read them; the timeline reads every event from their own endpoint (get-events.ts).
 */
export function getDeal(dealId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.dealKeyEvents(dealId), DealSchema, signal);
}

export const dealQueryOptions = (dealId: string) =>
  queryOptions({ queryKey: dealKeys.detail(dealId), queryFn: ({ signal }) => getDeal(dealId, signal) });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useDeal(dealId: string) {
  const locale = useLocale();
  return useQuery({ ...dealQueryOptions(dealId), select: localizer(locale) });
}
