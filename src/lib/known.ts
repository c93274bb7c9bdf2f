import { dateSpan } from './dates';
import type { PartialDate } from './schemas';

/**
 * Whether something was public on a given day (null: today, everything). A month-precision date
 * counts from the month's last day: the sources do not say which day within it.
 */
export function isPublicOn(date: PartialDate, asOf: string | null): boolean {
  return asOf === null || dateSpan(date).end <= asOf;
}

/** The item if it was public on `asOf`, else undefined. */
export function known<T extends { publicOn: PartialDate }>(item: T | undefined, asOf: string | null): T | undefined {
  return item && isPublicOn(item.publicOn, asOf) ? item : undefined;
}

/**
 * The earliest of `dates` by the day it became public (the rule of isPublicOn), kept as precise as
 * its source: a notice names "Nov 2012", never a day the sources do not give. Null: none.
 */
export function firstPublicDate(dates: PartialDate[]): PartialDate | null {
  let first: PartialDate | null = null;
  for (const date of dates) if (first === null || dateSpan(date).end < dateSpan(first).end) first = date;
  return first;
}

/** From when an event counts as public: the day a dated report gave it, else its own date. */
export function eventPublicOn(event: { date: PartialDate; publicOn?: PartialDate }): PartialDate {
  return event.publicOn ?? event.date;
}
