import { describe, expect, it } from 'vitest';
import { apiGet, HttpError, NetworkError, PayloadError } from '../../src/lib/api-client';
import { DealListSchema, DealSchema, EventListSchema, MetricSeriesSchema } from '../../src/lib/schemas';
import { server } from '../node';
import { parseScenario, scenarioHandlers, type Endpoint, type Scenario } from './scenarios';

const SEED = 'alibaba-sina-weibo-2013';
const SCENARIOS: Scenario[] = ['slow', 'error', 'malformed', 'offline', 'empty'];
const ENDPOINTS: Endpoint[] = ['deals', 'deal', 'events', 'metrics'];

// Each endpoint asked through the real client, parsed with its real schema.
const calls: Record<Endpoint, () => Promise<unknown>> = {
  deals: () => apiGet('/api/deals', DealListSchema),
  deal: () => apiGet(`/api/deals/${SEED}`, DealSchema),
  events: () => apiGet(`/api/deals/${SEED}/events`, EventListSchema),
  metrics: () => apiGet(`/api/deals/${SEED}/metrics/registered-users`, MetricSeriesSchema),
};

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('parseScenario', () => {
  it.each(SCENARIOS)('accepts "%s" for every endpoint', (scenario) => {
    expect(parseScenario(scenario)).toEqual({ scenario, endpoint: null });
  });

  it.each(SCENARIOS.flatMap((scenario) => ENDPOINTS.map((endpoint) => [scenario, endpoint] as const)))(
    'accepts "%s:%s"',
    (scenario, endpoint) => {
      expect(parseScenario(`${scenario}:${endpoint}`)).toEqual({ scenario, endpoint });
    },
  );

  it.each([
    null,
    '',
    'nope',
    'error:',
    ':deal',
    'error:deal:x',
    'error:nope',
    '<script>',
    '<script>alert(1)</script>',
    'ERROR',
    'Error:deal',
    ' error',
    'error ',
    'error:deal ',
    'constructor',
    '__proto__',
    'error:__proto__',
    'x'.repeat(100),
    `error:${'x'.repeat(94)}`,
  ])('rejects %j', (value) => {
    expect(parseScenario(value)).toBeNull();
  });
});

describe('scenarioHandlers', () => {
  it.each(ENDPOINTS)('error: %s answers HttpError 500 with the mock code', async (endpoint) => {
    server.use(...scenarioHandlers({ scenario: 'error', endpoint: null }));
    const error = await failure(calls[endpoint]);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 500, code: 'mock_error' });
    expect((error as HttpError).message).toContain('?mock=error');
  });

  it('error:events fails only events; deal and metrics still answer', async () => {
    server.use(...scenarioHandlers({ scenario: 'error', endpoint: 'events' }));
    expect(await failure(calls.events)).toMatchObject({ name: 'HttpError', status: 500 });
    const deal = await apiGet(`/api/deals/${SEED}`, DealSchema);
    expect(deal.id).toBe(SEED);
    const series = await apiGet(`/api/deals/${SEED}/metrics/registered-users`, MetricSeriesSchema);
    expect(series.points.length).toBeGreaterThan(0);
    expect((await apiGet('/api/deals', DealListSchema)).deals.length).toBeGreaterThan(0);
  });

  it.each(ENDPOINTS)('malformed: %s answers 200 that fails parsing at a named field', async (endpoint) => {
    server.use(...scenarioHandlers({ scenario: 'malformed', endpoint: null }));
    const error = await failure(calls[endpoint]);
    expect(error).toBeInstanceOf(PayloadError);
    expect((error as PayloadError).field).not.toBe('');
  });

  it('malformed: the deal breaks at terms.consideration.value and leaves the shared mock data alone', async () => {
    server.use(...scenarioHandlers({ scenario: 'malformed', endpoint: 'deal' }));
    expect(await failure(calls.deal)).toMatchObject({ field: 'terms.consideration.value' });
    // An unknown id still gets a realistic (broken) deal rather than a 404.
    expect(await failure(() => apiGet('/api/deals/no-such-deal', DealSchema))).toBeInstanceOf(PayloadError);
    server.resetHandlers();
    const deal = await apiGet(`/api/deals/${SEED}`, DealSchema);
    expect(typeof deal.terms.consideration?.value).toBe('number');
  });

  it.each(ENDPOINTS)('offline: %s fails with NetworkError', async (endpoint) => {
    server.use(...scenarioHandlers({ scenario: 'offline', endpoint: null }));
    expect(await failure(calls[endpoint])).toBeInstanceOf(NetworkError);
  });

  it('empty: every endpoint parses and holds nothing', async () => {
    server.use(...scenarioHandlers({ scenario: 'empty', endpoint: null }));
    expect((await apiGet('/api/deals', DealListSchema)).deals).toHaveLength(0);
    const deal = await apiGet(`/api/deals/${SEED}`, DealSchema);
    expect(deal.id).toBe(SEED);
    expect(deal.events).toHaveLength(0);
    expect(deal).toMatchObject({ terms: {}, valuation: {}, market: [], claims: [], quotes: [] });
    expect(deal.projections).toBeUndefined();
    expect(deal.cooperation).toBeUndefined();
    const events = await apiGet(`/api/deals/${SEED}/events`, EventListSchema);
    expect(events).toEqual({ dealId: SEED, events: [] });
    const series = await apiGet(`/api/deals/${SEED}/metrics/registered-users`, MetricSeriesSchema);
    expect(series).toMatchObject({ id: 'registered-users', points: [] });
  });

  it('empty: an unknown deal still answers 404', async () => {
    server.use(...scenarioHandlers({ scenario: 'empty', endpoint: null }));
    expect(await failure(() => apiGet('/api/deals/no-such-deal', DealSchema))).toMatchObject({ status: 404 });
    const metric = () => apiGet(`/api/deals/${SEED}/metrics/no-such-metric`, MetricSeriesSchema);
    expect(await failure(metric)).toMatchObject({ status: 404 });
  });

  it.each(ENDPOINTS)('slow: %s waits, then answers normally', async (endpoint) => {
    server.use(...scenarioHandlers({ scenario: 'slow', endpoint: null }, { slowMs: 50 }));
    const started = Date.now();
    await expect(calls[endpoint]()).resolves.toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('slow:deal delays only the deal', async () => {
    server.use(...scenarioHandlers({ scenario: 'slow', endpoint: 'deal' }, { slowMs: 200 }));
    const started = Date.now();
    await calls.events();
    expect(Date.now() - started).toBeLessThan(200);
  });
});
