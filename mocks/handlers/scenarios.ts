import * as v from 'valibot';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  MetricIdSchema,
  type DealInput,
  type DealList,
  type EventListPayload,
  type MetricSeriesPayload,
} from '../../src/lib/schemas';
import { API_ENDPOINTS, routePattern, SEED_DEAL_ID, type ApiEndpointId } from '../../src/lib/api-paths';
import { mockDeals } from '../data';
import { apiError } from './errors';

export type Scenario = 'slow' | 'error' | 'malformed' | 'offline' | 'empty';
export type Endpoint = 'deals' | 'deal' | 'events' | 'metrics';
export type ScenarioSpec = { scenario: Scenario; endpoint: Endpoint | null };

const SCENARIOS: readonly Scenario[] = ['slow', 'error', 'malformed', 'offline', 'empty'];
const ENDPOINTS: readonly Endpoint[] = ['deals', 'deal', 'events', 'metrics'];

// The endpoint each word of `?mock=<scenario>:<endpoint>` names ("metrics" stays plural in the
// address), matched on the same path as deals.ts, so a scenario handler shadows exactly that handler.
const ENDPOINT_IDS: Record<Endpoint, ApiEndpointId> = {
  deals: 'deals',
  deal: 'deal',
  events: 'events',
  metrics: 'metric',
};

/**
 * Reads the `mock` URL parameter: `<scenario>` or `<scenario>:<endpoint>`. The value comes from the
 * address bar, so anything that is not exactly one of the known words is refused, never echoed.
 */
export function parseScenario(value: string | null): ScenarioSpec | null {
  if (value === null || value.length === 0 || value.length > 40) return null;
  const parts = value.split(':');
  if (parts.length > 2) return null;
  // Array lookups, not object keys: "constructor" or "__proto__" must not count as a scenario.
  const scenario = SCENARIOS.find((s) => s === parts[0]);
  if (!scenario) return null;
  if (parts.length === 1) return { scenario, endpoint: null };
  const endpoint = ENDPOINTS.find((e) => e === parts[1]);
  return endpoint ? { scenario, endpoint } : null;
}

type Params = { dealId?: string; metric?: string };

const param = (value: string | readonly string[] | undefined): string =>
  typeof value === 'string' ? value : (value?.[0] ?? '');

// A deep copy, so corrupting or emptying it never touches the shared mock data (or deals.ts's cache).
function dealCopy(dealId: string): DealInput | undefined {
  const deal = mockDeals[dealId]?.deal;
  return deal ? structuredClone(deal) : undefined;
}

function errorResponse(): Response {
  return apiError(500, 'mock_error', 'The mocked API failed on purpose (?mock=error).');
}

/** 200s that break the contract where the client's schema parsing names the field. */
function malformedResponse(endpoint: Endpoint, params: Params): Response {
  switch (endpoint) {
    case 'deals':
      return HttpResponse.json({ deals: [{ id: 42 }] });
    case 'deal': {
      // Realistic everywhere but one deep field, so the error points at that field and not the whole payload.
      const deal = dealCopy(param(params.dealId)) ?? dealCopy(SEED_DEAL_ID)!;
      const consideration = deal.terms.consideration ?? mockDeals[SEED_DEAL_ID].deal.terms.consideration!;
      const broken = { ...deal, terms: { ...deal.terms, consideration: { ...consideration, value: '450' } } };
      return HttpResponse.json(broken);
    }
    case 'events':
      return HttpResponse.json({
        dealId: param(params.dealId),
        events: [{ id: 'e', date: { precision: 'week', date: '2013-W05' } }],
      });
    case 'metrics':
      return HttpResponse.json({ id: 'registered-users', label: 'x', unit: 'users', points: [{ value: 'many' }] });
  }
}

/**
 * 200s that are valid but hold nothing. An unknown deal or metric returns undefined and falls
 * through to the normal handler's 404: "empty" empties what exists, it does not invent a deal.
 */
function emptyResponse(endpoint: Endpoint, params: Params): Response | undefined {
  const dealId = param(params.dealId);
  switch (endpoint) {
    case 'deals': {
      const body: DealList = { deals: [] };
      return HttpResponse.json(body);
    }
    case 'deal': {
      const deal = dealCopy(dealId);
      if (!deal) return undefined;
      // Only what DealSchema requires stays: identity, parties and sources (which must not be empty).
      const empty: DealInput = {
        ...deal,
        terms: {},
        valuation: {},
        market: [],
        claims: [],
        quotes: [],
        events: [],
        cooperation: undefined,
        projections: undefined,
      };
      return HttpResponse.json(empty);
    }
    case 'events': {
      if (!mockDeals[dealId]) return undefined;
      const body: EventListPayload = { dealId, events: [] };
      return HttpResponse.json(body);
    }
    case 'metrics': {
      const metric = v.safeParse(MetricIdSchema, param(params.metric));
      const series = metric.success ? mockDeals[dealId]?.metrics[metric.output] : undefined;
      if (!series) return undefined;
      const body: MetricSeriesPayload = { ...series, points: [] };
      return HttpResponse.json(body);
    }
  }
}

/**
 * Handlers to put in front of the normal ones (`worker.use` / `server.use`) for one fault scenario,
 * on all four endpoints or only `spec.endpoint`. A resolver that returns nothing lets MSW fall
 * through to the next matching handler, which is how `slow` delays and then answers normally.
 */
export function scenarioHandlers(spec: ScenarioSpec, options: { slowMs?: number } = {}): HttpHandler[] {
  const endpoints = spec.endpoint ? [spec.endpoint] : ENDPOINTS;
  return endpoints.map((endpoint) =>
    http.get<Params>(routePattern(API_ENDPOINTS[ENDPOINT_IDS[endpoint]].path), async ({ params }) => {
      switch (spec.scenario) {
        case 'slow':
          await delay(options.slowMs ?? 4000);
          return undefined;
        case 'error':
          return errorResponse();
        case 'malformed':
          return malformedResponse(endpoint, params);
        case 'offline':
          return HttpResponse.error();
        case 'empty':
          return emptyResponse(endpoint, params);
      }
    }),
  );
}
