import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { apiGet, HttpError, prefetchApi } from '../lib/api-client';
import { DealSchema } from '../lib/schemas';
import { firstViewRequests } from './early-requests';

const SEED = 'alibaba-sina-weibo-2013';
const pathsFor = (pathname: string) => firstViewRequests(pathname).map((r) => r.path);

describe('firstViewRequests', () => {
  it('asks for what each page draws first: the deal with its key events, every event only where a timeline is', () => {
    expect(pathsFor('/')).toEqual([
      `/api/deals/${SEED}?events=key`,
      `/api/deals/${SEED}/events`,
      `/api/deals/${SEED}/metrics/registered-users`,
    ]);
    expect(pathsFor('/deals/synthetic-10k')).toEqual([
      '/api/deals/synthetic-10k?events=key',
      '/api/deals/synthetic-10k/events',
      '/api/deals/synthetic-10k/metrics/registered-users',
    ]);
    expect(pathsFor('/deals/synthetic-10k/timeline')).toEqual([
      '/api/deals/synthetic-10k?events=key',
      '/api/deals/synthetic-10k/events',
    ]);
    expect(pathsFor(`/embed/${SEED}/kpis`)).toHaveLength(2);
    expect(pathsFor(`/embed/${SEED}/users`)).toHaveLength(2);
    expect(pathsFor(`/embed/${SEED}/stake`)).toEqual([`/api/deals/${SEED}?events=key`]);
    expect(pathsFor(`/embed/${SEED}/timeline`)).toEqual([`/api/deals/${SEED}?events=key`, `/api/deals/${SEED}/events`]);
  });

  it('encodes the deal id as the queries do', () => {
    expect(pathsFor('/deals/a%20b%2Fc/timeline')).toEqual([
      '/api/deals/a%20b%2Fc?events=key',
      '/api/deals/a%20b%2Fc/events',
    ]);
  });

  it('starts nothing for an address it does not know or cannot decode', () => {
    for (const pathname of ['/deals', '/deals/x/other', '/deals/x/timeline/more', '/elsewhere/x', '/deals/%E0%A4%A']) {
      expect(pathsFor(pathname), pathname).toEqual([]);
    }
  });
});

describe('prefetchApi and apiGet', () => {
  function countRequests(): () => number {
    let count = 0;
    server.events.on('request:start', () => {
      count += 1;
    });
    return () => count;
  }

  it('hands the early answer to the first caller only, without asking twice', async () => {
    const requests = countRequests();
    prefetchApi(`/api/deals/${SEED}`, DealSchema);
    prefetchApi(`/api/deals/${SEED}`, DealSchema);
    const first = await apiGet(`/api/deals/${SEED}`, DealSchema);
    expect(first.id).toBe(SEED);
    expect(requests()).toBe(1);
    await apiGet(`/api/deals/${SEED}`, DealSchema);
    expect(requests()).toBe(2);
    server.events.removeAllListeners();
  });

  it('hands over an early failure as the same typed error, and nothing goes unhandled', async () => {
    // The early request has had its answer before the app asks: wait for that, not for a while.
    const answered = new Promise<void>((resolve) => server.events.on('response:mocked', () => resolve()));
    prefetchApi('/api/deals/no-such-deal', DealSchema);
    await answered;
    const error = await apiGet('/api/deals/no-such-deal', DealSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(404);
    server.events.removeAllListeners();
  });
});
