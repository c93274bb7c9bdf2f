import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { MetricSeriesSchema, type MetricId } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getMetric(dealId: string, metric: MetricId, signal?: AbortSignal) {
  return apiGet(
    `/api/deals/${encodeURIComponent(dealId)}/metrics/${encodeURIComponent(metric)}`,
    MetricSeriesSchema,
    signal,
  );
}

export const metricQueryOptions = (dealId: string, metric: MetricId) =>
  queryOptions({
    queryKey: dealKeys.metric(dealId, metric),
    queryFn: ({ signal }) => getMetric(dealId, metric, signal),
  });

export const useMetric = (dealId: string, metric: MetricId) => useQuery(metricQueryOptions(dealId, metric));
