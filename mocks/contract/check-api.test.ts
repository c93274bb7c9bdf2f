import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS, type ApiEndpointId } from '../../src/lib/api-paths';
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
      expect(mine.filter((r) => r.expect.status === 200).length).toBe(API_ENDPOINTS[id].query.length ? 2 : 1);
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
    expect(results.length).toBe(checkRequests().length + 2);
    expect(formatTable(results)).toContain(`All ${results.length} cases pass.`);
  });

  it('fails a payload that breaks the schema, naming the case and the field', async () => {
    const results = await checkApi(await standIn({ fault: parseFault('malformed:deal') }));
    expect(failures(results).map((r) => r.name)).toEqual([
      'deal: the examples',
      'deal: with every query parameter',
      'deal: an unknown events value',
      'deal: events given twice',
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
    expect(lines[0]).toMatch(/^CASE\s+METHOD\s+PATH\s+EXPECTED\s+GOT\s+RESULT$/);
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
    });
    expect(parseArgs(['--base-url=https://api.example.com/v1', '--origin', 'https://app.example.com/'])).toEqual({
      baseUrl: 'https://api.example.com/v1',
      origin: 'https://app.example.com',
    });
    expect(parseArgs([])).toEqual({ error: expect.stringContaining('--base-url is required') });
    expect(parseArgs(['--base-url'])).toEqual({ error: expect.stringContaining('--base-url needs a value') });
    expect(parseArgs(['--base-url', 'localhost:8787'])).toEqual({
      error: expect.stringContaining('not an http(s) URL'),
    });
    expect(parseArgs(['--url', 'x'])).toEqual({ error: expect.stringContaining('Unknown argument "--url"') });
  });
});
