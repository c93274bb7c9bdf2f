import { API_ENDPOINTS, fillPath, type ApiEndpointId } from '../../src/lib/api-paths';
import { endpointDoc } from './endpoint-docs';

// The requests the contract documents, built from API_ENDPOINTS and the docs' examples: the
// OpenAPI document shows them, the conformance check sends them.

export interface ExampleRequest {
  endpoint: ApiEndpointId;
  /** "the examples", "with every query parameter", "an unknown kind", … */
  summary: string;
  /** The path and query, e.g. `/api/deals/alibaba-sina-weibo-2013/events?kinds=rumour,gossip`. */
  url: string;
  pathParams: Record<string, string>;
  query: [string, string][];
  /** 200, or an error status with its `error.code` (and words its message must hold). */
  expect: { status: number; code?: string; mentions?: string[] };
}

/** The names in a path template, in order: `{dealId}`, `{metric}`. */
export function pathParamNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
}

// Commas stay readable (a query may hold them); everything else is encoded.
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

function request(
  endpoint: ApiEndpointId,
  summary: string,
  expect: ExampleRequest['expect'],
  overrides: { path?: Record<string, string>; query?: [string, string][] } = {},
): ExampleRequest {
  const { parameters } = endpointDoc(endpoint);
  const template = API_ENDPOINTS[endpoint].path;
  const pathParams = Object.fromEntries(
    pathParamNames(template).map((name) => [name, overrides.path?.[name] ?? parameters[name].example]),
  );
  const query = overrides.query ?? [];
  const search = query.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
  return {
    endpoint,
    summary,
    expect,
    pathParams,
    query,
    url: fillPath(template, pathParams) + (search && `?${search}`),
  };
}

/** Every request documented for one endpoint: the plain one, one with every query parameter, each error case. */
export function exampleRequests(endpoint: ApiEndpointId): ExampleRequest[] {
  const { query, errors } = API_ENDPOINTS[endpoint];
  const doc = endpointDoc(endpoint);
  const requests = [request(endpoint, 'the examples', { status: 200 })];
  if (query.length > 0) {
    const everyQuery = query.map((name): [string, string] => [name, doc.parameters[name].example]);
    requests.push(request(endpoint, 'with every query parameter', { status: 200 }, { query: everyQuery }));
  }
  for (const more of doc.more ?? []) requests.push(request(endpoint, more.summary, { status: 200 }, more));
  for (const { status, code } of errors) {
    for (const errorCase of doc.errors[code].cases) {
      const { unknownQuery } = errorCase;
      const query = [...(errorCase.query ?? []), ...(unknownQuery ?? [])];
      // An unknown parameter's 400 must say which ones the endpoint knows.
      const expected = unknownQuery ? { status, code, mentions: [...API_ENDPOINTS[endpoint].query] } : { status, code };
      requests.push(request(endpoint, errorCase.summary, expected, { path: errorCase.path, query }));
    }
  }
  return requests;
}
