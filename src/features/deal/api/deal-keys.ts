import type { MetricId } from '../../../lib/schemas';

/** Query keys from generic to specific; every variable a query function reads is in its key. */
export const dealKeys = {
  all: ['deals'] as const,
  list: (asOf: string | null = null) => [...dealKeys.all, 'list', { asOf }] as const,
  detail: (dealId: string) => [...dealKeys.all, 'detail', dealId] as const,
  events: (dealId: string) => [...dealKeys.all, 'events', dealId] as const,
  metric: (dealId: string, metric: MetricId) => [...dealKeys.all, 'metric', dealId, metric] as const,
};
