import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { EventListSchema } from '../../../lib/schemas';
import { dealKeys, type EventFilters } from './deal-keys';

export function eventsPath(dealId: string, filters: EventFilters): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.kinds) params.set('kinds', filters.kinds.join(','));
  const query = params.toString();
  return `${apiPaths.events(dealId)}${query ? `?${query}` : ''}`;
}

export function getEvents(dealId: string, filters: EventFilters, signal?: AbortSignal) {
  return apiGet(eventsPath(dealId, filters), EventListSchema, signal);
}

export const eventsQueryOptions = (dealId: string, filters: EventFilters = {}) =>
  queryOptions({
    queryKey: dealKeys.events(dealId, filters),
    queryFn: ({ signal }) => getEvents(dealId, filters, signal),
  });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useEvents(dealId: string, filters: EventFilters = {}) {
  const locale = useLocale();
  return useQuery({ ...eventsQueryOptions(dealId, filters), select: localizer(locale) });
}
