import { dateSpan } from './dates';
import { eventPublicOn } from './known';
import type { PartialDate } from './schemas';

// What a deal's pages read from its events besides the timeline: its status as of a day (its rumours
// and denials, deal-status.ts; the stake chart's denial) and the day it first became public (the
// "known as of" notes, use-page-notes.ts). The API's lighter deal answer (`?events=key`) carries these
// and no other event, so a page without a timeline does not carry 10,000 of them.

/** The kinds of event a deal's status is read from. */
export const STATUS_KINDS: readonly string[] = ['rumour', 'denial'];

/** The events of `events` a page without a timeline reads, in their order: every rumour and denial, and the first made public. */
export function keyEvents<E extends { kind: string; date: PartialDate; publicOn?: PartialDate }>(
  events: readonly E[],
): E[] {
  let first = -1;
  let firstEnd = '';
  events.forEach((event, i) => {
    const end = dateSpan(eventPublicOn(event)).end;
    // The same rule as firstPublicDate: the earliest, and of equals the first in order.
    if (first === -1 || end < firstEnd) [first, firstEnd] = [i, end];
  });
  return events.filter((event, i) => i === first || STATUS_KINDS.includes(event.kind));
}
