import type { DealInput, MetricId, MetricSeriesInput } from '../../src/lib/schemas';
import dealFiles from 'virtual:deal-files';
import { syntheticDeal } from './synthetic';

// A deal's row in the index is not kept here: it depends on the day asked (handlers/deal-summary.ts).
export interface MockDeal {
  deal: DealInput;
  metrics: Partial<Record<MetricId, MetricSeriesInput>>;
  /** Generated test data (the synthetic deals), not a tracked deal from mocks/deals/. */
  generated: boolean;
}

function synthetic(id: string, count: number, seed: number): MockDeal {
  let deal: DealInput | undefined;
  // Generated on first request: a page that never asks for 10,000 events never pays for them.
  const build = () => (deal ??= syntheticDeal(id, count, seed));
  return {
    get deal() {
      return build();
    },
    metrics: {},
    generated: true,
  };
}

/** Every deal the mocked API knows, by id: one per file in mocks/deals/, and synthetic ones for scale. */
export const mockDeals: Record<string, MockDeal> = {
  ...Object.fromEntries(dealFiles.map(({ deal, metrics }) => [deal.id, { deal, metrics, generated: false }])),
  'synthetic-100': synthetic('synthetic-100', 100, 100),
  'synthetic-1k': synthetic('synthetic-1k', 1_000, 1_000),
  'synthetic-10k': synthetic('synthetic-10k', 10_000, 10_000),
};
