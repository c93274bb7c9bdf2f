import type { UsePrefetchQueryOptions } from '@tanstack/react-query';
import { dealQueryOptions } from '../../features/deal/api/get-deal';
import { eventsQueryOptions } from '../../features/deal/api/get-events';
import { metricQueryOptions } from '../../features/deal/api/get-metric';
import type { WidgetQuery } from './registry';

/** A widget query (widget-queries.ts) of deal `dealId` as React Query options: for prefetching and the prerender step. */
export function widgetQueryOptions(dealId: string, query: WidgetQuery): UsePrefetchQueryOptions {
  if (query.endpoint === 'deal') return dealQueryOptions(dealId) as UsePrefetchQueryOptions;
  if (query.endpoint === 'events') return eventsQueryOptions(dealId) as UsePrefetchQueryOptions;
  return metricQueryOptions(dealId, query.metric) as UsePrefetchQueryOptions;
}
