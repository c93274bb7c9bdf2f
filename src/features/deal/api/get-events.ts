import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { EventListSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

// Every event of the deal, unfiltered: the timeline's axis, overview strip and "Fit all" span the
// whole deal, and its filters (kinds, range, as-of day) work on what it holds without asking again.

export function getEvents(dealId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.events(dealId), EventListSchema, signal);
}

export const eventsQueryOptions = (dealId: string) =>
  queryOptions({ queryKey: dealKeys.events(dealId), queryFn: ({ signal }) => getEvents(dealId, signal) });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useEvents(dealId: string) {
  const locale = useLocale();
  return useQuery({ ...eventsQueryOptions(dealId), select: localizer(locale) });
}
