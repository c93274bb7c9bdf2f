// Where the API lives and how its paths are spelled, in a module with no dependencies: the queries
// and the early requests (early-requests.ts) build their URLs here, so they can never ask for
// different ones.

// Empty by default: the app asks its own origin, where the mocks answer. A build with
// VITE_API_BASE_URL set asks that backend instead (it must serve the same /api contract).
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** The deal the app opens on (its root address redirects there). */
export const SEED_DEAL_ID = 'alibaba-sina-weibo-2013';

/** The widgets that read the registered-users series besides the deal: the KPI cards and the users chart. */
export const readsUsers = (widget: string): boolean => widget === 'kpis' || widget === 'users';

export const apiPaths = {
  deals: () => '/api/deals',
  deal: (dealId: string) => `/api/deals/${encodeURIComponent(dealId)}`,
  events: (dealId: string) => `/api/deals/${encodeURIComponent(dealId)}/events`,
  metric: (dealId: string, metric: string) =>
    `/api/deals/${encodeURIComponent(dealId)}/metrics/${encodeURIComponent(metric)}`,
};
