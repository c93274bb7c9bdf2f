import type { JsonSchema } from '@valibot/to-json-schema';
import { API_ENDPOINTS, type ApiEndpointId } from '../../src/lib/api-paths';
import { COMPONENT_DOCS, endpointDoc } from './endpoint-docs';
import { componentSchemas, dealFileJsonSchema, type ComponentName } from './json-schema';
import { exampleRequests, pathParamNames } from './requests';

// The contract as an OpenAPI 3.1 document: the paths, parameters and error cases from API_ENDPOINTS,
// the schemas from the valibot schemas, the words from endpoint-docs.ts. `npm run contract` writes it
// (and the deal files' JSON Schema); a test fails when the committed files differ from what this makes.

/** The contract's own version: raise the major number for a change an existing client would trip on. */
export const CONTRACT_VERSION = '1.0.0';

/** Where `npm run contract` writes each file, relative to the repository. */
export const CONTRACT_FILES = {
  openapi: 'mocks/contract/openapi.json',
  dealSchema: 'mocks/deals/deal.schema.json',
} as const;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

const STATUS_TEXT: Record<number, string> = { 400: 'Bad request', 404: 'Not found' };

// What a client relies on in caching, and the conformance check holds a backend to. (`HEAD`, `405`
// with `Allow`: nothing the app does relies on them, so the contract leaves them to the backend.)
const HEADERS_OK = {
  'Cache-Control': {
    description:
      'A cache asks before it reuses the answer: `no-cache` (or `no-store`), never a `max-age` above 0. An ' +
      'answer is the deal as known today, and a deal changes.',
    required: true,
    schema: { type: 'string', examples: ['no-cache'] },
  },
  ETag: {
    description:
      'Optional. With it, `If-None-Match` carrying this tag may answer 304 without a body (or the 200 again); ' +
      'another tag always gets the whole answer.',
    schema: { type: 'string', examples: ['W/"3q2-7uA5MZnV0dVbWq1ZzK3Yb6LK0nO"'] },
  },
};
const HEADERS_ERROR = {
  'Cache-Control': {
    description: 'No cache keeps an error: a deal missing now may be there in a minute.',
    required: true,
    schema: { type: 'string', pattern: '(^|,)\\s*no-store\\s*(,|$)', examples: ['no-store'] },
  },
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The ApiError schema with `error.code` narrowed to the codes this response may carry. */
function errorSchema(codes: string[]): JsonSchema {
  const code = codes.length === 1 ? { const: codes[0] } : { enum: codes };
  return {
    allOf: [ref('ApiError'), { type: 'object', properties: { error: { type: 'object', properties: { code } } } }],
  } as JsonSchema;
}

function operation(id: ApiEndpointId) {
  const endpoint = API_ENDPOINTS[id];
  const doc = endpointDoc(id);
  const parameters = [
    ...pathParamNames(endpoint.path).map((name) => ({ name, in: 'path', required: true })),
    ...endpoint.query.map((name: string) => ({ name, in: 'query', required: false })),
  ].map((parameter) => {
    const { description, example, schema } = doc.parameters[parameter.name];
    return { ...parameter, description, schema, example };
  });

  const ok = doc.response.example === undefined ? {} : { example: doc.response.example };
  const responses: Record<string, unknown> = {
    '200': {
      description: doc.response.description,
      headers: HEADERS_OK,
      content: { 'application/json': { schema: ref(endpoint.response), ...ok } },
    },
  };
  const requests = exampleRequests(id);
  const statuses = [...new Set(endpoint.errors.map((e) => e.status as number))].sort();
  for (const status of statuses) {
    const codes = [...new Set(endpoint.errors.filter((e) => e.status === status).map((e) => e.code as string))];
    const examples: Record<string, unknown> = {};
    for (const code of codes) {
      const cases = requests.filter((r) => r.expect.code === code);
      doc.errors[code].cases.forEach((errorCase, index) => {
        examples[`${code}-${slug(errorCase.summary)}`] = {
          summary: `${code}: ${errorCase.summary}`,
          description: `GET ${cases[index].url}`,
          value: { error: { code, message: errorCase.message } },
        };
      });
    }
    responses[String(status)] = {
      description: `${STATUS_TEXT[status] ?? 'Error'}. ${codes.map((code) => `\`${code}\`: ${doc.errors[code].description}`).join(' ')}`,
      headers: HEADERS_ERROR,
      content: { 'application/json': { schema: errorSchema(codes), examples } },
    };
  }
  responses['5XX'] = {
    description: 'The backend failed; the same error shape, with a code of its own.',
    headers: HEADERS_ERROR,
    content: { 'application/json': { schema: ref('ApiError') } },
  };
  return {
    operationId: id,
    summary: doc.summary,
    description: doc.description,
    ...(parameters.length > 0 && { parameters }),
    responses,
  };
}

function components(): Record<string, JsonSchema> {
  const schemas = componentSchemas();
  return Object.fromEntries(
    (Object.keys(schemas) as ComponentName[]).map((name) => {
      const { description, ...schema } = schemas[name];
      // The component's words first, then what the converter wrote (a check JSON Schema cannot hold).
      return [name, { description: [COMPONENT_DOCS[name], description].filter(Boolean).join(' '), ...schema }];
    }),
  );
}

/** The OpenAPI 3.1 document of the API, generated from the contract's sources. */
export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const id of Object.keys(API_ENDPOINTS) as ApiEndpointId[]) {
    paths[API_ENDPOINTS[id].path] = { get: operation(id) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Deal intelligence API',
      version: CONTRACT_VERSION,
      description:
        'What the deal intelligence dashboard reads: tracked deals, their events and metric series. Read-only ' +
        'JSON over GET. Every text a reader sees comes in English and German (`LocalText`); every number is a ' +
        '`Figure` with its status, sources and the day it became public. Errors answer `{ "error": { "code", ' +
        '"message" } }` with the codes listed per endpoint; a query parameter an endpoint does not know is a 400 ' +
        "`bad_query` naming the ones it knows. An event's id is unique within its deal. A 200 is `Cache-Control: " +
        "no-cache` (an `ETag` is optional), an error `no-store`. A backend must allow the app's origin (CORS). " +
        'Generated from the valibot schemas in src/lib/schemas.ts and the endpoint table in src/lib/api-paths.ts ' +
        'by `npm run contract`; check a backend with `npm run check-api -- --base-url <url>`.',
    },
    // A served copy names the origin that serves it (mocks/handlers/openapi.ts); this file, the stand-in's default.
    servers: [{ url: 'http://127.0.0.1:8787', description: 'The stand-in backend, `npm run mock-api`' }],
    paths,
    components: { schemas: components() },
  };
}

/** Every file `npm run contract` writes, as JSON values by path. */
export function contractFiles(): Record<string, unknown> {
  return {
    [CONTRACT_FILES.openapi]: openApiDocument(),
    [CONTRACT_FILES.dealSchema]: dealFileJsonSchema(),
  };
}
