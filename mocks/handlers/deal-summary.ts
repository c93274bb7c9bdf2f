import { dateSpan, isIsoDay } from '../../src/lib/dates';
import { dealNamingAt } from '../../src/lib/deal-name';
import { dealStatusAsOf } from '../../src/lib/deal-status';
import { eventPublicOn, isPublicOn, known } from '../../src/lib/known';
import type { DealInput, DealSummaryPayload } from '../../src/lib/schemas';

type EventInput = DealInput['events'][number];

/** What a deal's summaries are read from, sorted once so that each day asked is a binary search. */
interface SummaryIndex {
  /** Every event by the day it became public (a month counts from its last day), then by date. */
  events: EventInput[];
  /** The day each of `events` became public, in the same order. */
  known: string[];
  /** The rumours and the denials, each by the day they became public: the status reads only the latest. */
  rumours: EventInput[];
  rumoursKnown: string[];
  denials: EventInput[];
  denialsKnown: string[];
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By the day each became public, then by start (a month before the days inside it), then as given. */
function sortedByKnown(events: EventInput[]): { events: EventInput[]; known: string[] } {
  const sorted = events
    .map((event, index) => ({
      event,
      index,
      start: dateSpan(event.date).start,
      end: dateSpan(eventPublicOn(event)).end,
    }))
    .sort((a, b) => order(a.end, b.end) || order(a.start, b.start) || a.index - b.index);
  return { events: sorted.map((s) => s.event), known: sorted.map((s) => s.end) };
}

function buildIndex(deal: DealInput): SummaryIndex {
  const all = sortedByKnown(deal.events);
  const rumours = sortedByKnown(deal.events.filter((e) => e.kind === 'rumour'));
  const denials = sortedByKnown(deal.events.filter((e) => e.kind === 'denial'));
  return {
    events: all.events,
    known: all.known,
    rumours: rumours.events,
    rumoursKnown: rumours.known,
    denials: denials.events,
    denialsKnown: denials.known,
  };
}

// Built once per deal: at 10,000 events, sorting on every request would show.
const indexes = new WeakMap<DealInput, SummaryIndex>();
function indexOf(deal: DealInput): SummaryIndex {
  let index = indexes.get(deal);
  if (!index) {
    index = buildIndex(deal);
    indexes.set(deal, index);
  }
  return index;
}

/** How many of the sorted days are on or before `asOf` (all of them for null, today). */
function publicCount(days: string[], asOf: string | null): number {
  if (asOf === null) return days.length;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid] <= asOf) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A deal's row in the index as known on `asOf` (null: today): its status as the dashboard's header
 * derives it, the headline figures and events public that day, and nothing that came later.
 */
export function dealSummary(deal: DealInput, asOf: string | null, generated: boolean): DealSummaryPayload {
  const index = indexOf(deal);
  const count = publicCount(index.known, asOf);
  const latest = count > 0 ? index.events[count - 1] : undefined;
  // The status follows from the latest public rumour, denial and announcement alone: the header's
  // function reads just those, not 10,000 events.
  const lastRumour = index.rumours[publicCount(index.rumoursKnown, asOf) - 1];
  const lastDenial = index.denials[publicCount(index.denialsKnown, asOf) - 1];
  const { status } = dealStatusAsOf({ ...deal, events: [lastRumour, lastDenial].filter((e) => e !== undefined) }, asOf);
  // Named as on that day: no row says "Sina Weibo" on a day when only a rumour about Sina was public.
  const naming = dealNamingAt(deal, status);
  const consideration = known(deal.terms.consideration, asOf);
  const stakeAcquired = known(deal.terms.stakeAcquired, asOf);
  const cited = new Set([consideration, stakeAcquired].flatMap((f) => f?.sources.map((c) => c.sourceId) ?? []));
  return {
    id: deal.id,
    name: naming?.name ?? null,
    parties: naming?.parties ?? [],
    status,
    announcedOn: deal.announcedOn && isPublicOn(deal.announcedOn, asOf) ? deal.announcedOn : null,
    headline: { ...(consideration && { consideration }), ...(stakeAcquired && { stakeAcquired }) },
    sources: deal.sources.filter((source) => cited.has(source.id)),
    events: {
      count,
      latest: latest
        ? {
            id: latest.id,
            date: latest.date,
            ...(latest.publicOn && { publicOn: latest.publicOn }),
            kind: latest.kind,
            title: latest.title,
          }
        : null,
    },
    generated,
  };
}

type DealsQuery = { ok: true; asOf: string | null } | { ok: false; message: string };

/** Reads `asof` the way a strict backend would: a real day, given once, or a 400. */
export function parseDealsQuery(params: URLSearchParams): DealsQuery {
  const values = params.getAll('asof');
  if (values.length > 1) return { ok: false, message: '"asof" is given more than once.' };
  const [asOf = null] = values;
  if (asOf !== null && !isIsoDay(asOf)) {
    return {
      ok: false,
      message: `"asof" must be a real day written YYYY-MM-DD, for example 2013-04-29 (got "${asOf.slice(0, 40)}"); leave it out for today.`,
    };
  }
  return { ok: true, asOf };
}
