import * as v from 'valibot';
import { http, HttpResponse } from 'msw';
import { API_ENDPOINTS, routePattern } from '../../src/lib/api-paths';
import { compareDates, isIsoDay, overlaps } from '../../src/lib/dates';
import {
  EventKindSchema,
  MetricIdSchema,
  type DealListPayload,
  type EventKind,
  type EventListPayload,
} from '../../src/lib/schemas';
import { keyEvents } from '../../src/lib/key-events';
import { mockDeals } from '../data';
import { dealSummary, parseDealsQuery } from './deal-summary';
import { apiError } from './errors';
import { unknownQueryParameter } from './query';

type EventQuery = { ok: true; from?: string; to?: string; kinds?: EventKind[] } | { ok: false; message: string };

/** Reads `from`, `to` and `kinds` the way a strict backend would: anything odd is a 400. */
export function parseEventQuery(params: URLSearchParams): EventQuery {
  for (const key of API_ENDPOINTS.events.query) {
    if (params.getAll(key).length > 1) return { ok: false, message: `"${key}" is given more than once.` };
  }
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isIsoDay(value)) {
      return { ok: false, message: `"${key}" must be a date written YYYY-MM-DD.` };
    }
  }
  if (from && to && from > to) return { ok: false, message: '"from" is after "to".' };
  const rawKinds = params.get('kinds');
  if (rawKinds === null) return { ok: true, from, to };
  const kinds: EventKind[] = [];
  for (const kind of rawKinds.split(',')) {
    const parsed = v.safeParse(EventKindSchema, kind);
    if (!parsed.success) {
      return {
        ok: false,
        message: `Unknown event kind "${kind.slice(0, 40)}"; known kinds: ${EventKindSchema.options.join(', ')}.`,
      };
    }
    kinds.push(parsed.output);
  }
  return { ok: true, from, to, kinds };
}

type DealQuery = { ok: true; events: 'all' | 'key' } | { ok: false; message: string };

/** Reads `events` (all, the default, or key): anything else, or given twice, is a 400. */
export function parseDealQuery(params: URLSearchParams): DealQuery {
  const values = params.getAll('events');
  if (values.length > 1) return { ok: false, message: '"events" is given more than once.' };
  const events = values[0] ?? 'all';
  if (events !== 'all' && events !== 'key') {
    return { ok: false, message: `"events" must be all or key (got "${events.slice(0, 40)}").` };
  }
  return { ok: true, events };
}

// A deal's JSON is written once per deal and answer: at 10,000 events, serialising on every request shows.
const cache = { all: new WeakMap<object, string>(), key: new WeakMap<object, string>() };
function serialized(entry: (typeof mockDeals)[string], events: 'all' | 'key'): string {
  const deal = entry.deal;
  let text = cache[events].get(deal);
  if (text === undefined) {
    text = JSON.stringify(events === 'all' ? deal : { ...deal, events: keyEvents(deal.events) });
    cache[events].set(deal, text);
  }
  return text;
}

type MockDealInput = (typeof mockDeals)[string]['deal'];

// A deal's events sorted once, each with its figureIds: the events endpoint filters this list, it
// never sorts 10,000 events again. Keyed by the deal object, so a reloaded deal file (a new object)
// is sorted afresh, never served stale.
const sortedIndex = new WeakMap<MockDealInput, EventListPayload['events']>();
function sortedEvents(deal: MockDealInput): EventListPayload['events'] {
  let events = sortedIndex.get(deal);
  if (events === undefined) {
    events = deal.events.map((e) => ({ figureIds: [], ...e })).sort((a, b) => compareDates(a.date, b.date));
    sortedIndex.set(deal, events);
  }
  return events;
}

// The answers' JSON per deal and query: at most this many queries a deal, the oldest dropped first.
const EVENT_ANSWERS_PER_DEAL = 32;
const eventAnswers = new WeakMap<MockDealInput, Map<string, string>>();
/** The events answer for a parsed query, written once per deal and query. */
export function eventListJson(deal: MockDealInput, query: { from?: string; to?: string; kinds?: EventKind[] }) {
  const key = JSON.stringify([query.from, query.to, query.kinds && [...query.kinds].sort()]);
  let answers = eventAnswers.get(deal);
  if (answers === undefined) eventAnswers.set(deal, (answers = new Map()));
  let text = answers.get(key);
  if (text === undefined) {
    const events = sortedEvents(deal)
      .filter((e) => overlaps(e.date, query.from, query.to))
      .filter((e) => !query.kinds || query.kinds.includes(e.kind));
    const body: EventListPayload = { dealId: deal.id, events };
    text = JSON.stringify(body);
    if (answers.size >= EVENT_ANSWERS_PER_DEAL) answers.delete(answers.keys().next().value!);
    answers.set(key, text);
  }
  return text;
}

const dealNotFound = (id: string) => apiError(404, 'deal_not_found', `No deal with the id "${id.slice(0, 80)}".`);

export const dealHandlers = [
  http.get(routePattern(API_ENDPOINTS.deals.path), ({ request }) => {
    const unknown = unknownQueryParameter(request, API_ENDPOINTS.deals.query);
    if (unknown) return unknown;
    const query = parseDealsQuery(new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, 'bad_query', query.message);
    const deals = Object.values(mockDeals).map((entry) => dealSummary(entry.deal, query.asOf, entry.generated));
    const body: DealListPayload = { deals };
    return HttpResponse.json(body);
  }),

  http.get<{ dealId: string }>(routePattern(API_ENDPOINTS.deal.path), ({ params, request }) => {
    const entry = mockDeals[params.dealId];
    if (!entry) return dealNotFound(params.dealId);
    const unknown = unknownQueryParameter(request, API_ENDPOINTS.deal.query);
    if (unknown) return unknown;
    const query = parseDealQuery(new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, 'bad_query', query.message);
    return new HttpResponse(serialized(entry, query.events), { headers: { 'Content-Type': 'application/json' } });
  }),

  http.get<{ dealId: string }>(routePattern(API_ENDPOINTS.events.path), ({ params, request }) => {
    const entry = mockDeals[params.dealId];
    if (!entry) return dealNotFound(params.dealId);
    const unknown = unknownQueryParameter(request, API_ENDPOINTS.events.query);
    if (unknown) return unknown;
    const query = parseEventQuery(new URL(request.url).searchParams);
    if (!query.ok) return apiError(400, 'bad_query', query.message);
    return new HttpResponse(eventListJson(entry.deal, query), { headers: { 'Content-Type': 'application/json' } });
  }),

  http.get<{ dealId: string; metric: string }>(routePattern(API_ENDPOINTS.metric.path), ({ params, request }) => {
    const entry = mockDeals[params.dealId];
    if (!entry) return dealNotFound(params.dealId);
    const unknown = unknownQueryParameter(request, API_ENDPOINTS.metric.query);
    if (unknown) return unknown;
    const metricId = v.safeParse(MetricIdSchema, params.metric);
    const series = metricId.success ? entry.metrics[metricId.output] : undefined;
    if (!series) {
      return apiError(
        404,
        'metric_not_found',
        `Deal "${entry.deal.id}" has no metric "${params.metric.slice(0, 80)}".`,
      );
    }
    return HttpResponse.json(series);
  }),
];
