// The API's endpoints, written once: their paths, parameters and error cases. Read by the client's
// queries and the early requests (which build their URLs here), the mock handlers and fault
// scenarios (which match the same paths), the prerender step, the OpenAPI document and the
// conformance check. A module with no dependencies, so the early-requests entry stays tiny.

// Empty by default: the app asks its own origin, where the mocks answer. A build with
// VITE_API_BASE_URL set asks that backend instead (it must serve the same /api contract).
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** The deal the app opens on (its root address redirects there). */
export const SEED_DEAL_ID = 'alibaba-sina-weibo-2013';

/** An error an endpoint answers with: its status and its `error.code`. */
export interface ApiErrorCase {
  status: 400 | 404;
  code: string;
}

export interface ApiEndpoint {
  /** OpenAPI path template: `/api/deals/{dealId}`. */
  path: string;
  /** The contract schema of a 200 answer, by its name in `schemas.ts`. */
  response: 'DealList' | 'Deal' | 'EventList' | 'MetricSeries' | 'OpenApiDocument';
  /** Query parameters, by name (path parameters are the template's). */
  query: readonly string[];
  errors: readonly ApiErrorCase[];
}

const dealNotFound = { status: 404, code: 'deal_not_found' } as const;

// Their descriptions and examples, for the OpenAPI document and the conformance check, live in
// mocks/ (keyed by these ids, so they cannot drift): the app's bundles carry only what they use.
export const API_ENDPOINTS = {
  deals: {
    path: '/api/deals',
    response: 'DealList',
    // asof=YYYY-MM-DD: the summaries as known that day.
    query: ['asof'],
    errors: [{ status: 400, code: 'bad_query' }],
  },
  deal: {
    path: '/api/deals/{dealId}',
    response: 'Deal',
    // events=key: only the events a page without a timeline reads (src/lib/key-events.ts); the
    // timeline reads the events endpoint. An older backend that ignores it answers every event, which still reads right.
    query: ['events'],
    errors: [{ status: 400, code: 'bad_query' }, dealNotFound],
  },
  events: {
    path: '/api/deals/{dealId}/events',
    response: 'EventList',
    query: ['from', 'to', 'kinds'],
    errors: [{ status: 400, code: 'bad_query' }, dealNotFound],
  },
  metric: {
    path: '/api/deals/{dealId}/metrics/{metric}',
    response: 'MetricSeries',
    query: [],
    errors: [{ status: 400, code: 'bad_query' }, dealNotFound, { status: 404, code: 'metric_not_found' }],
  },
  // Every endpoint answers an unknown query parameter with 400 bad_query, naming the known ones.
  openapi: {
    path: '/api/openapi.json',
    response: 'OpenApiDocument',
    query: [],
    errors: [{ status: 400, code: 'bad_query' }],
  },
} as const satisfies Record<string, ApiEndpoint>;

export type ApiEndpointId = keyof typeof API_ENDPOINTS;

/** Every `error.code` the contract names: `deal_not_found`, `bad_query`, … */
export type ApiErrorCode = (typeof API_ENDPOINTS)[ApiEndpointId]['errors'][number]['code'];

/** A path template filled in, each parameter URL-encoded: `/api/deals/alibaba-sina-weibo-2013`. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** The template in the `:name` form of MSW and most routers: `/api/deals/:dealId`. */
export function routePattern(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

export const apiPaths = {
  deals: () => API_ENDPOINTS.deals.path,
  deal: (id: string) => fillPath(API_ENDPOINTS.deal.path, { dealId: id }),
  /** The deal with its key events only (`?events=key`): what every page but the timeline reads. */
  dealKeyEvents: (id: string) => `${fillPath(API_ENDPOINTS.deal.path, { dealId: id })}?events=key`,
  events: (id: string) => fillPath(API_ENDPOINTS.events.path, { dealId: id }),
  metric: (id: string, metric: string) => fillPath(API_ENDPOINTS.metric.path, { dealId: id, metric }),
  openapi: () => API_ENDPOINTS.openapi.path,
};
