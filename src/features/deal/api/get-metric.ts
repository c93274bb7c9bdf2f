import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { localizer } from '../../../lib/localize';
import { apiPaths } from '../../../lib/api-paths';
import { MetricSeriesSchema, type MetricId } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getMetric(dealId: string, metric: MetricId, signal?: AbortSignal) {
  return apiGet(apiPaths.metric(dealId, metric), MetricSeriesSchema, signal);
}

export const metricQueryOptions = (dealId: string, metric: MetricId) =>
  queryOptions({
    queryKey: dealKeys.metric(dealId, metric),
    queryFn: ({ signal }) => getMetric(dealId, metric, signal),
  });

/** The answer in the reader's language (the cache keeps the payload with both). */
export function useMetric(dealId: string, metric: MetricId) {
  const locale = useLocale();
  return useQuery({ ...metricQueryOptions(dealId, metric), select: localizer(locale) });
}
