import * as v from 'valibot';
import { toJsonSchema, toJsonSchemaDefs, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { isIsoDay } from '../../src/lib/dates';
import {
  ApiErrorSchema,
  CitationSchema,
  ClaimSchema,
  DealEventSchema,
  DealListSchema,
  DealSchema,
  DealStatusSchema,
  DealStatusShownSchema,
  DealSummarySchema,
  EventKindSchema,
  EventListSchema,
  CountFigureSchema,
  FigureSchema,
  hasHighEndIfRange,
  MoneyFigureSchema,
  rangeInOrder,
  ShareFigureSchema,
  LocalTextSchema,
  MetricIdSchema,
  MetricSeriesSchema,
  PartialDateSchema,
  PartySchema,
  QuoteSchema,
  SourceSchema,
  StatusSchema,
  UnitSchema,
} from '../../src/lib/schemas';
import { DealFileSchema } from '../deal-files/schema';

// The contract's valibot schemas as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), for the
// OpenAPI document and the deal files' schema. What JSON Schema cannot say is written down here
// deliberately (KNOWN_CHECKS); anything else the converter cannot express stops the generator.

/** The document's own shape, as the conformance check reads GET /api/openapi.json. */
export const OpenApiDocumentSchema = v.looseObject({
  openapi: v.pipe(v.string(), v.regex(/^3\.1\.\d+$/, 'expected an OpenAPI 3.1 document')),
  info: v.looseObject({ title: v.pipe(v.string(), v.minLength(1)), version: v.pipe(v.string(), v.minLength(1)) }),
  paths: v.record(v.string(), v.looseObject({})),
});

/**
 * The named schemas: each one a component of the OpenAPI document (and a `$defs` entry of the deal
 * files' schema), referenced wherever the contract uses that very schema.
 */
export const COMPONENTS = {
  Deal: DealSchema,
  DealList: DealListSchema,
  DealSummary: DealSummarySchema,
  EventList: EventListSchema,
  DealEvent: DealEventSchema,
  MetricSeries: MetricSeriesSchema,
  Figure: FigureSchema,
  MoneyFigure: MoneyFigureSchema,
  ShareFigure: ShareFigureSchema,
  CountFigure: CountFigureSchema,
  Party: PartySchema,
  Quote: QuoteSchema,
  Claim: ClaimSchema,
  Source: SourceSchema,
  Citation: CitationSchema,
  PartialDate: PartialDateSchema,
  LocalText: LocalTextSchema,
  Status: StatusSchema,
  Unit: UnitSchema,
  EventKind: EventKindSchema,
  MetricId: MetricIdSchema,
  DealStatus: DealStatusSchema,
  DealStatusShown: DealStatusShownSchema,
  ApiError: ApiErrorSchema,
  OpenApiDocument: OpenApiDocumentSchema,
} satisfies Record<string, v.GenericSchema>;

export type ComponentName = keyof typeof COMPONENTS;

/**
 * A real calendar day, exactly as `isIsoDay` judges it (years 0000-9999, the Gregorian leap rule),
 * so a JSON Schema validator refuses 2013-02-30 too. The test compares the two day by day.
 */
export const ISO_DAY_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

type Action = Parameters<NonNullable<ConversionConfig['overrideAction']>>[0]['valibotAction'];

interface KnownCheck {
  /** Which valibot action this is: by identity, so a changed check is not mistaken for this one. */
  matches: (action: Action) => boolean;
  /** The JSON Schema it adds to the schema it sits in (a description at least, never nothing). */
  jsonSchema: (schema: JsonSchema) => JsonSchema;
}

const withDescription = (schema: JsonSchema, text: string): JsonSchema => ({
  ...schema,
  description: schema.description ? `${schema.description} ${text}` : text,
});

const [, dealFileCheck] = DealFileSchema.pipe;

// The valibot checks (custom functions) of the contract, as close as JSON Schema gets to each.
const KNOWN_CHECKS: KnownCheck[] = [
  {
    matches: (action) => action.type === 'check' && 'requirement' in action && action.requirement === isIsoDay,
    jsonSchema: (schema) =>
      withDescription(
        { ...schema, pattern: ISO_DAY_PATTERN },
        'A real calendar day, YYYY-MM-DD: 2013-02-30 is refused, not rolled over to March.',
      ),
  },
  {
    // Exactly expressible: valueHigh is there if and only if the qualifier is "range".
    matches: (action) => action.type === 'check' && 'requirement' in action && action.requirement === hasHighEndIfRange,
    jsonSchema: (schema) => ({
      ...withDescription(
        schema,
        'With qualifier "range" the figure spans value..valueHigh and must have valueHigh; no other qualifier has one.',
      ),
      if: { properties: { qualifier: { const: 'range' } }, required: ['qualifier'] },
      then: { required: ['valueHigh'] },
      else: { not: { required: ['valueHigh'] } },
    }),
  },
  {
    // Beyond JSON Schema (it compares two fields): said in words.
    matches: (action) => action.type === 'check' && 'requirement' in action && action.requirement === rangeInOrder,
    jsonSchema: (schema) => withDescription(schema, 'A range runs upwards: valueHigh is not below value.'),
  },
  {
    // A JSON number is finite by its grammar, but 1e400 overflows to Infinity when a parser reads it.
    matches: (action) => action.type === 'finite',
    jsonSchema: (schema) =>
      withDescription(schema, 'A finite number: one too large for a double (1e400) is refused, not read as Infinity.'),
  },
  {
    matches: (action) => action === dealFileCheck,
    jsonSchema: (schema) =>
      withDescription(
        schema,
        'Each series under "metrics" is filed under its own id (metrics["registered-users"].id is "registered-users"), ' +
          'and every id listed in deal.metrics has its series here.',
      ),
  },
];

/** Raised when the contract holds a check the generator does not know how to write down. */
export class UnconvertibleCheckError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nJSON Schema cannot express this valibot action on its own: add it to KNOWN_CHECKS in ` +
        'mocks/contract/json-schema.ts with the pattern, keyword or description that says what it checks.',
    );
    this.name = 'UnconvertibleCheckError';
  }
}

export function conversionConfig(refBase: string): ConversionConfig {
  return {
    target: 'draft-2020-12',
    // Anything the converter cannot express and KNOWN_CHECKS does not cover stops the generator: no silent loss.
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema, errors }) => {
      const known = KNOWN_CHECKS.find((check) => check.matches(valibotAction));
      if (known) return known.jsonSchema(jsonSchema);
      if (errors) {
        const message = 'message' in valibotAction ? ` ("${String(valibotAction.message)}")` : '';
        throw new UnconvertibleCheckError(`The "${valibotAction.type}" action${message}: ${errors.join(' ')}`);
      }
      return undefined;
    },
    overrideRef: ({ referenceId }) => `${refBase}${referenceId}`,
  };
}

/** The OpenAPI document's `components.schemas`, each referring to the others as `#/components/schemas/<name>`. */
export function componentSchemas(): Record<ComponentName, JsonSchema> {
  return toJsonSchemaDefs(COMPONENTS, conversionConfig('#/components/schemas/'));
}

/** Only the definitions `root` reaches through its `$ref`s, so a schema carries nothing it does not use. */
function reachable(root: JsonSchema, defs: Record<string, JsonSchema>, refBase: string): Record<string, JsonSchema> {
  const kept: Record<string, JsonSchema> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(refBase)) {
        const name = value.slice(refBase.length);
        if (!(name in kept) && name in defs) {
          kept[name] = defs[name];
          visit(defs[name]);
        }
      } else if (key !== '$defs') visit(value);
    }
  };
  visit(root);
  // In the order of COMPONENTS, so the file reads from the deal down to its parts.
  return Object.fromEntries(Object.keys(defs).flatMap((name) => (name in kept ? [[name, kept[name]]] : [])));
}

/** The JSON Schema of a deal file in mocks/deals/, named by each file's `"$schema"`. */
export function dealFileJsonSchema(): JsonSchema {
  const refBase = '#/$defs/';
  const {
    $defs = {},
    $schema,
    ...root
  } = toJsonSchema(DealFileSchema, { ...conversionConfig(refBase), definitions: COMPONENTS });
  return {
    $schema,
    title: 'A deal file',
    description:
      'One tracked deal for the mocked API: the deal as GET /api/deals/{dealId} answers it, and its metric series. ' +
      'Every number is a Figure with its status, sources and public date; nothing goes in without a source.',
    ...root,
    $defs: reachable(root, $defs as Record<string, JsonSchema>, refBase),
  };
}
