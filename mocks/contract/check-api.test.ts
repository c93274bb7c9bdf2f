import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS, SEED_DEAL_ID, type ApiEndpointId } from '../../src/lib/api-paths';
import { createMockApiServer, parseFault, type MockApiOptions } from '../http-server';
import { server as mswServer } from '../node';
import { checkApi, checkRequests, formatTable, main, parseArgs, type CaseResult } from './check-api';
import { endpointDoc } from './endpoint-docs';

// The check talks to a real HTTP server; MSW's interception (test/setup.ts) would answer for it.
beforeAll(() => mswServer.close());
afterAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));

const running: Server[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => new Promise((done) => s.close(done))));
});

async function standIn(options?: MockApiOptions): Promise<string> {
  const server = createMockApiServer(options);
  running.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const failures = (results: CaseResult[]) => results.filter((r) => !r.pass);
const byName = (results: CaseResult[], name: string) => results.find((r) => r.name === name)!;

describe('the conformance check', () => {
  it('sends every documented request: each endpoint, its query examples, each 400 and 404 case', () => {
    const requests = checkRequests();
    for (const id of Object.keys(API_ENDPOINTS) as ApiEndpointId[]) {
      const mine = requests.filter((r) => r.endpoint === id);
      const more = endpointDoc(id).more?.length ?? 0;
      expect(mine.filter((r) => r.expect.status === 200).length).toBe((API_ENDPOINTS[id].query.length ? 2 : 1) + more);
      for (const { status, code } of API_ENDPOINTS[id].errors) {
        const cases = endpointDoc(id).errors[code].cases.length;
        expect(mine.filter((r) => r.expect.status === status && r.expect.code === code)).toHaveLength(cases);
      }
    }
    const urls = requests.map((r) => r.url);
    expect(urls).toContain('/api/deals/alibaba-sina-weibo-2013/events?from=2013-4-29');
    expect(urls).toContain('/api/deals/alibaba-sina-weibo-2013/events?kinds=rumour,gossip');
    expect(urls).toContain('/api/deals/no-such-deal');
    expect(urls).toContain('/api/deals/alibaba-sina-weibo-2013/metrics/no-such-metric');
  });

  it('passes the stand-in backend, every case', async () => {
    const results = await checkApi(await standIn());
    expect(failures(results)).toEqual([]);
    // Every documented request, the If-None-Match case and the two CORS cases.
    expect(results.length).toBe(checkRequests().length + 3);
    expect(formatTable(results)).toContain(`All ${results.length} cases pass.`);
  });

  it('fails a payload that breaks the schema, naming the case and the field', async () => {
    const results = await checkApi(await standIn({ fault: parseFault('malformed:deal') }));
    expect(failures(results).map((r) => r.name)).toEqual([
      'deal: the examples',
      'deal: with every query parameter',
      'deal: an unknown events value',
      'deal: events given twice',
      'deal: an unknown parameter',
      'deal: an unknown deal',
    ]);
    expect(byName(results, 'deal: the examples')).toMatchObject({
      got: '200, not a Deal',
      problem: 'terms.consideration.value: Invalid type: Expected number but received "450"',
    });
    expect(byName(results, 'deal: an unknown deal').problem).toBe('expected status 404, got 200');
  });

  it('fails a 400 case answered 200 and a 5xx where data belongs, quoting the message', async () => {
    const results = await checkApi(await standIn({ fault: parseFault('error:events') }));
    expect(byName(results, 'events: an unknown kind')).toMatchObject({
      pass: false,
      got: '500 mock_error',
      problem: 'expected status 400, got 500 ("The mocked API failed on purpose (?mock=error).")',
    });
    expect(byName(results, 'deal: the examples').pass).toBe(true);
  });

  it('fails answers that ignore the query, which the schemas alone cannot see', async () => {
    // A wrong backend: the stand-in behind a proxy that drops every query string.
    const upstream = await standIn();
    const wrong = createServer((req, res) => {
      fetch(upstream + (req.url ?? '/').split('?')[0])
        .then(async (answer) => {
          res.writeHead(answer.status, { 'Content-Type': answer.headers.get('Content-Type') ?? '' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => res.destroy());
    });
    running.push(wrong);
    await new Promise<void>((done) => wrong.listen(0, '127.0.0.1', done));
    const results = await checkApi(`http://127.0.0.1:${(wrong.address() as AddressInfo).port}`);
    expect(byName(results, 'deals: with every query parameter').problem).toMatch(
      /^deals\[\d+\]\.[\w.[\]]+: \d{4}-\d{2}(-\d{2})? was not yet public on asof 2013-01-01$/,
    );
    expect(byName(results, 'events: with every query parameter').problem).toBe(
      'events[1].kind: "results" was not asked for',
    );
    expect(byName(results, 'events: an unknown kind').problem).toBe('expected status 400, got 200');
  });

  it("fails CORS when the app's origin is not allowed", async () => {
    const results = await checkApi(
      await standIn({ corsOrigins: ['https://deals.example.com'] }),
      'http://localhost:4173',
    );
    expect(failures(results).map((r) => r.name)).toEqual(['CORS: preflight from the app', 'CORS: GET from the app']);
    expect(byName(results, 'CORS: GET from the app').problem).toBe(
      'Access-Control-Allow-Origin is missing: a browser at http://localhost:4173 may not read the answer',
    );
  });

  it('prints each failure under its row', () => {
    const table = formatTable([
      {
        name: 'deal: the examples',
        method: 'GET',
        path: '/api/deals/x',
        expected: '200 Deal',
        got: '200, not a Deal',
        pass: false,
        problem: 'id: Invalid length',
      },
      {
        name: 'deals: the examples',
        method: 'GET',
        path: '/api/deals',
        expected: '200 DealList',
        got: '200 DealList',
        pass: true,
      },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^CASE\s+METHOD\s+PATH\s+EXPECTED\s+GOT\s+TIME\s+RESULT$/);
    expect(lines[2]).toMatch(/^deal: the examples\s+GET\s+\/api\/deals\/x\s+200 Deal\s+200, not a Deal\s+FAIL$/);
    expect(lines[3]).toBe('    -> id: Invalid length');
    expect(lines[4]).toMatch(/PASS$/);
    expect(table).toContain('1 of 2 cases FAIL.');
  });
});

describe('npm run check-api', () => {
  it('exits 2 with a way forward when nothing answers at the base URL', async () => {
    const base = await standIn();
    await new Promise((done) => running.pop()!.close(done));
    const errors: string[] = [];
    const code = await main(
      ['--base-url', base],
      () => undefined,
      (line) => errors.push(line),
    );
    expect(code).toBe(2);
    expect(errors.join('\n')).toMatch(new RegExp(`Cannot reach ${base}: ECONNREFUSED.*npm run mock-api`));
  });

  it('exits 1 on a failed case, 0 when all pass', async () => {
    const quiet = () => undefined;
    expect(await main(['--base-url', await standIn()], quiet, quiet)).toBe(0);
    expect(await main([`--base-url=${await standIn({ fault: parseFault('malformed:metrics') })}`], quiet, quiet)).toBe(
      1,
    );
  });

  it('reads its arguments, and says what is wrong with them', () => {
    expect(parseArgs(['--base-url', 'http://127.0.0.1:8787/'])).toEqual({
      baseUrl: 'http://127.0.0.1:8787',
      origin: 'http://localhost:4173',
      slowMs: 2000,
    });
    expect(
      parseArgs(['--base-url=https://api.example.com/v1', '--origin', 'https://app.example.com/', '--slow-ms=500']),
    ).toEqual({
      baseUrl: 'https://api.example.com/v1',
      origin: 'https://app.example.com',
      slowMs: 500,
    });
    expect(parseArgs(['--base-url', 'http://x', '--slow-ms', 'soon'])).toEqual({
      error: expect.stringContaining('--slow-ms "soon" is not a whole number'),
    });
    expect(parseArgs([])).toEqual({ error: expect.stringContaining('--base-url is required') });
    expect(parseArgs(['--base-url'])).toEqual({ error: expect.stringContaining('--base-url needs a value') });
    expect(parseArgs(['--base-url', 'localhost:8787'])).toEqual({
      error: expect.stringContaining('not an http(s) URL'),
    });
    expect(parseArgs(['--url', 'x'])).toEqual({ error: expect.stringContaining('Unknown argument "--url"') });
  });
});

// A wrong backend: the stand-in behind a proxy that breaks one thing (issue 21, points 1–8). The
// check must fail each, naming the endpoint and case (the row) and the field (the problem).
interface Relay {
  status: number;
  headers: Record<string, string>;
  text: string;
}
interface Breakage {
  /** Rewrites the request before it reaches the stand-in. */
  request?: (url: URL) => void;
  /** Rewrites the stand-in's answer. */
  answer?: (url: URL, relay: Relay, req: { ifNoneMatch?: string }) => Relay;
  /** Holds the answer back this long (ms). */
  delay?: (url: URL) => number;
}

const HOP_BY_HOP = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

async function mutant(breakage: Breakage): Promise<string> {
  const upstream = await standIn();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', upstream);
    breakage.request?.(url);
    const forwarded: Record<string, string> = {};
    for (const name of ['origin', 'if-none-match', 'access-control-request-method', 'access-control-request-headers']) {
      if (typeof req.headers[name] === 'string') forwarded[name] = req.headers[name];
    }
    fetch(url, { method: req.method, headers: forwarded })
      .then(async (answer) => {
        const headers: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name)) headers[name] = value;
        });
        // The stand-in names its own origin in the document's servers: a proxy names its own.
        let relay: Relay = { status: answer.status, headers, text: (await answer.text()).replaceAll(upstream, base) };
        relay = breakage.answer?.(url, relay, { ifNoneMatch: req.headers['if-none-match'] }) ?? relay;
        const wait = breakage.delay?.(url) ?? 0;
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        res.writeHead(relay.status, relay.headers).end(relay.status === 304 ? undefined : relay.text);
      })
      .catch(() => res.destroy());
  });
  running.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return base;
}

type Json = Record<string, unknown>;
/** A mutant that rewrites the JSON of 200 answers on the paths `where` picks. */
const rewriteJson = (where: (url: URL) => boolean, change: (body: Json, url: URL) => unknown): Breakage => ({
  answer: (url, relay) =>
    relay.status === 200 && where(url)
      ? { ...relay, text: JSON.stringify(change(JSON.parse(relay.text), url)) }
      : relay,
});
const isEvents = (url: URL) => url.pathname.endsWith('/events');
const isDeal = (url: URL) => url.pathname === `/api/deals/${SEED_DEAL_ID}`;

describe('the conformance check against a broken backend', () => {
  it('1: fails a backend that ignores from and to, on a range that leaves out events', async () => {
    const base = await mutant({
      request: (url) => {
        url.searchParams.delete('from');
        url.searchParams.delete('to');
      },
    });
    const results = await checkApi(base);
    expect(byName(results, 'events: a range that leaves out events').problem).toBe(
      'events[0].date: 2012-11 is outside 2013-02-01..2013-04-28',
    );
  });

  it('1: fails a backend that reads a month-precision event as its first day, on a range that cuts it', async () => {
    const base = await mutant(
      rewriteJson(
        (url) => isEvents(url) && url.searchParams.has('from'),
        (body, url) => {
          const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to') ?? '9999-12-31'];
          const events = body.events as { date: { date: string } }[];
          const start = (date: string) => (date.length === 7 ? `${date}-01` : date);
          return { ...body, events: events.filter((e) => start(e.date.date) >= from && start(e.date.date) <= to) };
        },
      ),
    );
    const results = await checkApi(base);
    expect(byName(results, 'events: a range that cuts month-precision events').problem).toBe(
      'events: "denial-2013-02" (2013-02) is missing, though it is in 2013-02-15..2014-03-10 ' +
        '(a month-precision event is kept when any day of its month is in the range)',
    );
  });

  it('2: fails an event listed twice, and two events with one id', async () => {
    const twice = await checkApi(
      await mutant(
        rewriteJson(isEvents, (body) => {
          const events = body.events as Json[];
          return { ...body, events: [events[0], ...events] };
        }),
      ),
    );
    expect(byName(twice, 'events: the examples').problem).toBe(
      'events[1].id: "rumour-2012-11" is already the id of events[0]; an event\'s id is unique within its deal',
    );
    const sameId = await checkApi(
      await mutant(
        rewriteJson(isDeal, (deal) => {
          const events = deal.events as Json[];
          return { ...deal, events: events.map((e, i) => (i === 2 ? { ...e, id: events[0].id } : e)) };
        }),
      ),
    );
    expect(byName(sameId, 'deal: the examples').problem).toBe(
      'events[2].id: "rumour-2012-11" is already the id of events[0]; an event\'s id is unique within its deal',
    );
  });

  it('3: fails a negative metric value, by the rules the deal files are held to', async () => {
    const base = await mutant(
      rewriteJson(
        (url) => url.pathname.includes('/metrics/'),
        (series) => ({
          ...series,
          points: (series.points as Json[]).map((p, i) => (i === 1 ? { ...p, value: -1 } : p)),
        }),
      ),
    );
    const results = await checkApi(base);
    expect(byName(results, 'metric: the examples')).toMatchObject({
      got: '200, not a MetricSeries',
      problem: 'points[1].value: a count is never negative',
    });
  });

  it('3: fails a deal that breaks the rules a deal file is held to beyond its schema', async () => {
    const base = await mutant(
      rewriteJson(isDeal, (deal) => {
        const events = deal.events as Json[];
        return { ...deal, events: events.map((e, i) => (i === 1 ? { ...e, sources: [{ sourceId: 'nowhere' }] } : e)) };
      }),
    );
    const results = await checkApi(base);
    expect(byName(results, 'deal: the examples').problem).toMatch(
      /^events\[1\]\.sources\[0\]\.sourceId: no source "nowhere" in deal\.sources: add it there, or cite one of "silicon-de", /,
    );
  });

  it('4: fails answers a cache keeps without asking, errors a cache keeps, and a 304 for another tag', async () => {
    const cached = await checkApi(
      await mutant({
        answer: (_, relay) => ({ ...relay, headers: { ...relay.headers, 'cache-control': 'max-age=3600' } }),
      }),
    );
    expect(byName(cached, 'deal: the examples').problem).toBe(
      'Cache-Control is "max-age=3600": a cache must ask before reusing an answer; expected no-cache (or no-store)',
    );
    expect(byName(cached, 'deal: an unknown deal').problem).toBe(
      'Cache-Control is "max-age=3600" on an error: expected no-store, so no cache keeps it',
    );
    const stale = await checkApi(
      await mutant({ answer: (_, relay, { ifNoneMatch }) => (ifNoneMatch ? { ...relay, status: 304 } : relay) }),
    );
    expect(byName(stale, 'Caching: If-None-Match')).toMatchObject({
      path: `/api/deals/${SEED_DEAL_ID}`,
      pass: false,
      problem: 'If-None-Match with another tag got 304: a cache would show an answer that is not this one',
    });
  });

  it('5: prints each time, fails a slow answer, and calls a slow first answer slow, not down', async () => {
    // Only the first answer of the deal endpoint is slow: the others stay far under the limit.
    let slowOnce = true;
    const slow = await mutant({
      delay: (url) => {
        const wait = slowOnce && isDeal(url) && !url.search ? 700 : 0;
        if (wait) slowOnce = false;
        return wait;
      },
    });
    const results = await checkApi(slow, undefined, { slowMs: 500 });
    expect(byName(results, 'deal: the examples')).toMatchObject({
      pass: false,
      problem: expect.stringMatching(/^slow: answered in \d+ ms, over the 500 ms limit$/),
    });
    const table = formatTable(results, 500);
    expect(table).toMatch(/^deals: the examples .* \d+ ms +(PASS|FAIL)$/m);
    expect(table).toMatch(/^Slowest answer per endpoint \(over 500 ms fails as slow\): deals \d+ ms, deal \d+ ms,/m);

    let lateOnce = true;
    const late = await mutant({
      delay: () => {
        const wait = lateOnce ? 1200 : 0;
        lateOnce = false;
        return wait;
      },
    });
    // The first answer is late: a failed case, and the check goes on (no "Cannot reach").
    const lateResults = await checkApi(late, undefined, { timeoutMs: 400 });
    expect(lateResults).toHaveLength(checkRequests().length + 3);
    expect(byName(lateResults, 'deals: the examples')).toMatchObject({
      got: 'no answer',
      problem: 'no answer: no answer within 0.4 s; the backend accepts connections, so it is slow or stuck, not down',
    });
  });

  it('6: says a list out of order the right way round, an empty body, and a misspelt optional field', async () => {
    const reversed = await checkApi(
      await mutant(rewriteJson(isEvents, (body) => ({ ...body, events: (body.events as Json[]).toReversed() }))),
    );
    expect(byName(reversed, 'events: the examples').problem).toBe(
      'events[1].date: 2013-04-29 comes before 2014-03 (events[0]); expected sorted by date',
    );
    const empty = await checkApi(
      await mutant({ answer: (url, relay) => (isDeal(url) && relay.status === 200 ? { ...relay, text: '' } : relay) }),
    );
    expect(byName(empty, 'deal: the examples')).toMatchObject({
      got: '200 empty body',
      problem: 'empty body: expected a Deal',
    });
    const misspelt = await checkApi(
      await mutant(
        rewriteJson(isEvents, (body) => ({
          ...body,
          events: (body.events as Json[]).map(({ original, ...event }) => ({ ...event, orginal: original })),
        })),
      ),
    );
    const row = byName(misspelt, 'events: the examples');
    expect(row.pass).toBe(true);
    expect(row.warnings?.[0]).toBe(
      'events[0].orginal is not in the contract: a misspelling of "original"? (optional, so the answer passes without it)',
    );
    expect(formatTable(misspelt)).toMatch(/^events: the examples .* WARN\n {4}warning: events\[0\]\.orginal/m);
  });

  it('7: fails a backend that ignores an unknown query parameter, or refuses it without naming the known ones', async () => {
    const known = new Set<string>(Object.values(API_ENDPOINTS).flatMap((e) => [...e.query]));
    const ignoring = await checkApi(
      await mutant({
        request: (url) => {
          for (const name of [...url.searchParams.keys()]) if (!known.has(name)) url.searchParams.delete(name);
        },
      }),
    );
    expect(byName(ignoring, 'events: an unknown parameter')).toMatchObject({
      path: '/api/deals/alibaba-sina-weibo-2013/events?kind=rumour',
      problem: 'expected status 400, got 200',
    });
    const terse = await checkApi(
      await mutant({
        answer: (_, relay) =>
          relay.text.includes('Unknown query parameter')
            ? { ...relay, text: JSON.stringify({ error: { code: 'bad_query', message: 'Bad query.' } }) }
            : relay,
      }),
    );
    expect(byName(terse, 'events: an unknown parameter').problem).toBe(
      'error.message: "Bad query." does not name from, to, kinds',
    );
  });

  it('8: fails a document whose servers names another port than the one serving it', async () => {
    const base = await mutant(
      rewriteJson(
        (url) => url.pathname === '/api/openapi.json',
        (doc) => ({ ...doc, servers: [{ url: 'http://127.0.0.1:8787' }] }),
      ),
    );
    const results = await checkApi(base);
    expect(byName(results, 'openapi: the examples').problem).toBe(
      `servers: ["http://127.0.0.1:8787"] does not name ${base}, where this document is served`,
    );
  });

  it('passes a backend that adds fields of its own, with no warning', async () => {
    const addFields = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(addFields)
        : value && typeof value === 'object'
          ? {
              ...Object.fromEntries(Object.entries(value).map(([k, item]) => [k, addFields(item)])),
              revision: 7,
              createdBy: 'etl',
            }
          : value;
    const results = await checkApi(await mutant(rewriteJson((url) => url.pathname !== '/api/openapi.json', addFields)));
    expect(failures(results)).toEqual([]);
    expect(results.filter((r) => r.warnings)).toEqual([]);
  });
});
