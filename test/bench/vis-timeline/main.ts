import * as vis from 'vis-timeline/standalone';
import type { DataGroup, DataItem, DataSetDataGroup, DataSetDataItem } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { DealPayload, EventKind } from '../../../src/lib/schemas';

// The bench's peer for the timeline: vis-timeline 8.5 drawing the same deal's events in a bare page,
// timed against the app's own timeline (test/bench/peer-vis-timeline.mjs). The measuring module passes
// the prerendered deal answer's address as ?data=..., the same file the app's timeline page fetches.

const { Timeline } = vis;
// The standalone bundle exports vis-data's DataSet, but its type declarations (shared with the peer
// build) leave it out: typed here with the DataSet types they do export.
const { DataSet } = vis as unknown as {
  DataSet: { new (items: DataItem[]): DataSetDataItem; new (groups: DataGroup[]): DataSetDataGroup };
};

// The app's lanes, in its order (EventKindSchema's options) with its English names (src/lib/i18n.ts),
// written out so that the page carries none of the app's code: only types come from the contract.
const LANES: Record<EventKind, string> = {
  rumour: 'Rumour',
  denial: 'Denial',
  results: 'Results',
  announcement: 'Announcement',
  filing: 'Filing',
  market: 'Market',
};

/** The day after a month's last day: the end of a month-precision event's range ("2013-12" -> "2014-01-01"). */
function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

async function main() {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('peer: no ?data= address of the deal answer to draw');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`peer: ${url} answered ${response.status}`);
  // The deal as the API sends it (both languages), read without the app's parser.
  const { events } = (await response.json()) as DealPayload;

  const items = new DataSet(
    events.map((event) => ({
      id: event.id,
      group: event.kind,
      // The axis label the app uses: the short title, or the title where there is none.
      content: (event.shortTitle ?? event.title).en,
      ...(event.date.precision === 'month'
        ? { start: `${event.date.date}-01`, end: monthEnd(event.date.date) }
        : { start: event.date.date }),
    })),
  );
  const groups = new DataSet((Object.keys(LANES) as EventKind[]).map((kind) => ({ id: kind, content: LANES[kind] })));

  const container = document.getElementById('timeline')!;
  // No start or end: vis-timeline fits its window to all items, as the app's timeline opens on all events.
  // One row per lane, as the app draws them: vis's default stacking would pile overlapping items up
  // into a page tens of thousands of pixels tall (about 43,000 px for this deal), nothing like the app.
  const timeline = new Timeline(container, items, groups, { width: '100%', stack: false });
  // Drawn: vis keeps its root hidden until a redraw completes, then emits 'changed' (and shows the root,
  // fitted to the items); the animation frame after that first 'changed' is the first that shows it.
  const onChanged = () => {
    timeline.off('changed', onChanged);
    requestAnimationFrame(() => {
      performance.mark('peer:ready');
      // What was on the page when it was marked ready, for the bench's sanity figures (after the mark):
      // every .vis-item element, and the items among them (a box item is three: its box, line and dot).
      document.body.dataset.visItems = String(container.querySelectorAll('.vis-item').length);
      document.body.dataset.items = String(container.querySelectorAll('.vis-item:not(.vis-line):not(.vis-dot)').length);
      document.body.dataset.events = String(events.length);
    });
  };
  timeline.on('changed', onChanged);
}

main().catch((error: unknown) => {
  document.body.dataset.error = error instanceof Error ? error.message : String(error);
  throw error;
});
