import type { Citation, DealEvent, Source } from '../../lib/schemas';

export interface JsonExportInput {
  dealId: string;
  dealName: string;
  range: { from: string; to: string };
  kinds: string[];
  asOf: string | null;
  events: DealEvent[];
  sources: Source[];
}

// Fields are copied one by one so that anything the UI added to an object never leaks into the file.
function citationOut(c: Citation): Citation {
  return { sourceId: c.sourceId, lines: c.lines, original: c.original };
}

function eventOut(e: DealEvent): DealEvent {
  return {
    id: e.id,
    date: { ...e.date },
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    original: e.original,
    figureIds: [...e.figureIds],
    sources: e.sources.map(citationOut),
  };
}

function sourceOut(s: Source): Source {
  return {
    id: s.id,
    kind: s.kind,
    publisher: s.publisher,
    title: s.title,
    date: s.date,
    language: s.language,
    note: s.note,
  };
}

/** The sources the events cite, each once, in the order they are first cited. */
export function citedSources(events: DealEvent[], sources: Source[]): Source[] {
  const ids = new Set(events.flatMap((e) => e.sources.map((c) => c.sourceId)));
  return [...ids].flatMap((id) => sources.filter((s) => s.id === id).slice(0, 1));
}

/** The exported timeline as pretty JSON in the data contract's shape (undefined fields are left out). */
export function eventsToJson(input: JsonExportInput): string {
  const { dealId, dealName, range, kinds, asOf, events, sources } = input;
  const payload = {
    dealId,
    dealName,
    range: { from: range.from, to: range.to },
    kinds: [...kinds],
    asOf,
    exportedEvents: events.length,
    events: events.map(eventOut),
    sources: citedSources(events, sources).map(sourceOut),
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
