import { formatDecimal, formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { citationDetail } from '../../../lib/provenance';
import type { Citation, Source } from '../../../lib/schemas';
import type { IndexedEvent } from '../utils/event-index';

const MAX_ROWS = 500;

/** Report mode: the visible events as a dated table, their sources numbered as footnotes. */
export function TimelinePrint({
  events,
  sources,
  title,
  headingLevel = 2,
}: {
  events: IndexedEvent[];
  sources: Source[];
  title: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const notes = new Map<string, { n: number; citation: Citation }>();
  const refs = (citations: Citation[]) =>
    citations.map((c) => {
      const key = `${c.sourceId}:${c.lines?.join(',') ?? ''}`;
      if (!notes.has(key)) notes.set(key, { n: notes.size + 1, citation: c });
      return notes.get(key)!.n;
    });
  const rows = events.slice(0, MAX_ROWS).map((e) => ({ e, refs: refs(e.event.sources) }));
  return (
    <div className="print-only timeline-print">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.date')}</th>
            <th scope="col">{t('timeline.kinds')}</th>
            <th scope="col">{t('print.event')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ e, refs: r }) => (
            <tr key={e.event.id}>
              <td>{formatPartialDate(e.event.date, locale)}</td>
              <td>{t(`kind.${e.event.kind}`)}</td>
              <td>
                {e.event.title}
                <sup>{r.map((n) => `[${n}]`).join('')}</sup>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length > MAX_ROWS && (
        <p>{t('print.more', { count: formatDecimal(events.length - MAX_ROWS, locale, 0) })}</p>
      )}
      <Heading>{t('timeline.sources')}</Heading>
      <ol>
        {[...notes.values()].map(({ n, citation }) => (
          <li key={n}>{citationDetail(citation, sources, locale)}</li>
        ))}
      </ol>
    </div>
  );
}
