import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { getResponse, type HttpHandler } from 'msw';
import { apiPaths } from '../src/lib/api-paths';
import { mockDeals } from './data';
import { handlers } from './handlers';
import { isContractPath, noEndpointMessage } from './handlers/paths';
import { parseScenario, scenarioHandlers, type ScenarioSpec } from './handlers/scenarios';

// The same handlers behind a plain HTTP server: a stand-in for a real backend with the same
// contract, for builds made with VITE_API_BASE_URL, the browser test that checks them, and the
// conformance check (npm run check-api). It behaves as a real backend should: CORS for configured
// origins, validators and caching headers, gzip, errors in the contract's shape.

const gzip = promisify(gzipCallback);

/** The dev server's and the preview's origins, on both loopback names. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

export interface MockApiOptions {
  /** The app origins allowed to read the answers in a browser; `*` allows any. */
  corsOrigins?: readonly string[];
  /** A fault scenario in front of the handlers (as `?mock=` takes it), to stand in for a wrong backend. */
  fault?: ScenarioSpec | null;
}

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
// A body smaller than this is sent as it is: gzip would save a few bytes and cost a round of work.
const GZIP_MIN_BYTES = 1024;
// A day-old answer must not be shown as the deal now: a cache keeps it, but asks first (a cheap 304).
const CACHE_OK = 'no-cache';
// An error says something about this moment (a typo, a deal not there yet): never keep it.
const CACHE_ERROR = 'no-store';

/** `CORS_ORIGINS`: comma-separated origins such as `https://deals.example.com`, or `*`. */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_CORS_ORIGINS];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry === '*') return entry;
      let origin: string | null = null;
      try {
        origin = new URL(entry).origin;
      } catch {
        // reported below
      }
      if (origin !== entry.replace(/\/$/, '')) {
        throw new Error(
          `CORS_ORIGINS: "${entry}" is not an origin. Write scheme, host and port only, e.g. http://localhost:4173, comma-separated, or * for any.`,
        );
      }
      return origin;
    });
}

/** `MOCK_FAULT`: a fault scenario of the mocks (`malformed`, `error:events`, …), or nothing. */
export function parseFault(value: string | undefined): ScenarioSpec | null {
  if (value === undefined || value === '') return null;
  const spec = parseScenario(value);
  if (!spec) {
    throw new Error(
      `MOCK_FAULT: "${value.slice(0, 40)}" is not a fault scenario. Use slow, error, malformed, offline or empty, ` +
        'optionally for one endpoint: malformed:deals, error:deal, empty:events, slow:metrics.',
    );
  }
  return spec;
}

function headerList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((part) => part.trim());
}

function acceptsGzip(header: string | undefined): boolean {
  return headerList(header).some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** A weak validator from the body's bytes: the gzipped and the plain answer are the same data. */
function etagOf(body: Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  const bare = (tag: string) => tag.replace(/^W\//, '');
  return headerList(ifNoneMatch).some((tag) => tag === '*' || bare(tag) === bare(etag));
}

function sendError(
  res: ServerResponse,
  headers: Record<string, string>,
  status: number,
  code: string,
  message: string,
) {
  const body = JSON.stringify({ error: { code, message } });
  res
    .writeHead(status, {
      ...headers,
      'Content-Type': 'application/json',
      'Cache-Control': CACHE_ERROR,
      'Content-Length': String(Buffer.byteLength(body)),
    })
    .end(body);
}

// A host name, an IPv4 address or a bracketed IPv6 one, and an optional port: what a Host header holds.
const HOST_HEADER =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Why a Host header cannot name this server, or null: a client's fault, answered with 400. */
export function hostProblem(host: string | undefined): string | null {
  if (host === undefined || HOST_HEADER.test(host)) return null;
  return `The Host header "${host.slice(0, 100)}" is not a host name or address with an optional port.`;
}

/** Why a path cannot be read (a malformed percent-escape), or null: answered with 400. */
export function pathProblem(pathname: string): string | null {
  try {
    pathname.split('/').forEach((segment) => decodeURIComponent(segment));
    return null;
  } catch {
    return `The path ${pathname.slice(0, 200)} has a malformed percent-escape: write % followed by two hex digits.`;
  }
}

/** A successful answer as it goes over the wire, kept between requests. */
export interface WireAnswer {
  status: number;
  contentType: string;
  body: Buffer;
  etag: string;
  /** Compressed once, on the first request that accepts gzip. */
  gzipped?: Promise<Buffer>;
}

// The stand-in's deals are fixed when it is built, so an answer depends only on the request's path
// and query: kept up to this many bytes (plain and gzipped), the least recently used dropped first.
const ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

const sameStamp = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * What an answer at `pathname` is made from: the deal objects it reads. A deal replaced by another
 * object (a reloaded file) changes it, so no kept answer outlives its data.
 */
export function dataStamp(pathname: string): readonly unknown[] {
  const [, , , dealId] = pathname.split('/');
  if (dealId === undefined) return Object.values(mockDeals).map((entry) => entry.deal);
  let id: string;
  try {
    id = decodeURIComponent(dealId);
  } catch {
    return [];
  }
  return [Object.hasOwn(mockDeals, id) ? mockDeals[id] : undefined, mockDeals[id]?.deal];
}

/**
 * The successful answers by request target, bounded in bytes. Concurrent requests for one target
 * share one computation, and every one of them sends the same buffers: 300 clients asking for
 * 2 MB of events hold 2 MB, not 600.
 */
export function createAnswerCache(maxBytes = ANSWER_CACHE_BYTES) {
  interface Entry {
    answer: Promise<WireAnswer | null>;
    stamp: readonly unknown[];
    bytes: number;
  }
  const entries = new Map<string, Entry>();
  const owner = new WeakMap<WireAnswer, Entry>();
  let total = 0;
  const drop = (key: string, entry: Entry) => {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    total -= entry.bytes;
  };
  // Counted only while its entry is kept; the least recently used go first.
  const account = (entry: Entry, bytes: number) => {
    if (![...entries.values()].includes(entry)) return;
    entry.bytes += bytes;
    total += bytes;
    for (const [key, oldest] of entries) {
      if (total <= maxBytes) break;
      drop(key, oldest);
    }
  };
  return {
    /**
     * The answer for `key`, computed by `compute` once while `stamp` (the data it was made from,
     * compared item by item) stays the same; null answers (errors, faults) are not kept.
     */
    async get(
      key: string,
      stamp: readonly unknown[],
      compute: () => Promise<WireAnswer | null>,
    ): Promise<WireAnswer | null> {
      const found = entries.get(key);
      if (found && sameStamp(found.stamp, stamp)) {
        // Most recently used last: the Map's order is the eviction order.
        entries.delete(key);
        entries.set(key, found);
        return found.answer;
      }
      if (found) drop(key, found);
      const entry: Entry = { answer: compute(), stamp, bytes: 0 };
      entries.set(key, entry);
      let settled: WireAnswer | null;
      try {
        settled = await entry.answer;
      } catch (error) {
        drop(key, entry);
        throw error;
      }
      if (settled === null) drop(key, entry);
      else {
        owner.set(settled, entry);
        account(entry, settled.body.length);
      }
      return settled;
    },
    /** The gzipped body of an answer, compressed once while it is kept. */
    gzipped(answer: WireAnswer): Promise<Buffer> {
      if (!answer.gzipped) {
        answer.gzipped = gzip(answer.body);
        const entry = owner.get(answer);
        if (entry) void answer.gzipped.then((zipped) => account(entry, zipped.length)).catch(() => {});
      }
      return answer.gzipped;
    },
    get bytes() {
      return total;
    },
  };
}

/** The stand-in backend; `listen` it yourself (the module's main does, on PORT). */
export function createMockApiServer(options: MockApiOptions = {}): Server {
  const corsOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const active: HttpHandler[] = options.fault ? [...scenarioHandlers(options.fault), ...handlers] : handlers;
  const answers = createAnswerCache();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = req.headers.origin;
    const allowed = requestOrigin !== undefined && (corsOrigins.includes('*') || corsOrigins.includes(requestOrigin));
    const headers: Record<string, string> = {
      // The answer differs by the asking origin and by gzip: a shared cache must keep them apart.
      Vary: 'Origin, Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      ...(allowed && { 'Access-Control-Allow-Origin': requestOrigin }),
    };

    if (req.method === 'OPTIONS') {
      const preflight = requestOrigin !== undefined && req.headers['access-control-request-method'] !== undefined;
      if (preflight && !allowed) {
        const message = `The origin ${requestOrigin.slice(0, 100)} is not allowed; add it to CORS_ORIGINS (comma-separated).`;
        return sendError(res, headers, 403, 'origin_not_allowed', message);
      }
      res
        .writeHead(204, {
          ...headers,
          Allow: ALLOWED_METHODS,
          ...(preflight && {
            'Access-Control-Allow-Methods': ALLOWED_METHODS,
            'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match',
            'Access-Control-Max-Age': '600',
          }),
        })
        .end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', ALLOWED_METHODS);
      return sendError(res, headers, 405, 'method_not_allowed', `The API is read-only: ${ALLOWED_METHODS}.`);
    }

    const badHost = hostProblem(req.headers.host);
    if (badHost) return sendError(res, headers, 400, 'bad_request', badHost);
    const target = req.url ?? '/';
    const pathname = target.split('?', 1)[0];
    const badPath = pathProblem(pathname);
    if (badPath) return sendError(res, headers, 400, 'bad_request', badPath);

    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const respond = async () => {
      const response = await getResponse(active, new Request(new URL(target, base)), { baseUrl: base });
      if (!response || response.type === 'error') return response;
      const body = Buffer.from(await response.arrayBuffer());
      const contentType = response.headers.get('Content-Type') ?? 'application/json';
      return { status: response.status, contentType, body, etag: etagOf(body) } satisfies WireAnswer;
    };
    // Only a 200 is kept; a request that waited on another's computation of an error computes its own.
    const keptOrFresh = async () => {
      const own: { answer?: Awaited<ReturnType<typeof respond>> } = {};
      const kept = await answers.get(target, dataStamp(pathname), async () => {
        own.answer = await respond();
        return own.answer && !(own.answer instanceof Response) && own.answer.status === 200 ? own.answer : null;
      });
      return kept ?? ('answer' in own ? own.answer : await respond());
    };
    // A fault scenario (slow, an error now and then) must act on every request: nothing kept then.
    // The openapi document names the server it is asked on (its Host): not kept either.
    const cacheable = !options.fault && pathname !== apiPaths.openapi();
    const answer = isContractPath(pathname) ? await (cacheable ? keptOrFresh() : respond()) : undefined;
    if (!answer) return sendError(res, headers, 404, 'not_found', noEndpointMessage(target));
    if (answer instanceof Response) {
      // The "offline" fault: the connection drops without an answer, as a dead backend's would.
      req.socket.destroy();
      return;
    }

    const { status, contentType, body, etag } = answer;
    const ok = status >= 200 && status < 300;
    Object.assign(headers, {
      'Content-Type': contentType,
      'Cache-Control': ok ? CACHE_OK : CACHE_ERROR,
      ...(ok && { ETag: etag }),
    });
    if (ok && matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    let payload = body;
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      payload = cacheable ? await answers.gzipped(answer) : await gzip(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url}:`, error);
      if (res.headersSent) return void res.destroy();
      sendError(res, {}, 500, 'internal_error', 'The stand-in backend failed on this request; see its log.');
    });
  });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  let options: MockApiOptions;
  try {
    options = { corsOrigins: parseCorsOrigins(process.env.CORS_ORIGINS), fault: parseFault(process.env.MOCK_FAULT) };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8787);
  const server = createMockApiServer(options);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: set PORT to another one.` : '';
    console.error(`The mock API could not listen on 127.0.0.1:${port}: ${error.message}.${hint}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Mock API with the dashboard's contract on http://127.0.0.1:${port}${apiPaths.deals()}`);
    console.log(`  contract: http://127.0.0.1:${port}${apiPaths.openapi()}`);
    console.log(`  CORS origins: ${options.corsOrigins?.join(', ')} (CORS_ORIGINS)`);
    if (options.fault) {
      const { scenario, endpoint } = options.fault;
      console.log(`  fault: ${scenario}${endpoint ? ` on ${endpoint}` : ' on every endpoint'} (MOCK_FAULT)`);
    }
  });
}
