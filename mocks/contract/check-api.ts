import * as v from 'valibot';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_ENDPOINTS, SEED_DEAL_ID, apiPaths, type ApiEndpointId } from '../../src/lib/api-paths';
import { compareDates, dateSpan, overlaps } from '../../src/lib/dates';
import { ApiErrorSchema, type PartialDate } from '../../src/lib/schemas';
import { COMPONENTS } from './json-schema';
import { exampleRequests, type ExampleRequest } from './requests';

// The conformance check: sends every request the contract documents (each endpoint with its
// examples, each 400 and 404 case) to a backend and judges every answer by the contract: status,
// Content-Type, the error shape and code, the payload parsed with the valibot schemas, and CORS for
// the app's origin. `npm run check-api -- --base-url <url>` prints the table and exits non-zero on
// any failure (2 when the backend cannot be reached at all).

export const DEFAULT_APP_ORIGIN = 'http://localhost:4173';
const TIMEOUT_MS = 15_000;

export interface CaseResult {
  name: string;
  method: string;
  path: string;
  expected: string;
  got: string;
  pass: boolean;
  /** The first problem, in words, with its field path where there is one. */
  problem?: string;
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

const isUnreachable = (error: unknown) =>
  CONNECT_ERRORS.has((error as { cause?: { code?: string } })?.cause?.code ?? '') ||
  (error instanceof Error && error.name === 'TimeoutError');

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return error instanceof Error ? error.message : String(error);
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

// What the contract says beyond the schemas, for the documented requests: a problem, or null.
const semantics: { [K in ApiEndpointId]: (body: Output<K>, request: ExampleRequest) => string | null } = {
  deals: ({ deals }, { query }) => {
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
  deal: (deal, { pathParams }) =>
    deal.id === pathParams.dealId ? null : `id: "${deal.id}", expected the deal asked for, "${pathParams.dealId}"`,
  events: (list, { pathParams, query }) => {
    if (list.dealId !== pathParams.dealId) return `dealId: "${list.dealId}", expected "${pathParams.dealId}"`;
    const params = Object.fromEntries(query);
    const kinds = params.kinds?.split(',');
    for (const [index, event] of list.events.entries()) {
      if (!overlaps(event.date, params.from, params.to)) {
        return `events[${index}].date: ${event.date.date} is outside ${params.from ?? '…'}..${params.to ?? '…'}`;
      }
      if (kinds && !kinds.includes(event.kind)) return `events[${index}].kind: "${event.kind}" was not asked for`;
      if (index > 0 && compareDates(list.events[index - 1].date, event.date) > 0) {
        return `events[${index}].date: ${event.date.date} comes after ${list.events[index - 1].date.date}; expected sorted by date`;
      }
    }
    return null;
  },
  metric: (series, { pathParams }) =>
    series.id === pathParams.metric
      ? null
      : `id: "${series.id}", expected the metric asked for, "${pathParams.metric}"`,
  openapi: () => null,
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

interface Answer {
  response: Response;
  body: unknown;
  /** Why the body is not JSON, when it is not. */
  notJson?: string;
}

async function ask(baseUrl: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(baseUrl + path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  try {
    return { response, body: text === '' ? undefined : JSON.parse(text) };
  } catch (error) {
    return { response, body: undefined, notJson: `the body is not JSON (${(error as Error).message.slice(0, 80)})` };
  }
}

const mediaType = (response: Response) =>
  (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();

async function judge(request: ExampleRequest, answer: Answer): Promise<Pick<CaseResult, 'got' | 'pass' | 'problem'>> {
  const { response, body } = answer;
  const error = v.safeParse(ApiErrorSchema, body);
  const got = `${response.status} ${error.success ? error.output.error.code : mediaType(response) || 'no Content-Type'}`;
  const fail = (problem: string, gotten = got) => ({ got: gotten, pass: false, problem });

  if (response.status !== request.expect.status) {
    const said = error.success ? ` ("${error.output.error.message.slice(0, 120)}")` : '';
    return fail(`expected status ${request.expect.status}, got ${response.status}${said}`);
  }
  if (mediaType(response) !== 'application/json') {
    return fail(`Content-Type is "${response.headers.get('Content-Type') ?? ''}", expected application/json`);
  }
  if (answer.notJson) return fail(answer.notJson);

  if (request.expect.code !== undefined) {
    if (!error.success) return fail(`not the error shape { error: { code, message } }: ${firstIssue(error.issues)}`);
    if (error.output.error.code !== request.expect.code) {
      return fail(`error.code: "${error.output.error.code}", expected "${request.expect.code}"`);
    }
    return { got, pass: true };
  }

  const schema = COMPONENTS[API_ENDPOINTS[request.endpoint].response] as v.GenericSchema;
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    return fail(firstIssue(parsed.issues), `${response.status}, not a ${API_ENDPOINTS[request.endpoint].response}`);
  }
  const check = semantics[request.endpoint] as (body: unknown, request: ExampleRequest) => string | null;
  const problem = check(parsed.output, request) ?? (request.endpoint === 'openapi' ? await checkDocument(body) : null);
  return problem
    ? fail(problem)
    : { got: `${response.status} ${API_ENDPOINTS[request.endpoint].response}`, pass: true };
}

/** CORS: a preflight, and a GET, from the app's origin; both must allow it (echoed, or `*`). */
async function corsCases(baseUrl: string, origin: string): Promise<CaseResult[]> {
  const path = apiPaths.deal(SEED_DEAL_ID);
  const allowsOrigin = (response: Response) => {
    const allowed = response.headers.get('Access-Control-Allow-Origin');
    return { allowed, ok: allowed === '*' || allowed === origin };
  };
  const results: CaseResult[] = [];

  const preflight = await fetch(baseUrl + path, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
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
  });

  const get = await fetch(baseUrl + path, { headers: { Origin: origin }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  await get.arrayBuffer();
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
  });
  return results;
}

/** Every documented request of every endpoint, in the table's order. */
export function checkRequests(): ExampleRequest[] {
  return (Object.keys(API_ENDPOINTS) as ApiEndpointId[]).flatMap((id) => exampleRequests(id));
}

/**
 * Runs every case against `baseUrl` (no trailing slash). Throws UnreachableError when the first
 * request gets no answer at all; a later request without one is a failed case.
 */
export async function checkApi(baseUrl: string, origin: string = DEFAULT_APP_ORIGIN): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const request of checkRequests()) {
    const row = { name: `${request.endpoint}: ${request.summary}`, method: 'GET', path: request.url };
    const expected = `${request.expect.status} ${request.expect.code ?? API_ENDPOINTS[request.endpoint].response}`;
    let answer: Answer;
    try {
      answer = await ask(baseUrl, request.url);
    } catch (error) {
      if (results.length === 0 && isUnreachable(error)) throw new UnreachableError(baseUrl, error);
      results.push({ ...row, expected, got: 'no answer', pass: false, problem: `no answer: ${reason(error)}` });
      continue;
    }
    results.push({ ...row, expected, ...(await judge(request, answer)) });
  }
  try {
    results.push(...(await corsCases(baseUrl, origin)));
  } catch (error) {
    results.push({
      name: 'CORS',
      method: 'OPTIONS',
      path: apiPaths.deal(SEED_DEAL_ID),
      expected: `allows ${origin}`,
      got: 'no answer',
      pass: false,
      problem: `no answer: ${reason(error)}`,
    });
  }
  return results;
}

/** The table the command prints: one row per case, the first problem under each failed one. */
export function formatTable(results: CaseResult[]): string {
  const columns = ['case', 'method', 'path', 'expected', 'got', 'result'] as const;
  const cells = results.map((r) => [r.name, r.method, r.path, r.expected, r.got, r.pass ? 'PASS' : 'FAIL']);
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
  });
  const failed = results.filter((r) => !r.pass).length;
  lines.push(
    '',
    failed === 0
      ? `All ${results.length} cases pass.`
      : `${failed} of ${results.length} cases FAIL. The contract: ${apiPaths.openapi()} (mocks/contract/openapi.json).`,
  );
  return lines.join('\n');
}

const USAGE = 'Usage: npm run check-api -- --base-url <url> [--origin <app origin>]';

/** Reads `--base-url <url>` and `--origin <origin>` (also as `--name=value`). */
export function parseArgs(argv: string[]): { baseUrl: string; origin: string } | { error: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { error: USAGE };
    if (flag !== '--base-url' && flag !== '--origin') return { error: `Unknown argument "${argv[i]}".\n${USAGE}` };
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
  const baseUrl = values['--base-url'].replace(/\/+$/, '');
  return { baseUrl, origin: urls['--origin']?.origin ?? DEFAULT_APP_ORIGIN };
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
    const results = await checkApi(args.baseUrl, args.origin);
    out(formatTable(results));
    return results.every((r) => r.pass) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UnreachableError)) throw error;
    err(error.message);
    return 2;
  }
}
