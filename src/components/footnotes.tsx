import { createContext, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { footnoteMarks, numberFootnotes, type Footnotes } from '../lib/footnotes';
import { useLocale, useT } from '../lib/i18n';
import { usePrinting } from '../lib/printing';
import { citationDetail } from '../lib/provenance';
import type { Citation, Source } from '../lib/schemas';

// Report mode: every place that cites a source carries footnote marks, and the page prints one
// "Sources" list at its end. The marks register where they sit; the scope numbers them down the page.

interface Entry {
  el: Element;
  citations: readonly Citation[];
  sources: readonly Source[];
}

interface Registry {
  register: (id: string, entry: Entry) => void;
  unregister: (id: string) => void;
}

const RegistryContext = createContext<Registry | null>(null);
const SourcesContext = createContext<readonly Source[]>([]);

/** The sources that footnote marks inside cite: a deal's, given once where the deal arrives. */
export function FootnoteSources({ sources, children }: { sources: readonly Source[]; children: ReactNode }) {
  return <SourcesContext.Provider value={sources}>{children}</SourcesContext.Provider>;
}
const NumbersContext = createContext<Footnotes>(numberFootnotes([]));

const sameCitations = (a: readonly Citation[], b: readonly Citation[]) =>
  a.length === b.length &&
  a.every((c, i) => c.sourceId === b[i].sourceId && (c.lines ?? []).join() === (b[i].lines ?? []).join());

function byDocumentOrder(a: Entry, b: Entry): number {
  if (a.el === b.el) return 0;
  return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * One footnote numbering, with its "Sources" list at the end. A scope inside another adds nothing,
 * so a page's scope numbers all its widgets, and a widget on its own (an embed) numbers itself.
 */
export function FootnoteScope({ children }: { children: ReactNode }) {
  const outer = useContext(RegistryContext);
  if (outer) return children;
  return <Scope>{children}</Scope>;
}

function Scope({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry>>(new Map());
  const register = useCallback((id: string, entry: Entry) => {
    setEntries((prev) => {
      const seen = prev.get(id);
      if (
        seen &&
        seen.el === entry.el &&
        seen.sources === entry.sources &&
        sameCitations(seen.citations, entry.citations)
      )
        return prev;
      return new Map(prev).set(id, entry);
    });
  }, []);
  const unregister = useCallback((id: string) => {
    setEntries((prev) => {
      if (!prev.has(id)) return prev;
      const next = new Map(prev);
      next.delete(id);
      return next;
    });
  }, []);
  const registry = useMemo(() => ({ register, unregister }), [register, unregister]);
  const ordered = useMemo(() => [...entries.values()].sort(byDocumentOrder), [entries]);
  const footnotes = useMemo(() => numberFootnotes(ordered.flatMap((e) => e.citations)), [ordered]);
  const sources = useMemo(() => ordered.flatMap((e) => e.sources), [ordered]);
  return (
    <RegistryContext.Provider value={registry}>
      <NumbersContext.Provider value={footnotes}>
        {children}
        <SourcesList footnotes={footnotes} sources={sources} />
      </NumbersContext.Provider>
    </RegistryContext.Provider>
  );
}

function SourcesList({ footnotes, sources }: { footnotes: Footnotes; sources: readonly Source[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  if (footnotes.notes.length === 0) return null;
  const list = [...sources];
  return (
    <section className="footnotes print-only" aria-labelledby={id}>
      <h2 id={id} className="footnotes__heading">
        {t('print.sources')}
      </h2>
      <ol className="footnotes__list">
        {footnotes.notes.map(({ n, key, citation }) => (
          <li key={key}>
            <span className="footnotes__n">[{n}]</span> {citationDetail(citation, list, locale)}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The footnote marks of one place that cites sources ("[2][5]"). Only a printout has them: the
 * screen names its sources on the cards and source lines, so the numbering runs in report mode only.
 */
export function FootnoteMarks({ citations }: { citations: readonly Citation[] }) {
  const registry = useContext(RegistryContext);
  const sources = useContext(SourcesContext);
  const footnotes = useContext(NumbersContext);
  const printing = usePrinting();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  // Every render: registering the same citations again changes nothing.
  useLayoutEffect(() => {
    if (registry && ref.current) registry.register(id, { el: ref.current, citations, sources });
  });
  useLayoutEffect(() => (registry && printing ? () => registry.unregister(id) : undefined), [registry, id, printing]);
  if (!printing) return null;
  const marks = footnoteMarks(footnotes, citations);
  return (
    <sup ref={ref} className="footnote-marks">
      {marks.map((n) => `[${n}]`).join('')}
    </sup>
  );
}
