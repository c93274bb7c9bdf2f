import type { DealInput, MetricId, MetricSeries } from '../../src/lib/schemas';
import { seedDeal, seedMetrics } from './alibaba-sina-weibo-2013';

export interface MockDeal {
  deal: DealInput;
  metrics: Partial<Record<MetricId, MetricSeries>>;
}

/** Every deal the mocked API knows, by id. */
export const mockDeals: Record<string, MockDeal> = {
  [seedDeal.id]: { deal: seedDeal, metrics: seedMetrics },
};
