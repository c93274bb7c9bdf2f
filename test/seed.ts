import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { syntheticEvents } from '../mocks/data/synthetic';
import type { DealFileInput } from '../mocks/deal-files/schema';
import type { Locale } from '../src/lib/i18n';
import { localize } from '../src/lib/localize';
import {
  DealEventSchema,
  DealSchema,
  MetricSeriesSchema,
  type Deal,
  type DealEvent,
  type MetricId,
  type MetricSeries,
} from '../src/lib/schemas';

// The seed deal's file as it stands in mocks/deals/, the one place its facts are written.
// (fileURLToPath takes the string: under jsdom, `URL` is the page's and refuses file: addresses.)
export const SEED_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../mocks/deals/alibaba-sina-weibo-2013.json',
);
const seedFile = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as DealFileInput;

/** The seed deal as its file writes it (the contract's input). */
export const seedDeal = seedFile.deal;
/** The seed deal's metric series as its file writes them. */
export const seedMetrics = seedFile.metrics as Required<NonNullable<DealFileInput['metrics']>>;

/** The seed deal as a component gets it: parsed by the contract, then in one language. */
export function seedIn(locale: Locale = 'en'): Deal {
  return localize(v.parse(DealSchema, seedDeal), locale);
}

/** The seed deal's metric series, parsed and in one language. */
export function seedMetricIn(id: MetricId, locale: Locale = 'en'): MetricSeries {
  return localize(v.parse(MetricSeriesSchema, seedMetrics[id]), locale);
}

/** `count` synthetic events, parsed and in one language, as the timeline gets them. */
export function syntheticEventsIn(count: number, seed: number, locale: Locale = 'en'): DealEvent[] {
  return localize(v.parse(v.array(DealEventSchema), syntheticEvents(count, seed)), locale);
}
