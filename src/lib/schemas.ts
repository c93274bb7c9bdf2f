import * as z from 'zod/mini';

// The app's Content-Security-Policy forbids eval: tell zod not to probe for it (its JIT would try
// `new Function`, which the browser reports as a violation even when zod catches the error).
z.config({ jitless: true });

// The data contract: every payload is parsed with these schemas at the boundary, the mocks are
// typed by them, and the TypeScript types below are inferred from them, never written twice.
// zod/mini (functional checks instead of methods) parses the same way at a third of the size.

const text = () => z.string().check(z.minLength(1));
const isoDay = z.iso.date();
const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));

/** A date as precise as the source makes it: a day, or only a month. */
export const PartialDateSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDay }),
  z.object({ precision: z.literal('month'), date: isoMonth }),
]);

export const SourceSchema = z.object({
  id: text(),
  kind: z.enum(['primary', 'secondary']),
  publisher: text(),
  // The article states neither its title nor its day: null says "not given", never a guess.
  title: z.nullable(text()),
  date: z.nullable(isoDay),
  language: z.enum(['de', 'en']),
  note: z.optional(z.string()),
});

/** Where one statement comes from: a source, the article's lines, the source's own words. */
export const CitationSchema = z.object({
  sourceId: text(),
  lines: z.optional(z.array(z.int().check(z.positive()))),
  original: z.optional(text()),
});

export const StatusSchema = z.enum(['reported', 'derived', 'modelled']);
export const UnitSchema = z.enum(['EUR', 'USD', 'percent', 'users', 'months', 'count']);

const figureBase = {
  id: text(),
  label: text(),
  value: z.number(),
  // With qualifier 'range', value..valueHigh; 'over' reads "more than value".
  valueHigh: z.optional(z.number()),
  qualifier: z.enum(['exact', 'about', 'over', 'range']),
  unit: UnitSchema,
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
};

/** A number and its provenance: reported by a source, derived by a formula, or modelled. */
export const FigureSchema = z
  .discriminatedUnion('status', [
    z.object({ ...figureBase, status: z.literal('reported') }),
    z.object({
      ...figureBase,
      status: z.literal('derived'),
      formula: text(),
      inputs: z.array(text()).check(z.minLength(1)),
    }),
    z.object({ ...figureBase, status: z.literal('modelled'), assumption: text() }),
  ])
  .check(
    z.refine((f) => (f.qualifier === 'range') === (f.valueHigh !== undefined), {
      message: 'a range needs valueHigh, and only a range has one',
      path: ['valueHigh'],
    }),
  );

export const PartySchema = z.object({
  name: text(),
  description: text(),
  sources: z.array(CitationSchema).check(z.minLength(1)),
});

export const EventKindSchema = z.enum(['rumour', 'denial', 'results', 'announcement', 'filing', 'market']);

export const DealEventSchema = z.object({
  id: text(),
  date: PartialDateSchema,
  kind: EventKindSchema,
  title: text(),
  summary: text(),
  // The article's own German words, where it has them.
  original: z.optional(text()),
  figureIds: z._default(z.array(z.string()), []),
  sources: z.array(CitationSchema).check(z.minLength(1)),
});

export const MetricIdSchema = z.enum(['registered-users', 'daily-active-users']);

export const MetricSeriesSchema = z.object({
  id: MetricIdSchema,
  label: text(),
  unit: UnitSchema,
  points: z.array(FigureSchema),
});

export const QuoteSchema = z.object({
  id: text(),
  speaker: text(),
  role: text(),
  summary: text(),
  original: text(),
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).check(z.minLength(1)),
});

export const ClaimSchema = z.object({
  id: text(),
  text: text(),
  original: z.optional(text()),
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).check(z.minLength(1)),
});

export const DealStatusSchema = z.enum(['rumoured', 'announced', 'completed', 'abandoned']);

export const DealSummarySchema = z.object({
  id: text(),
  name: text(),
  status: DealStatusSchema,
  announcedOn: z.nullable(PartialDateSchema),
  acquirer: text(),
  target: text(),
});

export const DealSchema = z.object({
  id: text(),
  name: text(),
  status: DealStatusSchema,
  announcedOn: z.nullable(PartialDateSchema),
  announcedSources: z.array(CitationSchema),
  parties: z.object({
    acquirer: PartySchema,
    target: PartySchema,
    targetParent: PartySchema,
  }),
  terms: z.object({
    consideration: z.optional(FigureSchema),
    considerationUsd: z.optional(FigureSchema),
    stakeRumoured: z.optional(FigureSchema),
    stakeAcquired: z.optional(FigureSchema),
    optionCeiling: z.optional(FigureSchema),
    optionPrice: z.optional(ClaimSchema),
    // Terms published later (Weibo's 2014 IPO filing), offered to the what-if as a preset.
    laterOption: z.optional(z.object({ terms: ClaimSchema, ipoDiscount: FigureSchema, valuationCapUsd: FigureSchema })),
    instruments: z.optional(ClaimSchema),
  }),
  // A tracked deal may not (yet) have reported terms, a cooperation or projections.
  cooperation: z.optional(
    z.object({
      term: FigureSchema,
      areas: z.array(z.object({ id: text(), label: text(), original: text() })),
      sources: z.array(CitationSchema).check(z.minLength(1)),
    }),
  ),
  projections: z.optional(
    z.object({
      revenue: FigureSchema,
      revenueUsd: z.optional(FigureSchema),
      horizon: FigureSchema,
    }),
  ),
  valuation: z.object({ impliedUsd: z.optional(FigureSchema) }),
  market: z.array(FigureSchema),
  claims: z.array(ClaimSchema),
  quotes: z.array(QuoteSchema),
  metrics: z.array(MetricIdSchema),
  events: z.array(DealEventSchema),
  sources: z.array(SourceSchema).check(z.minLength(1)),
});

export const DealListSchema = z.object({ deals: z.array(DealSummarySchema) });
export const EventListSchema = z.object({ dealId: z.string(), events: z.array(DealEventSchema) });
export const ApiErrorSchema = z.object({
  error: z.object({ code: text(), message: text() }),
});

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Party = z.infer<typeof PartySchema>;
export type EventKind = z.infer<typeof EventKindSchema>;
export type DealEvent = z.infer<typeof DealEventSchema>;
export type MetricId = z.infer<typeof MetricIdSchema>;
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type DealSummary = z.infer<typeof DealSummarySchema>;
export type Deal = z.infer<typeof DealSchema>;
export type DealList = z.infer<typeof DealListSchema>;
export type EventList = z.infer<typeof EventListSchema>;
export type ApiError = z.infer<typeof ApiErrorSchema>;
/** What the mocks write: the schema's input, so defaults may be left out. */
export type DealInput = z.input<typeof DealSchema>;
