import { SEED_DEAL_ID } from '../lib/api-paths';

export { SEED_DEAL_ID };

export const paths = {
  index: () => '/deals',
  deal: (dealId: string) => `/deals/${encodeURIComponent(dealId)}`,
  timeline: (dealId: string) => `/deals/${encodeURIComponent(dealId)}/timeline`,
  embed: (dealId: string, widget: string) => `/embed/${encodeURIComponent(dealId)}/${encodeURIComponent(widget)}`,
};

export const SEED_DEAL_PATH = paths.deal(SEED_DEAL_ID);
