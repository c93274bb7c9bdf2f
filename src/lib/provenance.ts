import { formatDay } from './format';
import { translate, type Locale } from './i18n';
import type { Citation, Source } from './schemas';

export function findSource(sources: Source[], sourceId: string): Source | undefined {
  return sources.find((s) => s.id === sourceId);
}

/** A source's name as a reader sees it: its publisher, and in the reader's language whether it was reposted. */
export function sourceName(source: Source, locale: Locale): string {
  return source.reposted ? translate(locale, 'source.reposted', { publisher: source.publisher }) : source.publisher;
}

/** The name of the source with this id, or the id itself when the deal does not list it. */
export function sourceNameOf(sources: Source[], sourceId: string, locale: Locale): string {
  const source = findSource(sources, sourceId);
  return source ? sourceName(source, locale) : sourceId;
}

function linesLabel(lines: number[], locale: Locale): string {
  return translate(locale, 'source.lines', { count: lines.length, lines: lines.join(', ') });
}

/** Short form for a card: "silicon.de, line 1" or "technode.com, 29 Apr 2013". */
export function citationLabel(citation: Citation, sources: Source[], locale: Locale): string {
  const source = findSource(sources, citation.sourceId);
  if (!source) return citation.sourceId;
  const name = sourceName(source, locale);
  if (citation.lines?.length) return `${name}, ${linesLabel(citation.lines, locale)}`;
  return source.date ? `${name}, ${formatDay(source.date, locale)}` : name;
}

/** Long form for a tooltip or footnote: publisher, title, date, kind of source and line. */
export function citationDetail(citation: Citation, sources: Source[], locale: Locale): string {
  const source = findSource(sources, citation.sourceId);
  if (!source) return citation.sourceId;
  // A source with neither title nor day is named by what it is: "silicon.de (German article, undated)".
  const named =
    !source.title && !source.date
      ? [
          translate(locale, 'source.undated', {
            publisher: source.publisher,
            language: source.language,
            reposted: source.reposted ? 'yes' : 'no',
          }),
        ]
      : [
          sourceName(source, locale),
          source.title
            ? translate(locale, 'source.title', { title: source.title })
            : translate(locale, 'source.noTitle'),
          source.date ? formatDay(source.date, locale) : translate(locale, 'source.noDate'),
        ];
  const parts = [...named, translate(locale, source.kind === 'primary' ? 'source.primary' : 'source.secondary')];
  if (citation.lines?.length) parts.push(linesLabel(citation.lines, locale));
  return parts.join(' · ');
}

/**
 * Citations in the order of the view's day: by their source's date, oldest first, undated sources
 * last (in the order cited); a source dated after `asOf` (null: today) is left out, for it was not
 * out yet, unless nothing else is left to cite.
 */
export function orderCitations(
  citations: readonly Citation[],
  sources: Source[],
  asOf: string | null = null,
): Citation[] {
  const dateOf = (c: Citation) => findSource(sources, c.sourceId)?.date ?? null;
  const out = asOf === null ? [...citations] : citations.filter((c) => (dateOf(c) ?? '') <= asOf);
  const listed = out.length > 0 ? out : [...citations];
  return listed
    .map((citation, index) => ({ citation, index, date: dateOf(citation) }))
    .sort((a, b) =>
      a.date === b.date ? a.index - b.index : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1,
    )
    .map((entry) => entry.citation);
}

/** Each source once, in the order of the view's day (see `orderCitations`), with the article's lines merged. */
function mergeCitations(citations: Citation[], sources: Source[], asOf: string | null): Citation[] {
  const merged = new Map<string, Citation>();
  for (const c of orderCitations(citations, sources, asOf)) {
    const seen = merged.get(c.sourceId);
    const lines = [...new Set([...(seen?.lines ?? []), ...(c.lines ?? [])])].sort((a, b) => a - b);
    merged.set(c.sourceId, { sourceId: c.sourceId, ...(lines.length ? { lines } : {}) });
  }
  return [...merged.values()];
}

/** One line naming every source behind some figures, each once, with the article's lines merged. */
export function sourcesLine(
  citations: Citation[],
  sources: Source[],
  locale: Locale,
  asOf: string | null = null,
): string {
  return mergeCitations(citations, sources, asOf)
    .map((c) => citationLabel(c, sources, locale))
    .join('; ');
}

/** Every source behind some figures or events, once each with its lines merged, in the long form. */
export function sourceEntries(
  citations: Citation[],
  sources: Source[],
  locale: Locale,
  asOf: string | null = null,
): string[] {
  return mergeCitations(citations, sources, asOf).map((c) => citationDetail(c, sources, locale));
}
