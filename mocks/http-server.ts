import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { getResponse, type HttpHandler } from 'msw';
import { API_ENDPOINTS, apiPaths } from '../src/lib/api-paths';
import { handlers } from './handlers';
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

const TEMPLATES = Object.values(API_ENDPOINTS).map(({ path }) => path.split('/'));

/**
 * Whether a request's path is exactly one of the contract's: its case, no trailing or doubled
 * slash, each parameter a non-empty segment. A lenient stand-in would let a client depend on
 * paths a strict backend refuses.
 */
export function isContractPath(pathname: string): boolean {
  const segments = pathname.split('/');
  return TEMPLATES.some(
    (template) =>
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? segments[i] !== '' : part === segments[i])),
  );
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

/** The stand-in backend; `listen` it yourself (the module's main does, on PORT). */
export function createMockApiServer(options: MockApiOptions = {}): Server {
  const corsOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const active: HttpHandler[] = options.fault ? [...scenarioHandlers(options.fault), ...handlers] : handlers;

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
    const response = isContractPath(pathname)
      ? await getResponse(active, new Request(new URL(target, base)), { baseUrl: base })
      : undefined;
    if (!response) {
      const path = target.slice(0, 200);
      return sendError(
        res,
        headers,
        404,
        'not_found',
        `No endpoint at ${path}; the API is described at ${apiPaths.openapi()}.`,
      );
    }
    if (response.type === 'error') {
      // The "offline" fault: the connection drops without an answer, as a dead backend's would.
      req.socket.destroy();
      return;
    }

    const body = Buffer.from(await response.arrayBuffer());
    const etag = etagOf(body);
    const ok = response.status >= 200 && response.status < 300;
    Object.assign(headers, {
      'Content-Type': response.headers.get('Content-Type') ?? 'application/json',
      'Cache-Control': ok ? CACHE_OK : CACHE_ERROR,
      ...(ok && { ETag: etag }),
    });
    if (ok && matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    let payload = body;
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding'])) {
      payload = await gzip(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(payload.length);
    res.writeHead(response.status, headers);
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
