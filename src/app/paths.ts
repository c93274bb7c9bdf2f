export const SEED_DEAL_ID = 'alibaba-sina-weibo-2013';

export const paths = {
  deal: (dealId: string) => `/deals/${encodeURIComponent(dealId)}`,
  timeline: (dealId: string) => `/deals/${encodeURIComponent(dealId)}/timeline`,
};

export const SEED_DEAL_PATH = paths.deal(SEED_DEAL_ID);
