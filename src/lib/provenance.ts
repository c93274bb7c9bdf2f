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
  const parts = [
    sourceName(source, locale),
    source.title ? translate(locale, 'source.title', { title: source.title }) : translate(locale, 'source.noTitle'),
    source.date ? formatDay(source.date, locale) : translate(locale, 'source.noDate'),
    translate(locale, source.kind === 'primary' ? 'source.primary' : 'source.secondary'),
  ];
  if (citation.lines?.length) parts.push(linesLabel(citation.lines, locale));
  return parts.join(' · ');
}

/** Each source once, in the order first cited, with the article's lines merged. */
function mergeCitations(citations: Citation[]): Citation[] {
  const merged = new Map<string, Citation>();
  for (const c of citations) {
    const seen = merged.get(c.sourceId);
    const lines = [...new Set([...(seen?.lines ?? []), ...(c.lines ?? [])])].sort((a, b) => a - b);
    merged.set(c.sourceId, { sourceId: c.sourceId, ...(lines.length ? { lines } : {}) });
  }
  return [...merged.values()];
}

/** One line naming every source behind some figures, each once, with the article's lines merged. */
export function sourcesLine(citations: Citation[], sources: Source[], locale: Locale): string {
  return mergeCitations(citations)
    .map((c) => citationLabel(c, sources, locale))
    .join('; ');
}

/** Every source behind some figures or events, once each with its lines merged, in the long form. */
export function sourceEntries(citations: Citation[], sources: Source[], locale: Locale): string[] {
  return mergeCitations(citations).map((c) => citationDetail(c, sources, locale));
}
