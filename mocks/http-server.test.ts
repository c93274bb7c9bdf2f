import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths, SEED_DEAL_ID } from '../src/lib/api-paths';
import {
  createAnswerCache,
  createMockApiServer,
  DEFAULT_CORS_ORIGINS,
  parseCorsOrigins,
  parseFault,
  type MockApiOptions,
  type WireAnswer,
} from './http-server';
import { mockDeals } from './data';
import { server as mswServer } from './node';

const APP = 'http://localhost:4173';

// These tests talk to a real HTTP server; MSW's interception (test/setup.ts) would answer for it.
beforeAll(() => mswServer.close());
afterAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));

const running: Server[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => new Promise((done) => s.close(done))));
});

async function start(options?: MockApiOptions): Promise<string> {
  const server = createMockApiServer(options);
  running.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// node:http rather than fetch: fetch would unzip the body and hide what went over the wire.
function raw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the stand-in backend: CORS', () => {
  it('echoes an allowed origin with Vary: Origin, and answers its preflight', async () => {
    const base = await start();
    const get = await raw(base + apiPaths.deals(), { headers: { Origin: APP } });
    expect(get.status).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe(APP);
    expect(get.headers.vary).toMatch(/\bOrigin\b/);

    const preflight = await raw(base + apiPaths.deal(SEED_DEAL_ID), {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(APP);
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/\bAccept\b/);
  });

  it('allows the dev and preview origins on localhost and 127.0.0.1 by default', () => {
    expect(parseCorsOrigins(undefined)).toEqual([...DEFAULT_CORS_ORIGINS]);
    for (const port of [5173, 4173]) {
      for (const host of ['localhost', '127.0.0.1']) expect(DEFAULT_CORS_ORIGINS).toContain(`http://${host}:${port}`);
    }
  });

  it('does not allow an origin that is not configured, and refuses its preflight with a way forward', async () => {
    const base = await start({ corsOrigins: ['https://deals.example.com'] });
    const get = await raw(base + apiPaths.deals(), { headers: { Origin: APP } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw(base + apiPaths.deals(), {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(403);
    expect(JSON.parse(preflight.body.toString()).error).toMatchObject({
      code: 'origin_not_allowed',
      message: expect.stringContaining('CORS_ORIGINS'),
    });
    const allowed = await raw(base + apiPaths.deals(), { headers: { Origin: 'https://deals.example.com' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://deals.example.com');
  });

  it('reads CORS_ORIGINS as comma-separated origins or *, and names a malformed one', () => {
    expect(parseCorsOrigins(' https://a.example , http://localhost:3000/ ')).toEqual([
      'https://a.example',
      'http://localhost:3000',
    ]);
    expect(parseCorsOrigins('*')).toEqual(['*']);
    expect(() => parseCorsOrigins('https://a.example/app')).toThrow(/"https:\/\/a.example\/app" is not an origin/);
    expect(() => parseCorsOrigins('localhost:4173')).toThrow(/CORS_ORIGINS: "localhost:4173"/);
  });
});

describe('the stand-in backend: caching and compression', () => {
  it('sends an ETag and Cache-Control: no-cache, and answers 304 to If-None-Match', async () => {
    const base = await start();
    const url = base + apiPaths.deal(SEED_DEAL_ID);
    const first = await raw(url);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await raw(url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);

    const other = await raw(base + apiPaths.events(SEED_DEAL_ID), { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('never lets an error be cached', async () => {
    const base = await start();
    const missing = await raw(base + apiPaths.deal('no-such-deal'));
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
  });

  it('gzips a large answer for a client that accepts gzip, and only then', async () => {
    const base = await start();
    const url = base + apiPaths.deal(SEED_DEAL_ID);
    const plain = await raw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await raw(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/\bAccept-Encoding\b/);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    const refused = await raw(url, { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

describe('the stand-in backend: the contract', () => {
  it('serves the OpenAPI document, its servers the address it is served from (any port)', async () => {
    const base = await start();
    const answer = await raw(base + apiPaths.openapi());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toMatchObject({ openapi: '3.1.0', servers: [{ url: base }] });
  });

  it('refuses a query parameter an endpoint does not know, naming the ones it knows', async () => {
    const base = await start();
    const cases: [string, string][] = [
      [
        `${apiPaths.events(SEED_DEAL_ID)}?kind=rumour`,
        'Unknown query parameter "kind"; known parameters: from, to, kinds.',
      ],
      [
        `${apiPaths.deals()}?asof=2013-01-01&asOf=2013-01-01`,
        'Unknown query parameter "asOf"; known parameters: asof.',
      ],
      [
        `${apiPaths.metric(SEED_DEAL_ID, 'registered-users')}?from=2013-01-01`,
        'Unknown query parameter "from"; this endpoint takes no query parameters.',
      ],
    ];
    for (const [path, message] of cases) {
      const answer = await raw(base + path);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['cache-control'], path).toBe('no-store');
      expect(JSON.parse(answer.body.toString()), path).toEqual({ error: { code: 'bad_query', message } });
    }
  });

  it('answers an unknown path and a write in the error shape', async () => {
    const base = await start();
    const unknown = await raw(`${base}/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body.toString()).error.code).toBe('not_found');
    const post = await raw(base + apiPaths.deals(), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toContain('GET');
    expect(JSON.parse(post.body.toString()).error.code).toBe('method_not_allowed');
  });
});

describe('the stand-in backend: malformed requests and paths outside the contract', () => {
  const errorOf = (answer: RawAnswer) => JSON.parse(answer.body.toString()).error;

  it('answers a malformed percent-escape and a bad Host header with 400 in the error shape, and logs no stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const base = await start();
      const escape = await raw(`${base}/api/deals/%ZZ`);
      expect(escape.status).toBe(400);
      expect(escape.headers['content-type']).toBe('application/json');
      expect(errorOf(escape)).toEqual({
        code: 'bad_request',
        message: 'The path /api/deals/%ZZ has a malformed percent-escape: write % followed by two hex digits.',
      });
      const host = await raw(base + apiPaths.deals(), { headers: { Host: 'bad host[' } });
      expect(host.status).toBe(400);
      expect(errorOf(host)).toEqual({
        code: 'bad_request',
        message: 'The Host header "bad host[" is not a host name or address with an optional port.',
      });
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it.each([
    '/API/DEALS',
    '/api/deals/',
    '//host/api/deals',
    '/api//deals',
    `/api/deals/${SEED_DEAL_ID}/`,
    '/api/Deals',
  ])('answers %s with 404 in the error shape: only the contract’s exact paths are served', async (path) => {
    const base = await start();
    const answer = await raw(base + path);
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(errorOf(answer).code).toBe('not_found');
  });

  it('serves every path the app builds (src/lib/api-paths.ts), with an id that needs escaping too', async () => {
    const base = await start();
    const paths = [
      apiPaths.deals(),
      apiPaths.deal(SEED_DEAL_ID),
      apiPaths.dealKeyEvents(SEED_DEAL_ID),
      apiPaths.events(SEED_DEAL_ID),
      apiPaths.metric(SEED_DEAL_ID, 'registered-users'),
      apiPaths.openapi(),
    ];
    for (const path of paths) expect((await raw(base + path)).status, path).toBe(200);
    const odd = await raw(base + apiPaths.deal('no such/deal'));
    expect(odd.status).toBe(404);
    expect(errorOf(odd)).toMatchObject({ code: 'deal_not_found', message: 'No deal with the id "no such/deal".' });
  });
});

describe('the stand-in backend: answers kept between requests', () => {
  const answerOf = (body: string): WireAnswer => ({
    status: 200,
    contentType: 'application/json',
    body: Buffer.from(body),
    etag: body,
  });

  it('answers a second request with the same bytes and ETag as the first, plain and gzipped', async () => {
    const base = await start();
    for (const headers of [{}, { 'Accept-Encoding': 'gzip' }] as Record<string, string>[]) {
      const first = await raw(base + apiPaths.events(SEED_DEAL_ID), { headers });
      const again = await raw(base + apiPaths.events(SEED_DEAL_ID), { headers });
      expect(again.status).toBe(200);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['content-encoding']).toBe(first.headers['content-encoding']);
      expect(again.body.equals(first.body)).toBe(true);
    }
    const plain = await raw(base + apiPaths.events(SEED_DEAL_ID));
    const zipped = await raw(base + apiPaths.events(SEED_DEAL_ID), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('serves a deal replaced by a changed one (a reloaded deal file) afresh, not the kept answer', async () => {
    const base = await start();
    const before = await raw(base + apiPaths.events(SEED_DEAL_ID));
    const entry = mockDeals[SEED_DEAL_ID];
    mockDeals[SEED_DEAL_ID] = { ...entry, deal: { ...entry.deal, events: entry.deal.events.slice(1) } };
    try {
      const after = await raw(base + apiPaths.events(SEED_DEAL_ID));
      expect(JSON.parse(after.body.toString()).events).toHaveLength(
        JSON.parse(before.body.toString()).events.length - 1,
      );
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      mockDeals[SEED_DEAL_ID] = entry;
    }
    const restored = await raw(base + apiPaths.events(SEED_DEAL_ID));
    expect(restored.body.equals(before.body)).toBe(true);
  });

  it('computes an answer once for concurrent requests, and keeps no more bytes than its bound', async () => {
    const cache = createAnswerCache(25);
    const computed: string[] = [];
    const compute = (key: string) => async () => {
      computed.push(key);
      return answerOf(key.repeat(10));
    };
    const [a, b] = await Promise.all([cache.get('a', [], compute('a')), cache.get('a', [], compute('a'))]);
    expect(a).toBe(b);
    expect(computed).toEqual(['a']);
    await cache.get('b', [], compute('b'));
    expect(cache.bytes).toBe(20);
    await cache.get('c', [], compute('c'));
    expect(cache.bytes).toBe(20);
    // "a" was the least recently used: dropped, and computed again when asked.
    await cache.get('a', [], compute('a'));
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
    // A changed stamp (other data) is never answered from the cache; an error is not kept.
    await cache.get('a', [{}], compute('a'));
    expect(await cache.get('e', [], async () => null)).toBeNull();
    expect(computed).toEqual(['a', 'b', 'c', 'a', 'a']);
  });
});

describe('the stand-in backend: the deal with its key events, every event from their endpoint', () => {
  it('answers the whole deal by default and, for ?events=key, its rumours, denials and first public event', async () => {
    const base = await start();
    const get = async (path: string) => JSON.parse((await raw(base + path)).body.toString());
    const whole = await get(apiPaths.deal(SEED_DEAL_ID));
    const light = await get(apiPaths.dealKeyEvents(SEED_DEAL_ID));
    const all = await get(`${apiPaths.events(SEED_DEAL_ID)}`);
    expect(light.events.length).toBeGreaterThan(0);
    expect(light.events.length).toBeLessThan(whole.events.length);
    expect(all.events).toHaveLength(whole.events.length);
    expect({ ...light, events: [] }).toEqual({ ...whole, events: [] });
    const ranged = await get(`${apiPaths.events(SEED_DEAL_ID)}?from=2013-01-01&to=2013-01-31`);
    expect(ranged.events.length).toBeLessThan(all.events.length);
    const refused = await raw(`${base}${apiPaths.deal(SEED_DEAL_ID)}?events=none`);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body.toString()).error.code).toBe('bad_query');
  });
});

describe('the stand-in backend: a deliberate fault (MOCK_FAULT)', () => {
  it('answers as the fault scenario says, on the endpoint it names', async () => {
    const base = await start({ fault: parseFault('malformed:deal') });
    const deal = JSON.parse((await raw(base + apiPaths.deal(SEED_DEAL_ID))).body.toString());
    expect(deal.terms.consideration.value).toBe('450');
    const events = await raw(base + apiPaths.events(SEED_DEAL_ID));
    expect(JSON.parse(events.body.toString()).dealId).toBe(SEED_DEAL_ID);
  });

  it('drops the connection for "offline"', async () => {
    const base = await start({ fault: parseFault('offline') });
    await expect(raw(base + apiPaths.deals())).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('refuses an unknown scenario with the ones it knows', () => {
    expect(parseFault(undefined)).toBeNull();
    expect(parseFault('error')).toEqual({ scenario: 'error', endpoint: null });
    expect(() => parseFault('broken')).toThrow(
      /MOCK_FAULT: "broken" is not a fault scenario. Use slow, error, malformed/,
    );
  });
});
