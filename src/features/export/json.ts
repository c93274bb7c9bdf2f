import type { Locale } from '../../lib/i18n';
import type { Citation, DealEvent, Figure, Source } from '../../lib/schemas';

export interface JsonExportInput {
  dealId: string;
  dealName: string;
  /**
   * The language of the file's texts: the reader's. The contract carries each text in English and
   * German; the file holds the view the reader exported, so it says which one it holds.
   */
  language: Locale;
  range: { from: string; to: string };
  kinds: string[];
  asOf: string | null;
  events: DealEvent[];
  /** The deal's figures: those the events refer to go into the file with their status and sources. */
  figures?: Figure[];
  sources: Source[];
  /** When the file is made: written as `exportedAt`, an ISO moment in UTC. */
  now?: Date;
}

// Fields are copied one by one so that anything the UI added to an object never leaks into the file.
function citationOut(c: Citation): Citation {
  return { sourceId: c.sourceId, lines: c.lines, original: c.original };
}

function eventOut(e: DealEvent): DealEvent {
  return {
    id: e.id,
    date: { ...e.date },
    // From when it counted as public, where a dated report gave a month-precision event earlier.
    ...(e.publicOn && { publicOn: { ...e.publicOn } }),
    kind: e.kind,
    title: e.title,
    shortTitle: e.shortTitle,
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

/** The sources the events (and their figures) cite, each once, in the order they are first cited. */
export function citedSources(events: DealEvent[], sources: Source[], figures: Figure[] = []): Source[] {
  const ids = new Set([...events, ...figures].flatMap((e) => e.sources.map((c) => c.sourceId)));
  return [...ids].flatMap((id) => sources.filter((s) => s.id === id).slice(0, 1));
}

/** The figures the events refer to, each once, in the order they are first referred to. */
export function referencedFigures(events: DealEvent[], figures: Figure[]): Figure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const ids = new Set(events.flatMap((e) => e.figureIds));
  return [...ids].flatMap((id) => {
    const figure = byId.get(id);
    // A plain copy in the contract's shape: value, unit, status with its formula or assumption, sources, publicOn.
    return figure ? [JSON.parse(JSON.stringify(figure)) as Figure] : [];
  });
}

/**
 * The exported timeline as pretty JSON in the data contract's shape, each text in the file's one
 * `language` (undefined fields are left out).
 */
export function eventsToJson(input: JsonExportInput): string {
  const { dealId, dealName, language, range, kinds, asOf, events, sources } = input;
  const figures = referencedFigures(events, input.figures ?? []);
  const payload = {
    dealId,
    dealName,
    language,
    range: { from: range.from, to: range.to },
    kinds: [...kinds],
    asOf,
    ...(input.now ? { exportedAt: input.now.toISOString() } : {}),
    exportedEvents: events.length,
    events: events.map(eventOut),
    figures,
    sources: citedSources(events, sources, figures).map(sourceOut),
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
