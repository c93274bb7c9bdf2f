import type { DealInput, DealSummaryPayload, MetricId, MetricSeriesInput } from '../../src/lib/schemas';
import { seedDeal, seedMetrics } from './alibaba-sina-weibo-2013';
import { syntheticDeal } from './synthetic';

export interface MockDeal {
  summary: DealSummaryPayload;
  deal: DealInput;
  metrics: Partial<Record<MetricId, MetricSeriesInput>>;
}

function summaryOf(deal: DealInput): DealSummaryPayload {
  return {
    id: deal.id,
    name: deal.name,
    status: deal.status,
    announcedOn: deal.announcedOn,
    acquirer: deal.parties.acquirer.name,
    target: deal.parties.target.name,
  };
}

function synthetic(id: string, count: number, seed: number): MockDeal {
  let deal: DealInput | undefined;
  // Generated on first request: a page that never asks for 10,000 events never pays for them.
  const build = () => (deal ??= syntheticDeal(id, count, seed));
  const summary = summaryOf(syntheticDeal(id, count, seed, 0));
  return {
    summary,
    get deal() {
      return build();
    },
    metrics: {},
  };
}

/** Every deal the mocked API knows, by id: the seed deal and synthetic ones for scale. */
export const mockDeals: Record<string, MockDeal> = {
  [seedDeal.id]: { summary: summaryOf(seedDeal), deal: seedDeal, metrics: seedMetrics },
  'synthetic-100': synthetic('synthetic-100', 100, 100),
  'synthetic-1k': synthetic('synthetic-1k', 1_000, 1_000),
  'synthetic-10k': synthetic('synthetic-10k', 10_000, 10_000),
};
