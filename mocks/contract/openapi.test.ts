import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { API_ENDPOINTS, type ApiEndpointId } from '../../src/lib/api-paths';
import { isIsoDay } from '../../src/lib/dates';
import { endpointDoc } from './endpoint-docs';
import { COMPONENTS, ISO_DAY_PATTERN, UnconvertibleCheckError, conversionConfig } from './json-schema';
import { CONTRACT_FILES, contractFiles, openApiDocument } from './openapi';

const root = resolve(import.meta.dirname, '../..');
const committed = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const ids = Object.keys(API_ENDPOINTS) as ApiEndpointId[];

// A JSON Schema 2020-12 validator, to judge documents the way an editor or a backend team's tools
// would: the Ajv that the OpenAPI validator itself depends on (no package of our own for a test).
const requireFromValidator = createRequire(
  createRequire(import.meta.url).resolve('@seriousme/openapi-schema-validator'),
);
const { default: Ajv2020 } = requireFromValidator('ajv/dist/2020') as {
  default: new (options: object) => {
    compile: (schema: object) => ((data: unknown) => boolean) & { errors?: { instancePath: string }[] | null };
  };
};
const ajv = new Ajv2020({ strict: false });

type Doc = ReturnType<typeof openApiDocument>;
type Operation = {
  parameters?: { name: string; in: string; description: string; example: string }[];
  responses: Record<string, { content: { 'application/json': { schema: unknown; examples?: object } } }>;
};
const operation = (doc: Doc, id: ApiEndpointId) =>
  (doc.paths[API_ENDPOINTS[id].path] as { get: Operation & { operationId: string } }).get;

describe('the committed contract files', () => {
  // The drift test: the files must be what the schemas, the endpoint table and the docs make today.
  it.each(Object.entries(contractFiles()))('%s matches what the generator makes now', (path, generated) => {
    expect(committed(path), `${path} is out of date with the schemas: run npm run contract`).toEqual(
      JSON.parse(JSON.stringify(generated)),
    );
  });

  it('the OpenAPI document is valid OpenAPI 3.1 for the standard validator, with no errors', async () => {
    const validator = new Validator();
    const result = await validator.validate(committed(CONTRACT_FILES.openapi) as Record<string, unknown>);
    expect(result).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
  });

  it('the mocks serve the committed document at GET /api/openapi.json, its servers the origin that serves it', async () => {
    const response = await fetch(new URL(API_ENDPOINTS.openapi.path, location.origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    const { servers, ...served } = await response.json();
    const { servers: committedServers, ...rest } = committed(CONTRACT_FILES.openapi) as { servers: unknown };
    expect(served).toEqual(rest);
    expect(committedServers).toEqual([expect.objectContaining({ url: 'http://127.0.0.1:8787' })]);
    expect(servers).toEqual([expect.objectContaining({ url: location.origin })]);
  });
});

describe('the OpenAPI document', () => {
  const doc = openApiDocument();

  it('has every endpoint of the table, each parameter described with an example', () => {
    expect(Object.keys(doc.paths)).toEqual(ids.map((id) => API_ENDPOINTS[id].path));
    for (const id of ids) {
      const names = (operation(doc, id).parameters ?? []).map((p) => `${p.in}:${p.name}`);
      const fromTable = [
        ...[...API_ENDPOINTS[id].path.matchAll(/\{(\w+)\}/g)].map(([, name]) => `path:${name}`),
        ...API_ENDPOINTS[id].query.map((name) => `query:${name}`),
      ];
      expect(names).toEqual(fromTable);
      for (const parameter of operation(doc, id).parameters ?? []) {
        expect(parameter.description.length, `${id} ${parameter.name}`).toBeGreaterThan(10);
        expect(parameter.example, `${id} ${parameter.name}`).not.toBe('');
      }
    }
  });

  it('answers every error the table lists with the ApiError schema narrowed to its codes, and an example per case', () => {
    for (const id of ids) {
      const { responses } = operation(doc, id);
      for (const { status, code } of API_ENDPOINTS[id].errors) {
        const content = responses[String(status)].content['application/json'];
        expect(JSON.stringify(content.schema)).toContain('"$ref":"#/components/schemas/ApiError"');
        expect(JSON.stringify(content.schema)).toContain(`"${code}"`);
        const examples = Object.values(content.examples ?? {}) as { value: { error: { code: string } } }[];
        const cases = endpointDoc(id).errors[code].cases;
        expect(examples.filter((e) => e.value.error.code === code)).toHaveLength(cases.length);
      }
      const errorStatuses = Object.keys(responses).filter((status) => status !== '200' && status !== '5XX');
      expect(errorStatuses.sort()).toEqual([...new Set(API_ENDPOINTS[id].errors.map((e) => String(e.status)))].sort());
    }
  });

  it("each endpoint's response example is valid against its valibot schema", () => {
    for (const id of ids) {
      const { example } = endpointDoc(id).response;
      if (example === undefined) continue;
      const parsed = v.safeParse(COMPONENTS[API_ENDPOINTS[id].response] as v.GenericSchema, example);
      expect(parsed.issues?.map((issue) => `${id}: ${issue.message}`) ?? []).toEqual([]);
    }
  });

  it('each error example is valid against the JSON Schema of its response', () => {
    for (const id of ids) {
      for (const [status, response] of Object.entries(operation(doc, id).responses)) {
        const { schema, examples = {} } = response.content['application/json'];
        const validate = ajv.compile({ ...(schema as object), components: doc.components });
        for (const [name, example] of Object.entries(examples) as [string, { value: unknown }][]) {
          expect(validate(example.value), `${id} ${status} ${name}`).toBe(true);
        }
      }
    }
  });
});

describe('what JSON Schema cannot say is written down, not lost', () => {
  it('the day pattern accepts exactly the real days isIsoDay accepts', () => {
    const pattern = new RegExp(ISO_DAY_PATTERN);
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    let compared = 0;
    for (const year of [0, 4, 100, 400, 1600, 1700, 1899, 1900, 2000, 2012, 2013, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(pattern.test(text), text).toBe(isIsoDay(text));
          compared += 1;
        }
      }
    }
    for (const text of [
      '2013-4-29',
      '2013-04-29T00:00',
      ' 2013-04-29',
      '2013-04',
      '20130429',
      '2013-02-29',
      '2012-02-29',
    ]) {
      expect(pattern.test(text), text).toBe(isIsoDay(text));
    }
    expect(compared).toBe(14 * 14 * 33);
  });

  it("a deal file's JSON Schema accepts the seed deal and refuses what check-deal refuses", () => {
    const validate = ajv.compile(committed(CONTRACT_FILES.dealSchema) as object);
    const seed = () => committed('mocks/deals/alibaba-sina-weibo-2013.json') as { deal: Record<string, never> };
    expect(validate(seed())).toBe(true);

    const impossibleDay = seed() as unknown as { deal: { sources: { date: string | null }[] } };
    impossibleDay.deal.sources.find((s) => s.date !== null)!.date = '2013-02-30';
    expect(validate(impossibleDay)).toBe(false);

    const rangeWithoutHigh = seed() as unknown as { deal: { terms: { consideration: { qualifier: string } } } };
    rangeWithoutHigh.deal.terms.consideration.qualifier = 'range';
    expect(validate(rangeWithoutHigh)).toBe(false);
    (rangeWithoutHigh.deal.terms.consideration as { valueHigh?: number }).valueHigh = 500_000_000;
    expect(validate(rangeWithoutHigh)).toBe(true);

    const misspeltMetric = seed() as unknown as { metrics: Record<string, unknown> };
    misspeltMetric.metrics['registred-users'] = misspeltMetric.metrics['registered-users'];
    expect(validate(misspeltMetric)).toBe(false);
  });

  it('the schemas say in words what the custom checks check', () => {
    const { Figure, Source } = openApiDocument().components.schemas;
    expect(Figure.description).toMatch(/qualifier "range".*valueHigh/);
    expect(JSON.stringify(Source)).toContain('A real calendar day');
    expect(JSON.stringify(committed(CONTRACT_FILES.dealSchema))).toContain('filed under its own id');
  });

  it('a check the generator does not know stops it, naming the check and where to add it', () => {
    const unknown = v.object({
      day: v.pipe(
        v.string(),
        v.check((s) => s.startsWith('2'), 'a day this century'),
      ),
    });
    expect(() => toJsonSchema(unknown, conversionConfig('#/$defs/'))).toThrow(UnconvertibleCheckError);
    expect(() => toJsonSchema(unknown, conversionConfig('#/$defs/'))).toThrow(
      /"check" action \("a day this century"\)[\s\S]*KNOWN_CHECKS in mocks\/contract\/json-schema\.ts/,
    );
  });
});
