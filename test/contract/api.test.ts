import * as v from 'valibot';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { apiGet, HttpError, PayloadError } from '../../src/lib/api-client';
import { ApiErrorSchema, DealListSchema, DealSchema, EventListSchema, MetricSeriesSchema } from '../../src/lib/schemas';
import { dateSpan } from '../../src/lib/dates';

const SEED = 'alibaba-sina-weibo-2013';
const get = (path: string) => fetch(new URL(path, location.origin));

async function expectApiError(path: string, status: number, code: string) {
  const response = await get(path);
  expect(response.status).toBe(status);
  const body = v.parse(ApiErrorSchema, await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

describe('GET /api/deals', () => {
  it('lists the seed deal with its parties', async () => {
    const response = await get('/api/deals');
    expect(response.status).toBe(200);
    const { deals } = v.parse(DealListSchema, await response.json());
    expect(deals).toContainEqual(
      expect.objectContaining({
        id: SEED,
        parties: [
          { role: 'acquirer', name: 'Alibaba Group' },
          { role: 'target', name: 'Sina Weibo' },
          { role: 'targetParent', name: 'Sina' },
        ],
        status: 'announced',
      }),
    );
  });
});

describe('GET /api/deals/:dealId', () => {
  it('answers the whole deal, valid against the contract', async () => {
    const response = await get(`/api/deals/${SEED}`);
    expect(response.status).toBe(200);
    const deal = v.parse(DealSchema, await response.json());
    expect(deal.parties.targetParent.name).toBe('Sina');
    expect(deal.announcedOn).toEqual({ precision: 'day', date: '2013-04-29' });
  });

  it('answers 404 with the error shape for an unknown deal', async () => {
    const message = await expectApiError('/api/deals/no-such-deal', 404, 'deal_not_found');
    expect(message).toContain('no-such-deal');
  });
});

describe('GET /api/deals/:dealId/events', () => {
  it('answers every event, sorted by date', async () => {
    const { events } = v.parse(EventListSchema, await (await get(`/api/deals/${SEED}/events`)).json());
    expect(events.map((e) => e.kind)).toEqual([
      'rumour',
      'results',
      'denial',
      'announcement',
      'announcement',
      'market',
      'market',
      'filing',
    ]);
    const starts = events.map((e) => dateSpan(e.date).start);
    expect(starts).toEqual([...starts].sort());
  });

  it('keeps a month-precision event when the range touches any day of its month', async () => {
    const { events } = v.parse(
      EventListSchema,
      await (await get(`/api/deals/${SEED}/events?from=2013-02-28&to=2013-03-31`)).json(),
    );
    expect(events.map((e) => e.id)).toEqual(['denial-2013-02', 'users-2013-02']);
  });

  it('answers an empty list for a range with no events', async () => {
    const { events } = v.parse(
      EventListSchema,
      await (await get(`/api/deals/${SEED}/events?from=2012-12-01&to=2013-01-31`)).json(),
    );
    expect(events).toEqual([]);
  });

  it('filters by kinds', async () => {
    const { events } = v.parse(
      EventListSchema,
      await (await get(`/api/deals/${SEED}/events?kinds=market,denial`)).json(),
    );
    expect(events.map((e) => e.id)).toEqual(['denial-2013-02', 'market-open-2013-04-29', 'market-close-2013-04-29']);
  });

  it.each([
    ['a malformed date', 'from=2013-1-01'],
    ['a day that does not exist', 'to=2013-02-30'],
    ['from after to', 'from=2013-05-01&to=2013-04-01'],
    ['an unknown kind', 'kinds=rumour,gossip'],
    ['an empty kind', 'kinds='],
    ['a repeated key', 'from=2013-01-01&from=2013-02-01'],
  ])('answers 400 for %s', async (_, query) => {
    await expectApiError(`/api/deals/${SEED}/events?${query}`, 400, 'bad_query');
  });

  it('answers 404 for an unknown deal', async () => {
    await expectApiError('/api/deals/nope/events', 404, 'deal_not_found');
  });
});

describe('GET /api/deals/:dealId/metrics/:metric', () => {
  it('answers the registered-users series', async () => {
    const response = await get(`/api/deals/${SEED}/metrics/registered-users`);
    expect(response.status).toBe(200);
    const series = v.parse(MetricSeriesSchema, await response.json());
    expect(series.points.map((p) => [p.value, p.qualifier, p.publicOn.date])).toEqual([
      [400_000_000, 'over', '2012-11'],
      [500_000_000, 'exact', '2013-02'],
    ]);
  });

  it('answers 404 for an unknown metric and for an unknown deal', async () => {
    await expectApiError(`/api/deals/${SEED}/metrics/revenue`, 404, 'metric_not_found');
    await expectApiError('/api/deals/nope/metrics/registered-users', 404, 'deal_not_found');
  });
});

describe('the client at the boundary', () => {
  it('names the field when a payload breaks the contract', async () => {
    const good = v.parse(DealSchema, await (await get(`/api/deals/${SEED}`)).json());
    const bad = { ...good, terms: { ...good.terms, consideration: { ...good.terms.consideration, value: '450' } } };
    server.use(http.get('/api/deals/:dealId', () => HttpResponse.json(bad)));
    const error = await apiGet(`/api/deals/${SEED}`, DealSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadError);
    expect((error as PayloadError).field).toBe('terms.consideration.value');
    expect((error as Error).message).toContain('terms.consideration.value');
  });

  it.each([
    [
      'an impossible day',
      (e: Record<string, unknown>) => ({ ...e, date: { precision: 'day', date: '2013-02-30' } }),
      'events[0].date.date',
    ],
    [
      'a month written as a day',
      (e: Record<string, unknown>) => ({ ...e, date: { precision: 'month', date: '2013-02-01' } }),
      'events[0].date.date',
    ],
    ['an event without a source', (e: Record<string, unknown>) => ({ ...e, sources: [] }), 'events[0].sources'],
  ])('refuses %s and names where it is', async (_, breakIt, field) => {
    const good = v.parse(DealSchema, await (await get(`/api/deals/${SEED}`)).json());
    const bad = { ...good, events: [breakIt(good.events[0]), ...good.events.slice(1)] };
    server.use(http.get('/api/deals/:dealId', () => HttpResponse.json(bad)));
    const error = await apiGet(`/api/deals/${SEED}`, DealSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadError);
    expect((error as PayloadError).field).toBe(field);
  });

  it('refuses a range without its upper bound, naming valueHigh', async () => {
    const good = v.parse(DealSchema, await (await get(`/api/deals/${SEED}`)).json());
    const rumoured = { ...good.terms.stakeRumoured!, valueHigh: undefined };
    const bad = { ...good, terms: { ...good.terms, stakeRumoured: rumoured } };
    server.use(http.get('/api/deals/:dealId', () => HttpResponse.json(bad)));
    const error = await apiGet(`/api/deals/${SEED}`, DealSchema).catch((e: unknown) => e);
    expect((error as PayloadError).field).toBe('terms.stakeRumoured.valueHigh');
  });

  it('rejects an HTML page served where JSON belongs', async () => {
    server.use(http.get('/api/deals', () => HttpResponse.html('<!doctype html><div id="root"></div>')));
    await expect(apiGet('/api/deals', DealListSchema)).rejects.toThrow(/expected JSON/);
  });

  it('turns the error shape into an HttpError with status and code', async () => {
    const error = await apiGet('/api/deals/nope', DealSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'deal_not_found' });
  });
});
