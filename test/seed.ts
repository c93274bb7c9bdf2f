import * as v from 'valibot';
import { seedDeal, seedMetrics } from '../mocks/data/alibaba-sina-weibo-2013';
import { syntheticEvents } from '../mocks/data/synthetic';
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
