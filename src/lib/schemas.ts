import { z } from 'zod';

// The app's Content-Security-Policy forbids eval: tell zod not to probe for it (its JIT would try
// `new Function`, which the browser reports as a violation even when zod catches the error).
z.config({ jitless: true });

// The data contract: every payload is parsed with these schemas at the boundary, the mocks are
// typed by them, and the TypeScript types below are inferred from them, never written twice.

const isoDay = z.iso.date();
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

/** A date as precise as the source makes it: a day, or only a month. */
export const PartialDateSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDay }),
  z.object({ precision: z.literal('month'), date: isoMonth }),
]);

export const SourceSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['primary', 'secondary']),
  publisher: z.string().min(1),
  // The article states neither its title nor its day: null says "not given", never a guess.
  title: z.string().min(1).nullable(),
  date: isoDay.nullable(),
  language: z.enum(['de', 'en']),
  note: z.string().optional(),
});

/** Where one statement comes from: a source, the article's lines, the source's own words. */
export const CitationSchema = z.object({
  sourceId: z.string().min(1),
  lines: z.array(z.number().int().positive()).optional(),
  original: z.string().min(1).optional(),
});

export const StatusSchema = z.enum(['reported', 'derived', 'modelled']);
export const UnitSchema = z.enum(['EUR', 'USD', 'percent', 'users', 'months', 'count']);

const figureBase = {
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.number().finite(),
  // With qualifier 'range', value..valueHigh; 'over' reads "more than value".
  valueHigh: z.number().finite().optional(),
  qualifier: z.enum(['exact', 'about', 'over', 'range']),
  unit: UnitSchema,
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).min(1),
  note: z.string().optional(),
};

/** A number and its provenance: reported by a source, derived by a formula, or modelled. */
export const FigureSchema = z
  .discriminatedUnion('status', [
    z.object({ ...figureBase, status: z.literal('reported') }),
    z.object({
      ...figureBase,
      status: z.literal('derived'),
      formula: z.string().min(1),
      inputs: z.array(z.string().min(1)).min(1),
    }),
    z.object({ ...figureBase, status: z.literal('modelled'), assumption: z.string().min(1) }),
  ])
  .refine((f) => (f.qualifier === 'range') === (f.valueHigh !== undefined), {
    message: 'a range needs valueHigh, and only a range has one',
    path: ['valueHigh'],
  });

export const PartySchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  sources: z.array(CitationSchema).min(1),
});

export const EventKindSchema = z.enum(['rumour', 'denial', 'results', 'announcement', 'filing', 'market']);

export const DealEventSchema = z.object({
  id: z.string().min(1),
  date: PartialDateSchema,
  kind: EventKindSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  // The article's own German words, where it has them.
  original: z.string().min(1).optional(),
  figureIds: z.array(z.string()).default([]),
  sources: z.array(CitationSchema).min(1),
});

export const MetricIdSchema = z.enum(['registered-users', 'daily-active-users']);

export const MetricSeriesSchema = z.object({
  id: MetricIdSchema,
  label: z.string().min(1),
  unit: UnitSchema,
  points: z.array(FigureSchema),
});

export const QuoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string().min(1),
  role: z.string().min(1),
  summary: z.string().min(1),
  original: z.string().min(1),
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).min(1),
});

export const ClaimSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  original: z.string().min(1).optional(),
  publicOn: PartialDateSchema,
  sources: z.array(CitationSchema).min(1),
});

export const DealStatusSchema = z.enum(['rumoured', 'announced', 'completed', 'abandoned']);

export const DealSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  status: DealStatusSchema,
  announcedOn: PartialDateSchema.nullable(),
  acquirer: z.string().min(1),
  target: z.string().min(1),
});

export const DealSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  status: DealStatusSchema,
  announcedOn: PartialDateSchema.nullable(),
  announcedSources: z.array(CitationSchema),
  parties: z.object({
    acquirer: PartySchema,
    target: PartySchema,
    targetParent: PartySchema,
  }),
  terms: z.object({
    consideration: FigureSchema.optional(),
    considerationUsd: FigureSchema.optional(),
    stakeRumoured: FigureSchema.optional(),
    stakeAcquired: FigureSchema.optional(),
    optionCeiling: FigureSchema.optional(),
    optionPrice: ClaimSchema.optional(),
    // Terms published later (Weibo's 2014 IPO filing), offered to the what-if as a preset.
    laterOption: z.object({ terms: ClaimSchema, ipoDiscount: FigureSchema, valuationCapUsd: FigureSchema }).optional(),
    instruments: ClaimSchema.optional(),
  }),
  // A tracked deal may not (yet) have reported terms, a cooperation or projections.
  cooperation: z
    .object({
      term: FigureSchema,
      areas: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), original: z.string().min(1) })),
      sources: z.array(CitationSchema).min(1),
    })
    .optional(),
  projections: z
    .object({
      revenue: FigureSchema,
      revenueUsd: FigureSchema.optional(),
      horizon: FigureSchema,
    })
    .optional(),
  valuation: z.object({ impliedUsd: FigureSchema.optional() }),
  market: z.array(FigureSchema),
  claims: z.array(ClaimSchema),
  quotes: z.array(QuoteSchema),
  metrics: z.array(MetricIdSchema),
  events: z.array(DealEventSchema),
  sources: z.array(SourceSchema).min(1),
});

export const DealListSchema = z.object({ deals: z.array(DealSummarySchema) });
export const EventListSchema = z.object({ dealId: z.string(), events: z.array(DealEventSchema) });
export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string().min(1), message: z.string().min(1) }),
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
