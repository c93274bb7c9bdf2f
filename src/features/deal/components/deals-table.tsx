import { Link } from 'wouter';
import { StatusBadge } from '../../../components/status-badge';
import { formatDay, formatFigure, formatPartialDate } from '../../../lib/format';
import { partiesLines } from '../../../lib/deal-name';
import { useLocale, useT } from '../../../lib/i18n';
import { citationDetail, sourcesLine } from '../../../lib/provenance';
import type { DealSummary, Figure } from '../../../lib/schemas';
import type { IndexSort, IndexSortKey } from '../utils/deal-index';

interface DealsTableProps {
  rows: DealSummary[];
  sort: IndexSort;
  onSort: (key: IndexSortKey) => void;
  asOf: string | null;
  /** The deal's dashboard, and an event on its timeline, in the view the index is in. */
  dealHref: (dealId: string) => string;
  eventHref: (dealId: string, eventId: string) => string;
}

/** The deals index: one row per deal, sortable by its name and its announcement day. */
export function DealsTable({ rows, sort, onSort, asOf, dealHref, eventHref }: DealsTableProps) {
  const t = useT();
  const locale = useLocale();
  const header = (key: IndexSortKey, label: string) => {
    const sorted = sort.key === key ? sort.direction : undefined;
    return (
      <th scope="col" aria-sort={sorted}>
        <button type="button" className="deals-table__sort" onClick={() => onSort(key)}>
          {label}
          <span className="deals-table__arrow" aria-hidden="true">
            {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <table className="deals-table">
      <caption>
        {asOf ? t('index.captionAsOf', { date: formatDay(asOf, locale) }) : t('index.caption')}
        <span className="visually-hidden">. {t('index.sortHint')}</span>
      </caption>
      <thead>
        <tr>
          {header('name', t('index.col.deal'))}
          <th scope="col">{t('index.col.parties')}</th>
          <th scope="col">{t('index.col.status')}</th>
          {header('date', t('index.col.announced'))}
          <th scope="col">{t('index.col.figures')}</th>
          <th scope="col">{t('index.col.events')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((deal) => (
          <tr key={deal.id} data-deal={deal.id} className={deal.generated ? 'deals-table__generated' : undefined}>
            <th scope="row" data-label={t('index.col.deal')}>
              <Link href={dealHref(deal.id)} className="deals-table__name">
                {deal.name ?? (asOf ? t('deal.title.none', { date: formatDay(asOf, locale) }) : t('deal.status.none'))}
              </Link>
              {deal.generated && <span className="deals-table__tag">{t('index.generatedTag')}</span>}
            </th>
            <td data-label={t('index.col.parties')}>
              {partiesLines(deal.parties, t, locale).map((line, i) => (
                <span key={line} className={i > 0 ? 'deals-table__line deals-table__muted' : 'deals-table__line'}>
                  {i > 0 && ' '}
                  {line}
                </span>
              ))}
            </td>
            <td data-label={t('index.col.status')}>
              <span className={`deal-status deal-status--${deal.status ?? 'none'}`}>
                {t(`deal.status.${deal.status ?? 'none'}`)}
              </span>
            </td>
            <td data-label={t('index.col.announced')}>
              {deal.announcedOn ? (
                <time dateTime={deal.announcedOn.date}>{formatPartialDate(deal.announcedOn, locale)}</time>
              ) : (
                <span className="deals-table__muted">{t('index.notAnnounced')}</span>
              )}
            </td>
            <td data-label={t('index.col.figures')}>
              <HeadlineFigures deal={deal} asOf={asOf} />
            </td>
            <td data-label={t('index.col.events')}>
              <span className="deals-table__line">{t('index.events', { count: deal.events.count })}</span>{' '}
              {deal.events.latest ? (
                <span className="deals-table__line">
                  {t('index.latest', {
                    date: formatPartialDate(deal.events.latest.date, locale),
                    kind: t(`kind.${deal.events.latest.kind}`),
                  })}{' '}
                  <Link href={eventHref(deal.id, deal.events.latest.id)}>{deal.events.latest.title}</Link>
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeadlineFigures({ deal, asOf }: { deal: DealSummary; asOf: string | null }) {
  const t = useT();
  const locale = useLocale();
  const figures = [deal.headline.consideration, deal.headline.stakeAcquired].filter(
    (f): f is Figure => f !== undefined,
  );
  if (figures.length === 0) {
    return (
      <span className="deals-table__muted">
        {asOf ? t('index.noFiguresAsOf', { date: formatDay(asOf, locale) }) : t('index.noFigures')}
      </span>
    );
  }
  return (
    <ul className="deals-table__figures">
      {figures.map((figure) => (
        <li key={figure.id} data-figure={figure.id}>
          <span className="deals-table__figure-label">{figure.label}</span>{' '}
          <strong className="deals-table__figure-value">{formatFigure(figure, locale)}</strong>{' '}
          <StatusBadge status={figure.status} />{' '}
          <span
            className="deals-table__source"
            title={figure.sources.map((c) => citationDetail(c, deal.sources, locale)).join(' | ')}
          >
            {t('source.button', { source: sourcesLine(figure.sources, deal.sources, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
