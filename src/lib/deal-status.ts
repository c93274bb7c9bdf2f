import { dateSpan } from './dates';
import { eventPublicOn, isPublicOn } from './known';
import type { Citation, Deal, DealStatusShown, PartialDate } from './schemas';

/** What the status is read from: a deal in the reader's language, or in both (the mocks' index). */
export interface DealStatusFacts {
  status: Deal['status'];
  announcedOn: PartialDate | null;
  announcedSources: Citation[];
  events: readonly Pick<Deal['events'][number], 'kind' | 'date' | 'publicOn' | 'sources'>[];
}

export interface DealStatusAsOf {
  /** null: nothing about the deal was public yet. */
  status: DealStatusShown | null;
  /** The date of the event that says so (null where only the contract does). */
  since: PartialDate | null;
  sources: Citation[];
}

/** How far along the deal is; a denied rumour is as far as a rumour. */
const STAGE: Record<DealStatusShown, number> = {
  rumoured: 1,
  'rumour-denied': 1,
  announced: 2,
  completed: 3,
  abandoned: 3,
};

/** On the same day, the later step in the story wins. */
const ORDER = { rumour: 0, denial: 1, announcement: 2 } as const;

interface Step {
  status: DealStatusShown;
  date: PartialDate;
  /** From when it counts as public: a dated report of a month-precision event, else its date. */
  publicOn: PartialDate;
  sources: Citation[];
  order: number;
}

/**
 * The deal's status as of a day (null: today), from its events: the rumour, its denial and the
 * deal's announcement (its `announcedOn`, not every event of kind "announcement"), the latest public
 * one deciding. A month-precision event counts from the month's last day, as everything "known as of".
 */
export function dealStatusAsOf(deal: DealStatusFacts, asOf: string | null): DealStatusAsOf {
  const steps: Step[] = [];
  for (const e of deal.events) {
    if (e.kind === 'rumour' || e.kind === 'denial')
      steps.push({
        status: e.kind === 'rumour' ? 'rumoured' : 'rumour-denied',
        date: e.date,
        publicOn: eventPublicOn(e),
        sources: e.sources,
        order: ORDER[e.kind],
      });
  }
  if (deal.announcedOn)
    steps.push({
      status: 'announced',
      date: deal.announcedOn,
      publicOn: deal.announcedOn,
      sources: deal.announcedSources,
      order: 2,
    });
  const latest = steps
    .filter((s) => isPublicOn(s.publicOn, asOf))
    .map((s) => ({ ...s, known: dateSpan(s.publicOn).end }))
    .sort((a, b) => (a.known < b.known ? -1 : a.known > b.known ? 1 : a.order - b.order))
    .at(-1);
  const fromEvents: DealStatusAsOf = latest
    ? { status: latest.status, since: latest.date, sources: latest.sources }
    : { status: null, since: null, sources: [] };
  // The contract's status is today's: it wins today where it is further along than the events
  // (completed, abandoned); on a past day, or where the events say more (a denial), the events decide.
  if (asOf === null && (fromEvents.status === null || STAGE[deal.status] > STAGE[fromEvents.status]))
    return { status: deal.status, since: null, sources: [] };
  return fromEvents;
}
