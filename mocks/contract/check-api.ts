import { connect } from 'node:net';
import * as v from 'valibot';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_ENDPOINTS, SEED_DEAL_ID, apiPaths, type ApiEndpointId } from '../../src/lib/api-paths';
import { compareDates, dateSpan, overlaps } from '../../src/lib/dates';
import {
  ApiErrorSchema,
  MetricSeriesSchema,
  type DealPayload,
  type EventListPayload,
  type PartialDate,
} from '../../src/lib/schemas';
import { dealRuleProblems } from '../deal-files/schema';
import { COMPONENTS } from './json-schema';
import { exampleRequests, type ExampleRequest } from './requests';

// The conformance check: sends every request the contract documents (each endpoint with its
// examples, each 400 and 404 case) to a backend and judges every answer by the contract: status,
// Content-Type, the error shape and code, the payload parsed with the valibot schemas, and CORS for
// the app's origin, the caching headers a client relies on, and each answer's time.
// `npm run check-api -- --base-url <url>` prints the table and exits non-zero on any failure (2 when
// the backend cannot be reached at all).

export const DEFAULT_APP_ORIGIN = 'http://localhost:4173';

export interface CheckOptions {
  /** An answer slower than this fails its case as slow (`--slow-ms`). */
  slowMs?: number;
  /** How long to wait for one answer once connected: past it, the case fails as "no answer", not as "down". */
  timeoutMs?: number;
  /** How long to wait for a TCP connection before calling the backend unreachable. */
  connectTimeoutMs?: number;
}
export const DEFAULT_SLOW_MS = 2_000;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface CaseResult {
  name: string;
  method: string;
  path: string;
  expected: string;
  got: string;
  pass: boolean;
  /** The first problem, in words, with its field path where there is one. */
  problem?: string;
  /** What passes but looks wrong: a field the contract does not know that looks like a misspelt one. */
  warnings?: string[];
  /** How long the answer took, in ms (the slowest, for a case of several requests). */
  ms?: number;
}

/** Nothing answered at the base URL: not a failed case, a wrong address or a backend that is down. */
export class UnreachableError extends Error {
  constructor(baseUrl: string, cause: unknown) {
    super(
      `Cannot reach ${baseUrl}: ${reason(cause)}. Is the backend running at that address? ` +
        'For the stand-in, run "npm run mock-api" (http://127.0.0.1:8787).',
    );
    this.name = 'UnreachableError';
  }
}

// Errors of the connection itself: nothing listens there, or the name or route does not resolve.
const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

// A slow answer is not a dead backend: only a failed connection says "down", never a timeout.
const isUnreachable = (error: unknown) =>
  CONNECT_ERRORS.has((error as { cause?: { code?: string } })?.cause?.code ?? '');

function reason(error: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${seconds(timeoutMs)}; the backend accepts connections, so it is slow or stuck, not down`;
  }
  return error instanceof Error ? error.message : String(error);
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Whether anything accepts a TCP connection at the base URL: the line between "down" (nothing
 * listens, the name does not resolve) and "slow" (connected, but the answer takes long).
 */
export function connectCheck(baseUrl: string, timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new UnreachableError(baseUrl, new Error(`no TCP connection within ${seconds(timeoutMs)}`)));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.end();
      resolve();
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new UnreachableError(baseUrl, { cause: error }));
    });
  });
}

/** "events[3].date": where in the payload the first problem is. */
export function issuePath(path: readonly { key: unknown }[] | undefined): string {
  return (path ?? [])
    .map(({ key }) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues;
  const path = issuePath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

type Output<K extends ApiEndpointId> = v.InferOutput<(typeof COMPONENTS)[(typeof API_ENDPOINTS)[K]['response']]>;

/** Every partial date in a value, with its path: `deals[0].headline.consideration.publicOn`. */
function* partialDates(value: unknown, path = ''): Generator<[string, PartialDate]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* partialDates(item, `${path}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ((record.precision === 'day' || record.precision === 'month') && typeof record.date === 'string') {
      yield [path, record as PartialDate];
      return;
    }
    for (const [key, item] of Object.entries(record)) {
      // An event's date is not when it became public where a dated report gave it earlier (`publicOn`).
      if (key === 'date' && record.publicOn) continue;
      yield* partialDates(item, path ? `${path}.${key}` : key);
    }
  }
}

/** The first event whose id an earlier one has: the contract keeps an event's id unique within its deal. */
function duplicateEvent(events: readonly { id: string }[], at: string): string | null {
  const first = new Map<string, number>();
  for (const [index, event] of events.entries()) {
    const earlier = first.get(event.id);
    if (earlier !== undefined) {
      return `${at}[${index}].id: "${event.id}" is already the id of ${at}[${earlier}]; an event's id is unique within its deal`;
    }
    first.set(event.id, index);
  }
  return null;
}

/** What a check may know besides the answer: the plain answer of the same endpoint, when it passed. */
interface Context {
  request: ExampleRequest;
  /** The parsed answer to this endpoint's plain request ("the examples"), if it passed its schema. */
  plain?: unknown;
  baseUrl: string;
  /** For a deal: the series its `metrics` lists, as the backend answers them (null where it does not). */
  series?: Record<string, unknown>;
}

const range = (from?: string, to?: string) => `${from ?? '…'}..${to ?? '…'}`;

// What the contract says beyond the schemas, for the documented requests: a problem, or null.
const semantics: { [K in ApiEndpointId]: (body: Output<K>, context: Context) => string | null } = {
  deals: ({ deals }, { request: { query } }) => {
    const ids = new Set<string>();
    for (const [index, deal] of deals.entries()) {
      if (ids.has(deal.id)) return `deals[${index}].id: "${deal.id}" is listed twice`;
      ids.add(deal.id);
    }
    const asof = query.find(([name]) => name === 'asof')?.[1];
    if (asof === undefined) return null;
    for (const [path, date] of partialDates(deals, 'deals')) {
      // A month-precision fact counts from the month's last day.
      if (dateSpan(date).end > asof) return `${path}: ${date.date} was not yet public on asof ${asof}`;
    }
    return null;
  },
  deal: (deal, { request: { pathParams }, series = {} }) => {
    if (deal.id !== pathParams.dealId) return `id: "${deal.id}", expected the deal asked for, "${pathParams.dealId}"`;
    const duplicate = duplicateEvent(deal.events, 'events');
    if (duplicate) return duplicate;
    // The rules a deal file is held to beyond its schema (npm run check-deal). A series the backend
    // did not answer fails its own case: links into it are not judged here.
    const unanswered = Object.values(series).some((s) => s === null);
    const [rule] = dealRuleProblems(deal, series).filter(
      ({ message }) => !(unanswered && message.startsWith('no figure with the id')),
    );
    return rule ? `${rule.path}: ${rule.message}` : null;
  },
  events: (list, { request: { pathParams, query }, plain }) => {
    if (list.dealId !== pathParams.dealId) return `dealId: "${list.dealId}", expected "${pathParams.dealId}"`;
    const duplicate = duplicateEvent(list.events, 'events');
    if (duplicate) return duplicate;
    const { from, to, kinds: kindList } = Object.fromEntries(query);
    const kinds = kindList?.split(',');
    const asked = (event: { date: PartialDate; kind: string }) =>
      overlaps(event.date, from, to) && (!kinds || kinds.includes(event.kind));
    for (const [index, event] of list.events.entries()) {
      if (!overlaps(event.date, from, to)) {
        return `events[${index}].date: ${event.date.date} is outside ${range(from, to)}`;
      }
      if (kinds && !kinds.includes(event.kind)) return `events[${index}].kind: "${event.kind}" was not asked for`;
      const previous = list.events[index - 1];
      if (previous && compareDates(previous.date, event.date) > 0) {
        return `events[${index}].date: ${event.date.date} comes before ${previous.date.date} (events[${index - 1}]); expected sorted by date`;
      }
    }
    // Nothing left out: every event of the whole list that the query asks for is there.
    if (query.length > 0 && plain) {
      const answered = new Set(list.events.map((event) => event.id));
      const missing = (plain as EventListPayload).events.find((event) => asked(event) && !answered.has(event.id));
      if (missing) {
        const month =
          missing.date.precision === 'month'
            ? ` (a month-precision event is kept when any day of its month is in the range)`
            : '';
        return `events: "${missing.id}" (${missing.date.date}) is missing, though it is in ${range(from, to)}${month}`;
      }
    }
    return null;
  },
  metric: (series, { request: { pathParams } }) =>
    series.id === pathParams.metric
      ? null
      : `id: "${series.id}", expected the metric asked for, "${pathParams.metric}"`,
  openapi: (document, { baseUrl }) => {
    // `servers` must name where this copy is served: a tool that reads it asks that address.
    const here = `${baseUrl}${apiPaths.openapi()}`;
    const servers = ((document as { servers?: { url?: unknown }[] }).servers ?? []).map((server) => server.url);
    const resolved = servers.map((url) => {
      try {
        return new URL(String(url), here).href.replace(/\/+$/, '');
      } catch {
        return null;
      }
    });
    if (resolved.includes(baseUrl)) return null;
    return `servers: ${JSON.stringify(servers)} does not name ${baseUrl}, where this document is served`;
  },
};

/** The served document must be valid OpenAPI and describe every endpoint of the contract. */
async function checkDocument(document: unknown): Promise<string | null> {
  const result = await new Validator().validate(document as Record<string, unknown>);
  if (!result.valid) {
    const [first] = Array.isArray(result.errors) ? result.errors : [];
    const detail = first ? `${first.instancePath || '(root)'}: ${first.message}` : String(result.errors);
    return `not a valid OpenAPI document: ${detail}`;
  }
  const paths = (document as { paths: Record<string, unknown> }).paths;
  const missing = Object.values(API_ENDPOINTS).find((endpoint) => !(endpoint.path in paths));
  return missing ? `paths: "${missing.path}" is missing` : null;
}

/** Edit distance with swaps (optimal string alignment), ignoring case: "orginal" is 1 from "original". */
export function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

/** How far a name may be from an optional field's to read as its misspelling: 1, or 2 for a long name. */
const nearEnough = (name: string, field: string) =>
  Math.min(name.length, field.length) >= 3 && editDistance(name, field) <= (field.length >= 8 ? 2 : 1);

type Loose = Record<string, unknown>;
type Walkable = v.GenericSchema & {
  entries?: Record<string, Walkable>;
  wrapped?: Walkable;
  item?: Walkable;
  value?: Walkable;
  options?: Walkable[];
  getter?: (input: unknown) => Walkable;
};
const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);

/**
 * Fields the schema does not know (it drops them without a word) that look like a misspelt optional
 * field the answer leaves out: `events[0].orginal` for `original`. Other unknown fields pass silently:
 * a backend may add its own.
 */
export function misspeltFields(schema: v.GenericSchema, value: unknown, path = ''): string[] {
  const node = schema as Walkable;
  const at = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (value === null || value === undefined) return [];
  if (node.wrapped) return misspeltFields(node.wrapped, value, path);
  if (node.getter) return misspeltFields(node.getter(value), value, path);
  if (node.type === 'array' && node.item && Array.isArray(value)) {
    return value.flatMap((item, index) => misspeltFields(node.item!, item, at(index)));
  }
  if (node.options && Array.isArray(node.options) && typeof node.options[0] === 'object') {
    // A variant or union: walk the option the value is (or the first, when it is none).
    const option = node.options.find((o) => v.is(o, value)) ?? node.options[0];
    return misspeltFields(option, value, path);
  }
  if (typeof value !== 'object' || Array.isArray(value)) return [];
  const record = value as Loose;
  if (node.type === 'record' && node.value) {
    return Object.entries(record).flatMap(([key, item]) => misspeltFields(node.value!, item, at(key)));
  }
  if (!node.entries) return [];
  const entries = node.entries;
  const warnings: string[] = [];
  for (const key of Object.keys(record)) {
    if (key in entries) {
      warnings.push(...misspeltFields(entries[key], record[key], at(key)));
      continue;
    }
    const like = Object.keys(entries).find(
      (field) => OPTIONAL.has(entries[field].type) && !(field in record) && nearEnough(key, field),
    );
    if (like) {
      warnings.push(
        `${at(key)} is not in the contract: a misspelling of "${like}"? (optional, so the answer passes without it)`,
      );
    }
  }
  return warnings;
}

interface Answer {
  response: Response;
  body: unknown;
  /** Why the body is not JSON, when it is not. */
  notJson?: string;
  /** The body was empty. */
  empty: boolean;
  ms: number;
}

async function ask(baseUrl: string, path: string, timeoutMs: number, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(baseUrl + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  try {
    return { response, body: text === '' ? undefined : JSON.parse(text), empty: text === '', ms };
  } catch (error) {
    const notJson = `the body is not JSON (${(error as Error).message.slice(0, 80)})`;
    return { response, body: undefined, notJson, empty: false, ms };
  }
}

const mediaType = (response: Response) =>
  (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();

const directives = (response: Response) =>
  (response.headers.get('Cache-Control') ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * What a client relies on in `Cache-Control`: a cache asks before it reuses a 200 (an answer is the
 * deal as known today, and a deal changes), and never keeps an error (a deal missing now may be
 * there in a minute).
 */
export function cachingProblem(response: Response): string | null {
  const found = directives(response);
  const said = response.headers.get('Cache-Control');
  const shown = said === null ? 'missing' : `"${said}"`;
  if (response.status >= 200 && response.status < 300) {
    const asksFirst = found.some((d) => d === 'no-cache' || d === 'no-store' || d === 'max-age=0');
    const keptFresh = found.some((d) => /^(s-maxage|max-age)=0*[1-9]/.test(d) || d === 'immutable');
    if (!asksFirst || keptFresh) {
      return `Cache-Control is ${shown}: a cache must ask before reusing an answer; expected no-cache (or no-store)`;
    }
    return null;
  }
  return found.includes('no-store')
    ? null
    : `Cache-Control is ${shown} on an error: expected no-store, so no cache keeps it`;
}

/** The series a deal lists, as the backend answers them: null for one that is not a valid series. */
async function dealSeries(baseUrl: string, deal: DealPayload, timeoutMs: number): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    deal.metrics.map(async (id) => {
      try {
        const { body } = await ask(baseUrl, apiPaths.metric(deal.id, id), timeoutMs);
        return [id, v.is(MetricSeriesSchema, body) ? body : null];
      } catch {
        return [id, null];
      }
    }),
  );
  return Object.fromEntries(entries);
}

async function judge(
  request: ExampleRequest,
  answer: Answer,
  context: Omit<Context, 'request'>,
  timeoutMs: number,
): Promise<Pick<CaseResult, 'got' | 'pass' | 'problem' | 'warnings'> & { parsed?: unknown }> {
  const { response, body } = answer;
  const error = v.safeParse(ApiErrorSchema, body);
  const got = `${response.status} ${error.success ? error.output.error.code : answer.empty ? 'empty body' : mediaType(response) || 'no Content-Type'}`;
  const fail = (problem: string, gotten = got) => ({ got: gotten, pass: false, problem });
  const expected = request.expect.code ?? API_ENDPOINTS[request.endpoint].response;

  if (response.status !== request.expect.status) {
    const said = error.success ? ` ("${error.output.error.message.slice(0, 120)}")` : '';
    return fail(`expected status ${request.expect.status}, got ${response.status}${said}`);
  }
  if (answer.empty) return fail(`empty body: expected ${request.expect.code ? 'the error shape' : `a ${expected}`}`);
  if (mediaType(response) !== 'application/json') {
    return fail(`Content-Type is "${response.headers.get('Content-Type') ?? ''}", expected application/json`);
  }
  if (answer.notJson) return fail(answer.notJson);
  const caching = cachingProblem(response);

  if (request.expect.code !== undefined) {
    if (!error.success) return fail(`not the error shape { error: { code, message } }: ${firstIssue(error.issues)}`);
    if (error.output.error.code !== request.expect.code) {
      return fail(`error.code: "${error.output.error.code}", expected "${request.expect.code}"`);
    }
    const unnamed = (request.expect.mentions ?? []).filter((name) => !error.output.error.message.includes(name));
    if (unnamed.length > 0) {
      return fail(`error.message: "${error.output.error.message.slice(0, 120)}" does not name ${unnamed.join(', ')}`);
    }
    return caching ? fail(caching) : { got, pass: true };
  }

  const schema = COMPONENTS[API_ENDPOINTS[request.endpoint].response] as v.GenericSchema;
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    return fail(firstIssue(parsed.issues), `${response.status}, not a ${API_ENDPOINTS[request.endpoint].response}`);
  }
  const check = semantics[request.endpoint] as (body: unknown, context: Context) => string | null;
  const series =
    request.endpoint === 'deal'
      ? await dealSeries(context.baseUrl, parsed.output as DealPayload, timeoutMs)
      : undefined;
  const problem =
    check(parsed.output, { ...context, request, series }) ??
    (request.endpoint === 'openapi' ? await checkDocument(body) : null) ??
    caching;
  const warnings = request.endpoint === 'openapi' ? [] : misspeltFields(schema, body);
  const result = problem
    ? fail(problem)
    : { got: `${response.status} ${API_ENDPOINTS[request.endpoint].response}`, pass: true };
  return { ...result, parsed: parsed.output, ...(warnings.length > 0 && { warnings }) };
}

/**
 * Validators: when a 200 carries an `ETag`, `If-None-Match` with it may answer 304 (no body, the
 * same tag) or the 200 again, and another tag must get the whole answer, never a 304: that is what a
 * browser's cache relies on. A backend without ETags passes (they are optional).
 */
async function etagCase(baseUrl: string, timeoutMs: number): Promise<CaseResult> {
  const path = apiPaths.deal(SEED_DEAL_ID);
  const row = { name: 'Caching: If-None-Match', method: 'GET', path, expected: '304 or 200; 200 for another tag' };
  const first = await ask(baseUrl, path, timeoutMs);
  const etag = first.response.headers.get('ETag');
  if (!etag) return { ...row, got: 'no ETag', pass: true, ms: first.ms };
  const again = await ask(baseUrl, path, timeoutMs, { headers: { 'If-None-Match': etag } });
  const other = await ask(baseUrl, path, timeoutMs, { headers: { 'If-None-Match': 'W/"not-this-answer"' } });
  const ms = Math.max(first.ms, again.ms, other.ms);
  const got = `${again.response.status}; ${other.response.status} for another tag`;
  let problem: string | undefined;
  const { status } = again.response;
  if (status === 304 && !again.empty) problem = 'a 304 has a body: it must have none';
  else if (status === 304 && again.response.headers.get('ETag') !== etag)
    problem = `ETag of the 304 is "${again.response.headers.get('ETag')}", expected the tag asked with, ${etag}`;
  else if (status !== 304 && status !== 200) problem = `If-None-Match with the answer's own ETag got ${status}`;
  else if (other.response.status !== 200)
    problem = `If-None-Match with another tag got ${other.response.status}: a cache would show an answer that is not this one`;
  return { ...row, got, pass: problem === undefined, problem, ms };
}

/** CORS: a preflight, and a GET, from the app's origin; both must allow it (echoed, or `*`). */
async function corsCases(baseUrl: string, origin: string, timeoutMs: number): Promise<CaseResult[]> {
  const path = apiPaths.deal(SEED_DEAL_ID);
  const allowsOrigin = (response: Response) => {
    const allowed = response.headers.get('Access-Control-Allow-Origin');
    return { allowed, ok: allowed === '*' || allowed === origin };
  };
  const results: CaseResult[] = [];

  let started = performance.now();
  const preflight = await fetch(baseUrl + path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const pre = allowsOrigin(preflight);
  const methods = preflight.headers.get('Access-Control-Allow-Methods');
  let problem: string | undefined;
  if (preflight.status < 200 || preflight.status > 299)
    problem = `a preflight must answer 2xx, got ${preflight.status}`;
  else if (!pre.ok)
    problem = `Access-Control-Allow-Origin is ${pre.allowed ? `"${pre.allowed}"` : 'missing'}: ${origin} may not read the API`;
  else if (methods && !/(^|,)\s*(GET|\*)\s*(,|$)/i.test(methods))
    problem = `Access-Control-Allow-Methods "${methods}" leaves out GET`;
  results.push({
    name: 'CORS: preflight from the app',
    method: 'OPTIONS',
    path,
    expected: `2xx, allows ${origin}`,
    got: `${preflight.status} ${pre.allowed ? `allows ${pre.allowed}` : 'no Allow-Origin'}`,
    pass: problem === undefined,
    problem,
    ms: Math.round(performance.now() - started),
  });

  started = performance.now();
  const get = await fetch(baseUrl + path, { headers: { Origin: origin }, signal: AbortSignal.timeout(timeoutMs) });
  await get.arrayBuffer();
  const getMs = Math.round(performance.now() - started);
  const answer = allowsOrigin(get);
  const vary = (get.headers.get('Vary') ?? '').toLowerCase();
  problem = undefined;
  if (get.status !== 200) problem = `expected status 200, got ${get.status}`;
  else if (!answer.ok)
    problem = `Access-Control-Allow-Origin is ${answer.allowed ? `"${answer.allowed}"` : 'missing'}: a browser at ${origin} may not read the answer`;
  // An answer that names one origin must say it varies by origin, or a cache hands it to another.
  else if (answer.allowed !== '*' && !/(^|,)\s*(origin|\*)\s*(,|$)/.test(vary))
    problem = 'Vary does not name Origin, though Access-Control-Allow-Origin names one';
  results.push({
    name: 'CORS: GET from the app',
    method: 'GET',
    path,
    expected: `200, allows ${origin}`,
    got: `${get.status} ${answer.allowed ? `allows ${answer.allowed}` : 'no Allow-Origin'}`,
    pass: problem === undefined,
    problem,
    ms: getMs,
  });
  return results;
}

/** Every documented request of every endpoint, in the table's order. */
export function checkRequests(): ExampleRequest[] {
  return (Object.keys(API_ENDPOINTS) as ApiEndpointId[]).flatMap((id) => exampleRequests(id));
}

/**
 * Runs every case against `baseUrl` (no trailing slash). Throws UnreachableError when nothing
 * accepts a connection there; an answer that is late or missing after that is a failed case.
 */
export async function checkApi(
  baseUrl: string,
  origin: string = DEFAULT_APP_ORIGIN,
  options: CheckOptions = {},
): Promise<CaseResult[]> {
  const slowMs = options.slowMs ?? DEFAULT_SLOW_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await connectCheck(baseUrl, options.connectTimeoutMs);
  const results: CaseResult[] = [];
  const plain = new Map<ApiEndpointId, unknown>();
  for (const request of checkRequests()) {
    const row = { name: `${request.endpoint}: ${request.summary}`, method: 'GET', path: request.url };
    const expected = `${request.expect.status} ${request.expect.code ?? API_ENDPOINTS[request.endpoint].response}`;
    let answer: Answer;
    try {
      answer = await ask(baseUrl, request.url, timeoutMs);
    } catch (error) {
      if (results.length === 0 && isUnreachable(error)) throw new UnreachableError(baseUrl, error);
      const problem = `no answer: ${reason(error, timeoutMs)}`;
      results.push({ ...row, expected, got: 'no answer', pass: false, problem });
      continue;
    }
    const context = { baseUrl, plain: plain.get(request.endpoint) };
    const { parsed, ...result } = await judge(request, answer, context, timeoutMs);
    if (request.summary === 'the examples' && result.pass) plain.set(request.endpoint, parsed);
    results.push({ ...row, expected, ...result, ms: answer.ms });
  }
  const more: [string, () => Promise<CaseResult[]>][] = [
    ['Caching', async () => [await etagCase(baseUrl, timeoutMs)]],
    ['CORS', () => corsCases(baseUrl, origin, timeoutMs)],
  ];
  for (const [name, run] of more) {
    try {
      results.push(...(await run()));
    } catch (error) {
      results.push({
        name,
        method: 'GET',
        path: apiPaths.deal(SEED_DEAL_ID),
        expected: name === 'CORS' ? `allows ${origin}` : '304 or 200',
        got: 'no answer',
        pass: false,
        problem: `no answer: ${reason(error, timeoutMs)}`,
      });
    }
  }
  // A case that passes but took too long fails as slow; the time is printed for every case.
  for (const result of results) {
    if (result.pass && result.ms !== undefined && result.ms > slowMs) {
      Object.assign(result, { pass: false, problem: `slow: answered in ${result.ms} ms, over the ${slowMs} ms limit` });
    }
  }
  return results;
}

/** The table the command prints: one row per case with its time, the first problem under each failed one. */
export function formatTable(results: CaseResult[], slowMs = DEFAULT_SLOW_MS): string {
  const columns = ['case', 'method', 'path', 'expected', 'got', 'time', 'result'] as const;
  const cells = results.map((r) => [
    r.name,
    r.method,
    r.path,
    r.expected,
    r.got,
    r.ms === undefined ? '' : `${r.ms} ms`,
    r.pass ? (r.warnings ? 'WARN' : 'PASS') : 'FAIL',
  ]);
  const widths = columns.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const lines = [line(columns.map((c) => c.toUpperCase())), line(widths.map((w) => '-'.repeat(w)))];
  results.forEach((result, i) => {
    lines.push(line(cells[i]));
    if (result.problem) lines.push(`    -> ${result.problem}`);
    for (const warning of result.warnings ?? []) lines.push(`    warning: ${warning}`);
  });
  // Each endpoint's slowest answer: where a backend is slow shows even when every case passes.
  const slowest = new Map<string, number>();
  for (const { name, ms } of results) {
    const endpoint = name.split(':')[0];
    if (ms !== undefined) slowest.set(endpoint, Math.max(ms, slowest.get(endpoint) ?? 0));
  }
  const times = [...slowest].map(([endpoint, ms]) => `${endpoint} ${ms} ms`).join(', ');
  lines.push('', `Slowest answer per endpoint (over ${slowMs} ms fails as slow): ${times}.`);
  const failed = results.filter((r) => !r.pass).length;
  const warned = results.filter((r) => r.pass && r.warnings).length;
  const warnedText = warned ? ` ${warned} with a warning.` : '';
  lines.push(
    failed === 0
      ? `All ${results.length} cases pass.${warnedText}`
      : `${failed} of ${results.length} cases FAIL.${warnedText} The contract: ${apiPaths.openapi()} (mocks/contract/openapi.json).`,
  );
  return lines.join('\n');
}

const USAGE = 'Usage: npm run check-api -- --base-url <url> [--origin <app origin>] [--slow-ms <ms>]';
const FLAGS = ['--base-url', '--origin', '--slow-ms'];

/** Reads `--base-url <url>` and `--origin <origin>` (also as `--name=value`). */
export function parseArgs(argv: string[]): { baseUrl: string; origin: string; slowMs: number } | { error: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { error: USAGE };
    if (!FLAGS.includes(flag)) return { error: `Unknown argument "${argv[i]}".\n${USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { error: `${flag} needs a value.\n${USAGE}` };
    values[flag] = value;
  }
  if (!values['--base-url']) return { error: `--base-url is required, e.g. http://127.0.0.1:8787.\n${USAGE}` };
  const urls: Record<string, URL | null> = {};
  for (const flag of ['--base-url', '--origin']) {
    if (values[flag] === undefined) continue;
    try {
      urls[flag] = new URL(values[flag]);
    } catch {
      urls[flag] = null;
    }
    if (!urls[flag] || !/^https?:$/.test(urls[flag].protocol)) {
      return { error: `${flag} "${values[flag]}" is not an http(s) URL, e.g. http://127.0.0.1:8787.\n${USAGE}` };
    }
  }
  const slowMs = Number(values['--slow-ms'] ?? DEFAULT_SLOW_MS);
  if (!Number.isInteger(slowMs) || slowMs <= 0) {
    return { error: `--slow-ms "${values['--slow-ms']}" is not a whole number of milliseconds above 0.\n${USAGE}` };
  }
  const baseUrl = values['--base-url'].replace(/\/+$/, '');
  return { baseUrl, origin: urls['--origin']?.origin ?? DEFAULT_APP_ORIGIN, slowMs };
}

/** The command: prints the table; 0 when every case passes, 1 when one fails, 2 when it cannot run. */
export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    err(args.error);
    return 2;
  }
  out(`Checking ${args.baseUrl} against the contract (app origin ${args.origin})\n`);
  try {
    const results = await checkApi(args.baseUrl, args.origin, { slowMs: args.slowMs });
    out(formatTable(results, args.slowMs));
    return results.every((r) => r.pass) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UnreachableError)) throw error;
    err(error.message);
    return 2;
  }
}
