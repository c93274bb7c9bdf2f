import * as v from 'valibot';
import { API_BASE_URL } from './api-paths';
import { ApiErrorSchema } from './schemas';

/** The server answered with an error status; 4xx means asking again will not help. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

/** The server answered 2xx, but not with what the contract promises. */
export class PayloadError extends Error {
  readonly field: string;
  constructor(url: string, field: string, detail: string) {
    super(
      `The answer from ${url} does not match the data contract: ${field ? `field "${field}"` : 'the payload'}: ${detail}`,
    );
    this.name = 'PayloadError';
    this.field = field;
  }
}

/** No answer at all: offline, refused, or dropped. */
export class NetworkError extends Error {
  constructor(url: string) {
    super(`Could not reach ${url}. Check the connection and try again.`);
    this.name = 'NetworkError';
  }
}

/**
 * The page's stand-in API (the mocks' service worker) could not start, and the server it fell back
 * to does not serve the API: a transport fault, not an answer about the data. `reason` is the browser's.
 */
export class ApiUnavailableError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    // What to run instead is in the message a reader sees (api.unavailable in the dictionaries).
    super(`The mocked API could not start in this frame (${reason}), and the server does not answer the API.`);
    this.name = 'ApiUnavailableError';
    this.reason = reason;
  }
}

/** Asking again will not help: a 4xx, a bad payload, or a stand-in API that could not start. */
export function isClientError(error: unknown): boolean {
  return (
    (error instanceof HttpError && error.status >= 400 && error.status < 500) ||
    error instanceof PayloadError ||
    error instanceof ApiUnavailableError
  );
}

/**
 * The API itself says the deal does not exist (its `deal_not_found` refusal). Any other 404 (a
 * server that does not serve the API, a missing file) is a transport fault and never blames the deal.
 */
export function isDealNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404 && error.code === 'deal_not_found';
}

/**
 * How the client reaches the API: GET `path` (an API path with its query, as `apiPaths` writes it)
 * and hand back the answer. Chosen once, at start-up (src/app/start-api.ts): a real API, the
 * prerendered answers or the live mock worker; the client never knows which.
 */
export type Transport = (path: string, init: { signal?: AbortSignal }) => Promise<Response>;

/** Asks the API at `baseUrl` over HTTP; an empty base is this page's own origin. */
export function httpTransport(baseUrl: string): Transport {
  return (path, { signal }) => {
    const url = new URL(`${baseUrl}${path}`, baseUrl || globalThis.location?.origin || 'http://localhost');
    return fetch(url, { signal, headers: { Accept: 'application/json' } });
  };
}

// Until start-up chooses, and in Node tests (where MSW's server answers fetch): the configured API.
let transport: Transport = httpTransport(API_BASE_URL);

/** Sets how every later request reaches the API (start-up calls it once, before the first request). */
export function setTransport(next: Transport): void {
  transport = next;
}

/** "events[3].date": where in the payload the first problem is. */
function issuePath(path: v.IssuePathItem[] | undefined): string {
  return (path ?? [])
    .map(({ key }) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

const started = new Map<string, Promise<unknown>>();

/**
 * Starts GET `path` now, parsed with `schema`, for a caller that is not there yet: the page's first
 * requests start before React and the route's code have loaded (see early-requests.ts). The first
 * apiGet of the same path takes this result, errors included; later ones ask the network again.
 */
export function prefetchApi<S extends v.GenericSchema>(path: string, schema: S): void {
  if (started.has(path)) return;
  const result = request(path, schema);
  result.catch(() => undefined); // Not lost: the query that takes it reports the error.
  started.set(path, result);
}

/** GET a JSON resource and parse it with its schema; every failure becomes a typed error. */
export function apiGet<S extends v.GenericSchema>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<v.InferOutput<S>> {
  const early = started.get(path);
  if (early) {
    started.delete(path);
    return early as Promise<v.InferOutput<S>>;
  }
  return request(path, schema, signal);
}

async function request<S extends v.GenericSchema>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<v.InferOutput<S>> {
  let response: Response;
  try {
    response = await transport(path, { signal });
  } catch (error) {
    if (signal?.aborted || error instanceof ApiUnavailableError) throw error;
    throw new NetworkError(path);
  }
  // Parsed from the bytes, without a JavaScript string of the whole body in between (2 MB at 10,000 events).
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal?.aborted) throw signal.reason;
    // An HTML page where JSON belongs: typically a server that does not know the API.
    if (!response.ok) throw new HttpError(response.status, 'http_error', `${path} answered ${response.status}.`);
    throw new PayloadError(path, '', 'expected JSON, received something else');
  }
  if (!response.ok) {
    const apiError = v.safeParse(ApiErrorSchema, body);
    if (apiError.success)
      throw new HttpError(response.status, apiError.output.error.code, apiError.output.error.message);
    throw new HttpError(response.status, 'http_error', `${path} answered ${response.status}.`);
  }
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    throw new PayloadError(path, issuePath(issue.path), issue.message);
  }
  return parsed.output;
}
