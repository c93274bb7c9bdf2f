import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../../components/query-state';
import type { WhatKey } from '../../../lib/i18n';
import type { MetricId, MetricSeries } from '../../../lib/schemas';
import { useMetric } from '../api/get-metric';

/** Hands a widget one metric series once loaded; until then its own loading or error state. */
export function WithMetric({
  dealId,
  metric,
  what,
  children,
}: {
  dealId: string;
  metric: MetricId;
  what: WhatKey;
  children: (series: MetricSeries) => ReactNode;
}) {
  const query = useMetric(dealId, metric);
  if (query.error) return <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState what={what} />;
  return children(query.data);
}
