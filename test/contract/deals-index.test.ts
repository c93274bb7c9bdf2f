import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mockDeals } from '../../mocks/data';
import { apiGet } from '../../src/lib/api-client';
import { dateSpan } from '../../src/lib/dates';
import { ApiErrorSchema, DealListSchema, type DealListPayload } from '../../src/lib/schemas';

// The deals index's data: GET /api/deals, optionally as known on a day (?asof=YYYY-MM-DD).

const SEED = 'alibaba-sina-weibo-2013';
const get = (path: string) => fetch(new URL(path, location.origin));

async function list(asOf?: string): Promise<DealListPayload['deals']> {
  const response = await get(`/api/deals${asOf ? `?asof=${asOf}` : ''}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return v.parse(DealListSchema, await response.json()).deals;
}

async function seedAsOf(asOf?: string) {
  const seed = (await list(asOf)).find((d) => d.id === SEED);
  expect(seed, `the seed deal is listed${asOf ? ` as of ${asOf}` : ''}`).toBeDefined();
  return seed!;
}

describe('GET /api/deals: one summary per deal', () => {
  it('lists every deal the API serves, each valid against the contract', async () => {
    const deals = await list();
    expect(deals.map((d) => d.id).sort()).toEqual(Object.keys(mockDeals).sort());
    // The client reads the same payload without a complaint.
    const parsed = await apiGet('/api/deals', DealListSchema);
    expect(parsed.deals).toHaveLength(deals.length);
  });

  it('names the seed deal and its three parties in both languages', async () => {
    const seed = await seedAsOf();
    expect(seed.name).toEqual({ en: 'Alibaba takes a stake in Sina Weibo', de: 'Alibaba steigt bei Sina Weibo ein' });
    expect(seed.parties).toEqual([
      { role: 'acquirer', name: 'Alibaba Group' },
      { role: 'target', name: 'Sina Weibo' },
      { role: 'targetParent', name: 'Sina' },
    ]);
  });

  it('names the deal as it was known on the day: no “Sina Weibo” while only a rumour about Sina was public', async () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28']) {
      const seed = await seedAsOf(day);
      expect(seed.name, day).toEqual({ en: 'Alibaba and Sina', de: 'Alibaba und Sina' });
      expect(seed.parties, day).toEqual([
        { role: 'acquirer', name: 'Alibaba Group' },
        { role: 'targetParent', name: 'Sina' },
      ]);
    }
    expect((await seedAsOf('2013-04-29')).name?.en).toBe('Alibaba takes a stake in Sina Weibo');
    expect(await seedAsOf('2012-06-01')).toMatchObject({ name: null, parties: [] });
  });

  it('counts the 2014 filing from 18 Mar 2014, the day Barron’s reported it, though it is dated only by its month', async () => {
    expect((await seedAsOf('2014-03-17')).events).toMatchObject({ count: 7 });
    const seed = await seedAsOf('2014-03-18');
    expect(seed.events.count).toBe(8);
    expect(seed.events.latest).toMatchObject({
      id: 'filing-2014-03',
      date: { precision: 'month', date: '2014-03' },
      publicOn: { precision: 'day', date: '2014-03-18' },
    });
  });

  it('marks the synthetic deals as generated test data, and only them', async () => {
    const generated = Object.fromEntries((await list()).map((d) => [d.id, d.generated]));
    expect(generated).toMatchObject({
      [SEED]: false,
      'synthetic-100': true,
      'synthetic-1k': true,
      'synthetic-10k': true,
    });
  });

  it('today: announced, with the price paid and the stake acquired, and all eight events', async () => {
    const seed = await seedAsOf();
    expect(seed.status).toBe('announced');
    expect(seed.announcedOn).toEqual({ precision: 'day', date: '2013-04-29' });
    expect(seed.headline.consideration).toMatchObject({
      id: 'consideration',
      value: 450_000_000,
      unit: 'EUR',
      status: 'reported',
      publicOn: { precision: 'day', date: '2013-04-29' },
    });
    expect(seed.headline.consideration?.sources[0]).toMatchObject({ sourceId: 'silicon-de', lines: [1] });
    expect(seed.headline.stakeAcquired).toMatchObject({ value: 18, qualifier: 'about', unit: 'percent' });
    expect(seed.headline.stakeAcquired?.sources.length).toBeGreaterThan(0);
    // Every source the figures cite travels with them, and no other.
    const cited = [seed.headline.consideration!, seed.headline.stakeAcquired!].flatMap((f) =>
      f.sources.map((c) => c.sourceId),
    );
    expect(seed.sources.map((s) => s.id).sort()).toEqual([...new Set(cited)].sort());
    expect(seed.sources.find((s) => s.id === 'silicon-de')).toMatchObject({ publisher: 'silicon.de', kind: 'primary' });
    expect(seed.events.count).toBe(8);
    expect(seed.events.latest).toMatchObject({ id: 'filing-2014-03', kind: 'filing' });
    expect(seed.events.latest?.date).toEqual({ precision: 'month', date: '2014-03' });
  });
});

describe('GET /api/deals?asof=: nothing from later than the day', () => {
  it('2012-12-01: rumoured, no figures, the two November events', async () => {
    const seed = await seedAsOf('2012-12-01');
    expect(seed.status).toBe('rumoured');
    expect(seed.announcedOn).toBeNull();
    expect(seed.headline).toEqual({});
    expect(seed.sources).toEqual([]);
    expect(seed.events.count).toBe(2);
    expect(seed.events.latest).toEqual({
      id: 'results-2012-11',
      date: { precision: 'month', date: '2012-11' },
      kind: 'results',
      title: {
        en: 'Sina reports over 400m registered Weibo users',
        de: 'Sina meldet über 400 Mio. registrierte Weibo-Nutzer',
      },
    });
  });

  it('2013-03-01: the rumour denied, still no figures, four events', async () => {
    const seed = await seedAsOf('2013-03-01');
    expect(seed.status).toBe('rumour-denied');
    expect(seed.announcedOn).toBeNull();
    expect(seed.headline).toEqual({});
    expect(seed.events.count).toBe(4);
    expect(seed.events.latest).toMatchObject({ id: 'users-2013-02', kind: 'announcement' });
  });

  it('2013-04-28, the day before the deal: its figures are not public yet', async () => {
    const seed = await seedAsOf('2013-04-28');
    expect(seed.status).toBe('rumour-denied');
    expect(seed.headline).toEqual({});
    expect(seed.events.count).toBe(4);
  });

  it('2013-04-29: announced that day, with its figures and the day’s seven events', async () => {
    const seed = await seedAsOf('2013-04-29');
    expect(seed.status).toBe('announced');
    expect(seed.announcedOn).toEqual({ precision: 'day', date: '2013-04-29' });
    expect(Object.keys(seed.headline).sort()).toEqual(['consideration', 'stakeAcquired']);
    expect(seed.headline.consideration?.value).toBe(450_000_000);
    expect(seed.events.count).toBe(7);
    expect(seed.events.latest).toMatchObject({ id: 'market-close-2013-04-29', kind: 'market' });
  });

  it('2012-06-01, before anything was public: listed, with no status and no events', async () => {
    const seed = await seedAsOf('2012-06-01');
    expect(seed).toMatchObject({ status: null, announcedOn: null, headline: {}, events: { count: 0, latest: null } });
  });

  it('counts a generated deal’s events as the events endpoint dates them', async () => {
    const asOf = '2011-06-15';
    const summary = (await list(asOf)).find((d) => d.id === 'synthetic-1k')!;
    const { events } = await (await get('/api/deals/synthetic-1k/events')).json();
    const public_ = events.filter((e: { date: { precision: 'day' | 'month'; date: string } }) => {
      return dateSpan(e.date).end <= asOf;
    });
    expect(summary.events.count).toBe(public_.length);
    expect(summary.events.count).toBeGreaterThan(0);
    expect(summary.events.count).toBeLessThan(1_000);
    expect(dateSpan(summary.events.latest!.date).end <= asOf).toBe(true);
  });
});

describe('GET /api/deals: a bad query', () => {
  it.each([
    ['a malformed day', 'asof=2013-4-29'],
    ['a day that does not exist', 'asof=2013-02-30'],
    ['an empty day', 'asof='],
    ['not a date at all', 'asof=yesterday'],
    ['the day given twice', 'asof=2013-01-01&asof=2013-02-01'],
  ])('answers 400 bad_query for %s, naming "asof"', async (_, query) => {
    const response = await get(`/api/deals?${query}`);
    expect(response.status).toBe(400);
    const { error } = v.parse(ApiErrorSchema, await response.json());
    expect(error.code).toBe('bad_query');
    expect(error.message).toContain('"asof"');
  });

  it('says how to write the day', async () => {
    const { error } = v.parse(ApiErrorSchema, await (await get('/api/deals?asof=29.04.2013')).json());
    expect(error.message).toMatch(/YYYY-MM-DD, for example 2013-04-29/);
    expect(error.message).toContain('29.04.2013');
  });
});
