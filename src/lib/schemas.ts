import * as v from 'valibot';
// With its extension: vite.config.ts loads this file too (the deal-files plugin checks with it).
import { isIsoDay } from './dates.ts';
import type { Localized } from './localize';

// The data contract: every payload is parsed with these schemas at the boundary, the mocks are
// typed by them, and the TypeScript types below are inferred from them, never written twice.
// Valibot: modular functions, so a route ships only the validators it uses (about 3 KB gzip against
// zod/mini's 9), it parses the 10,000-event deal about 1.5x faster than zod without its JIT, and it
// never evaluates code, so the Content-Security-Policy can forbid eval without a warning.

const text = () => v.pipe(v.string(), v.minLength(1));
// A real calendar day: 2013-02-30 is refused, not rolled over to March.
const isoDay = v.pipe(v.string(), v.check(isIsoDay, 'expected a real day, YYYY-MM-DD'));
const isoMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));
const citations = () => v.pipe(v.array(CitationSchema), v.minLength(1));
/**
 * Every text a reader sees, in both of the app's languages. Where a source's own words exist they
 * travel beside it as `original`; the German of an English-language source is a translation.
 */
export const LocalTextSchema = v.object({ en: text(), de: text() });
const local = () => LocalTextSchema;

/** A date as precise as the source makes it: a day, or only a month. */
export const PartialDateSchema = v.variant('precision', [
  v.object({ precision: v.literal('day'), date: isoDay }),
  v.object({ precision: v.literal('month'), date: isoMonth }),
]);

export const SourceSchema = v.object({
  id: text(),
  kind: v.picklist(['primary', 'secondary']),
  publisher: text(),
  // The article states neither its title nor its day: null says "not given", never a guess.
  title: v.nullable(text()),
  date: v.nullable(isoDay),
  language: v.picklist(['de', 'en']),
  // A copy of the publisher's report on another site: the app says so in the reader's language.
  reposted: v.optional(v.boolean()),
  note: v.optional(local()),
});

/** Where one statement comes from: a source, the article's lines, the source's own words. */
export const CitationSchema = v.object({
  sourceId: text(),
  lines: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  original: v.optional(text()),
});

export const StatusSchema = v.picklist(['reported', 'derived', 'modelled']);
export const UnitSchema = v.picklist(['EUR', 'USD', 'percent', 'users', 'months', 'count']);

// A figure's amount. JSON reads 1e400 as Infinity, which JSON.stringify then serves as null: refused
// (check-deal words the message; the app's bundle carries the rule only).
const finite = v.finite();
const SHARE = 'a stake is a share of the whole, 0 to 100 percent';
/** What a figure's amount may be, by what it measures; each rule appears in the JSON Schema too. */
const AMOUNTS = {
  // A market move (a share price's change) may be negative.
  any: v.pipe(v.number(), finite),
  money: v.pipe(v.number(), finite, v.minValue(0, 'an amount of money is never negative')),
  // A stake, an option's ceiling, a discount: a share of the whole.
  share: v.pipe(v.number(), finite, v.minValue(0, SHARE), v.maxValue(100, SHARE)),
  // Users, months, counts.
  count: v.pipe(v.number(), finite, v.minValue(0, 'a count is never negative')),
};
type Amount = v.GenericSchema<number>;

// Named, so that the JSON Schema generator recognises them in every kind of figure.
/** Only a range has a high end, and a range has one. */
export const hasHighEndIfRange = (f: { qualifier: string; valueHigh?: number }) =>
  (f.qualifier === 'range') === (f.valueHigh !== undefined);
/** A range's high end is not below its low end. */
export const rangeInOrder = (f: { value: number; valueHigh?: number }) =>
  f.valueHigh === undefined || f.valueHigh >= f.value;

/** A number and its provenance: reported by a source, derived by a formula, or modelled. */
function figureSchema(amount: Amount) {
  const base = {
    id: text(),
    label: local(),
    value: amount,
    // With qualifier 'range', value..valueHigh; 'over' reads "more than value".
    valueHigh: v.optional(amount),
    qualifier: v.picklist(['exact', 'about', 'over', 'range']),
    unit: UnitSchema,
    publicOn: PartialDateSchema,
    sources: citations(),
    note: v.optional(local()),
  };
  const kinds = v.variant('status', [
    v.object({ ...base, status: v.literal('reported') }),
    v.object({
      ...base,
      status: v.literal('derived'),
      formula: local(),
      inputs: v.pipe(v.array(text()), v.minLength(1)),
    }),
    v.object({ ...base, status: v.literal('modelled'), assumption: local() }),
  ]);
  type Figure = v.InferOutput<typeof kinds>;
  return v.pipe(
    kinds,
    v.forward(v.check<Figure, string>(hasHighEndIfRange, 'a range needs valueHigh, and only a range has one'), [
      'valueHigh',
    ]),
    v.forward(v.check<Figure, string>(rangeInOrder, 'valueHigh is below value'), ['valueHigh']),
  );
}

/** Any figure: its amount finite, of any sign (a share price falls). */
export const FigureSchema = figureSchema(AMOUNTS.any);
/** A price, a revenue, a valuation: never negative. */
export const MoneyFigureSchema = figureSchema(AMOUNTS.money);
/** A stake or another share of a whole: 0 to 100 percent. */
export const ShareFigureSchema = figureSchema(AMOUNTS.share);
/** Users, months, a count: never negative. */
export const CountFigureSchema = figureSchema(AMOUNTS.count);

export const PartySchema = v.object({
  // A proper name reads the same in both languages.
  name: text(),
  description: local(),
  sources: citations(),
});

export const EventKindSchema = v.picklist(['rumour', 'denial', 'results', 'announcement', 'filing', 'market']);

export const DealEventSchema = v.object({
  id: text(),
  date: PartialDateSchema,
  kind: EventKindSchema,
  title: local(),
  // A few words for the axis, where the title does not fit; the title is used where it is missing.
  shortTitle: v.optional(v.object({ en: v.pipe(text(), v.maxLength(40)), de: v.pipe(text(), v.maxLength(40)) })),
  summary: local(),
  // The article's own German words, where it has them.
  original: v.optional(text()),
  // The day a source dated that day reported an event known only by its month: public from then,
  // not from the month's last day. Without it the event counts from its date (a month: its last day).
  publicOn: v.optional(PartialDateSchema),
  figureIds: v.optional(v.array(v.string()), []),
  sources: citations(),
});

export const MetricIdSchema = v.picklist(['registered-users', 'daily-active-users']);

export const MetricSeriesSchema = v.object({
  id: MetricIdSchema,
  label: local(),
  unit: UnitSchema,
  points: v.array(CountFigureSchema),
});

export const QuoteSchema = v.object({
  id: text(),
  speaker: text(),
  role: local(),
  summary: local(),
  original: text(),
  publicOn: PartialDateSchema,
  sources: citations(),
});

export const ClaimSchema = v.object({
  id: text(),
  text: local(),
  original: v.optional(text()),
  publicOn: PartialDateSchema,
  sources: citations(),
});

export const DealStatusSchema = v.picklist(['rumoured', 'announced', 'completed', 'abandoned']);

/** The status a reader is shown: the contract's statuses, and a rumour that was denied. */
export const DealStatusShownSchema = v.picklist([...DealStatusSchema.options, 'rumour-denied']);

export const PartyRoleSchema = v.picklist(['acquirer', 'target', 'targetParent']);

/**
 * What a deal is called while it stands at an earlier status than today's: a name and the parties
 * that were public then (a rumour of a stake in the parent names neither the target nor the price).
 */
export const StageNameSchema = v.object({
  statuses: v.pipe(v.array(DealStatusShownSchema), v.minLength(1)),
  name: local(),
  parties: v.pipe(v.array(PartyRoleSchema), v.minLength(1)),
});

/**
 * One row of the deals index, as known on the day asked (`GET /api/deals?asof=`; today without
 * one): nothing in it became public later than that day.
 */
export const DealSummarySchema = v.object({
  id: text(),
  // The name as known on the day (see `stageNames`); null: nothing about the deal was public yet.
  name: v.nullable(local()),
  // The parties public on the day, with their roles in the deal: all three once it is announced.
  parties: v.array(v.object({ role: PartyRoleSchema, name: text() })),
  // From the deal's events, as the dashboard's header derives it; null: nothing public yet.
  status: v.nullable(DealStatusShownSchema),
  // null until the deal is announced, and on a day before its announcement.
  announcedOn: v.nullable(PartialDateSchema),
  // The price paid and the stake acquired, where the deal has them and they were public on the day.
  headline: v.object({
    consideration: v.optional(MoneyFigureSchema),
    stakeAcquired: v.optional(ShareFigureSchema),
  }),
  // The sources those figures cite, so that the index can name them.
  sources: v.array(SourceSchema),
  events: v.object({
    // The events public on the day; a month-precision one counts from the month's last day, or its publicOn.
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
    latest: v.nullable(
      v.object({
        id: text(),
        date: PartialDateSchema,
        publicOn: v.optional(PartialDateSchema),
        kind: EventKindSchema,
        title: local(),
      }),
    ),
  }),
  // Generated test data (the synthetic deals for scale tests), not a tracked deal.
  generated: v.boolean(),
});

export const DealSchema = v.object({
  id: text(),
  // Today's name. On a day when the deal stood at an earlier status, the first of `stageNames`
  // listing that status names it instead, so that no view says more than was public that day.
  name: local(),
  stageNames: v.optional(v.array(StageNameSchema), []),
  status: DealStatusSchema,
  announcedOn: v.nullable(PartialDateSchema),
  announcedSources: v.array(CitationSchema),
  parties: v.object({
    acquirer: PartySchema,
    target: PartySchema,
    targetParent: PartySchema,
  }),
  terms: v.object({
    consideration: v.optional(MoneyFigureSchema),
    considerationUsd: v.optional(MoneyFigureSchema),
    stakeRumoured: v.optional(ShareFigureSchema),
    stakeAcquired: v.optional(ShareFigureSchema),
    optionCeiling: v.optional(ShareFigureSchema),
    optionPrice: v.optional(ClaimSchema),
    // Terms published later (Weibo's 2014 IPO filing), offered to the what-if as a preset.
    laterOption: v.optional(
      v.object({ terms: ClaimSchema, ipoDiscount: ShareFigureSchema, valuationCapUsd: MoneyFigureSchema }),
    ),
    instruments: v.optional(ClaimSchema),
  }),
  // A tracked deal may not (yet) have reported terms, a cooperation or projections.
  cooperation: v.optional(
    v.object({
      term: CountFigureSchema,
      areas: v.array(v.object({ id: text(), label: local(), original: text() })),
      sources: citations(),
    }),
  ),
  projections: v.optional(
    v.object({
      revenue: MoneyFigureSchema,
      revenueUsd: v.optional(MoneyFigureSchema),
      horizon: CountFigureSchema,
    }),
  ),
  valuation: v.object({ impliedUsd: v.optional(MoneyFigureSchema) }),
  market: v.array(FigureSchema),
  claims: v.array(ClaimSchema),
  quotes: v.array(QuoteSchema),
  metrics: v.array(MetricIdSchema),
  events: v.array(DealEventSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export const DealListSchema = v.object({ deals: v.array(DealSummarySchema) });
export const EventListSchema = v.object({ dealId: v.string(), events: v.array(DealEventSchema) });
export const ApiErrorSchema = v.object({
  error: v.object({ code: text(), message: text() }),
});

export type PartialDate = v.InferOutput<typeof PartialDateSchema>;
export type Source = Localized<v.InferOutput<typeof SourceSchema>>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type EventKind = v.InferOutput<typeof EventKindSchema>;
export type MetricId = v.InferOutput<typeof MetricIdSchema>;
export type DealStatusShown = v.InferOutput<typeof DealStatusShownSchema>;
export type PartyRole = v.InferOutput<typeof PartyRoleSchema>;
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;

// The payloads as the contract carries them: every text in both languages.
export type DealPayload = v.InferOutput<typeof DealSchema>;
export type DealListPayload = v.InferOutput<typeof DealListSchema>;
export type DealSummaryPayload = v.InferOutput<typeof DealSummarySchema>;
export type EventListPayload = v.InferOutput<typeof EventListSchema>;
export type MetricSeriesPayload = v.InferOutput<typeof MetricSeriesSchema>;
/** What the mocks write: the schema's input, so defaults may be left out. */
export type DealInput = v.InferInput<typeof DealSchema>;
export type MetricSeriesInput = v.InferInput<typeof MetricSeriesSchema>;

// What components read: the same payloads in the reader's language (see `localize`).
export type Figure = Localized<v.InferOutput<typeof FigureSchema>>;
export type Party = Localized<v.InferOutput<typeof PartySchema>>;
export type DealEvent = Localized<v.InferOutput<typeof DealEventSchema>>;
export type MetricSeries = Localized<MetricSeriesPayload>;
export type Quote = Localized<v.InferOutput<typeof QuoteSchema>>;
export type Claim = Localized<v.InferOutput<typeof ClaimSchema>>;
export type DealSummary = Localized<v.InferOutput<typeof DealSummarySchema>>;
export type Deal = Localized<DealPayload>;
export type DealList = Localized<DealListPayload>;
export type EventList = Localized<EventListPayload>;
