import { FootnoteMarks } from '../../../components/footnotes';
import { formatPartialDate } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { Source } from '../../../lib/schemas';
import type { IndexedEvent } from '../utils/event-index';

const MAX_ROWS = 500;

/**
 * Report mode: the visible events as a dated table, their sources as footnote marks; the page's
 * one "Sources" list (FootnoteScope) numbers them together with the other widgets.
 */
export function TimelinePrint({
  events,
  title,
}: {
  events: IndexedEvent[];
  sources?: Source[];
  title: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const rows = events.slice(0, MAX_ROWS);
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
          {rows.map((e) => (
            <tr key={e.event.id}>
              <td>{formatPartialDate(e.event.date, locale)}</td>
              <td>{t(`kind.${e.event.kind}`)}</td>
              <td>
                {e.event.title}
                <FootnoteMarks citations={e.event.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length > MAX_ROWS && <p>{t('print.more', { count: events.length - MAX_ROWS })}</p>}
    </div>
  );
}
