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

/** The first day on which any of `dates` was public (null: none), by the rule of isPublicOn. */
export function firstPublicDay(dates: PartialDate[]): string | null {
  let first: string | null = null;
  for (const date of dates) {
    const end = dateSpan(date).end;
    if (first === null || end < first) first = end;
  }
  return first;
}
