import { useCallback, useId, useMemo, useRef } from 'react';
import { AsOfControl } from '../../components/as-of-control';
import { ErrorState, LoadingState } from '../../components/query-state';
import { UrlNotice } from '../../components/url-notice';
import { useDeals } from '../../features/deal/api/get-deals';
import { DealsTable } from '../../features/deal/components/deals-table';
import {
  clearFilters,
  nextSort,
  parseIndexParams,
  selectDeals,
  STATUS_FILTERS,
  writeIndexParams,
  type IndexFilter,
  type IndexSortKey,
  type IndexView,
} from '../../features/deal/utils/deal-index';
import type { HistoryMode } from '../../lib/history-mode';
import { useLocale, useT } from '../../lib/i18n';
import { parseAsOf, writeAsOf, type ParamProblem } from '../../lib/url-params';
import { useSearchParams } from '../location';
import { paths } from '../paths';

/** The view of the index in the address: filters, sort, generated deals and the "known as of" day. */
function useIndexParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = useMemo(() => {
    const problems: ParamProblem[] = [];
    const asOf = parseAsOf(searchParams, problems);
    const view = parseIndexParams(searchParams, problems);
    return { asOf, view, problems };
  }, [searchParams]);
  const setView = useCallback(
    (patch: Partial<IndexView>, how: HistoryMode = 'push') =>
      setSearchParams((c) => writeIndexParams(c, { ...parseIndexParams(c), ...patch }), how),
    [setSearchParams],
  );
  const setAsOf = useCallback(
    (asOf: string | null, how: HistoryMode = 'push') => setSearchParams((c) => writeAsOf(c, asOf), how),
    [setSearchParams],
  );
  return { ...parsed, setView, setAsOf };
}

export default function DealsIndexRoute() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const { asOf, view, problems, setView, setAsOf } = useIndexParams();
  const deals = useDeals(asOf);
  const all = deals.data?.deals;
  const { rows, hiddenBy } = useMemo(
    () => (all ? selectDeals(all, view, locale) : { rows: [], hiddenBy: [] }),
    [all, view, locale],
  );

  // The links keep the day the index is seen from: the dashboard opens as known that day.
  const query = asOf ? `?${new URLSearchParams({ asof: asOf })}` : '';
  const dealHref = (dealId: string) => `${paths.deal(dealId)}${query}`;
  const eventHref = (dealId: string, eventId: string) =>
    `${paths.timeline(dealId)}?${new URLSearchParams({ ...(asOf && { asof: asOf }), event: eventId })}`;

  const filterName = (filter: IndexFilter) =>
    filter === 'q'
      ? t('index.filter.q', { q: view.q.trim().slice(0, 60) })
      : filter === 'status'
        ? t('index.filter.status', { status: t(`deal.status.${view.status ?? 'none'}`) })
        : t('index.filter.generated');
  const clear = () => {
    setView(clearFilters(view, hiddenBy));
    // The button goes with the empty list: the focus moves to the first filter rather than to nowhere.
    searchRef.current?.focus();
  };

  return (
    <>
      <UrlNotice problems={problems} />
      <header className="deal-header">
        <h1 className="deal-header__title">{t('index.title')}</h1>
        <p className="deal-header__parties">{t('index.intro')}</p>
      </header>
      <form
        className="deals-filters"
        role="search"
        aria-label={t('index.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="deals-filters__field">
          <label htmlFor={`${id}-q`}>{t('index.search')}</label>
          <input
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={view.q}
            // Typing is one step for Back: the run of keystrokes is one history entry.
            onChange={(e) => setView({ q: e.target.value }, 'continuous')}
          />
        </div>
        <div className="deals-filters__field">
          <label htmlFor={`${id}-status`}>{t('index.status')}</label>
          <select
            id={`${id}-status`}
            value={view.status ?? ''}
            onChange={(e) => setView({ status: (e.target.value || null) as IndexView['status'] })}
          >
            <option value="">{t('index.status.all')}</option>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`deal.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="deals-filters__check">
          <input type="checkbox" checked={view.generated} onChange={(e) => setView({ generated: e.target.checked })} />{' '}
          {t('index.generated')}
        </label>
        <AsOfControl value={asOf} onChange={setAsOf} />
      </form>
      <p className="deals-count" role="status">
        {all
          ? t('index.count', {
              shown: rows.length,
              total: all.length,
            })
          : ''}
      </p>
      {deals.isPending ? (
        <LoadingState what="what.deals" />
      ) : deals.isError && !all ? (
        <ErrorState what="what.deals" error={deals.error} onRetry={() => void deals.refetch()} />
      ) : rows.length > 0 ? (
        <div className="deals-table__frame">
          <DealsTable
            rows={rows}
            sort={view.sort}
            onSort={(key: IndexSortKey) => setView({ sort: nextSort(view.sort, key) })}
            asOf={asOf}
            dealHref={dealHref}
            eventHref={eventHref}
          />
        </div>
      ) : (
        <div className="deals-empty">
          <p>
            {hiddenBy.length === 0
              ? t('index.none')
              : t('index.empty', {
                  count: hiddenBy.length,
                  filters: new Intl.ListFormat(locale, { type: 'conjunction' }).format(hiddenBy.map(filterName)),
                })}
          </p>
          {hiddenBy.length > 0 && (
            <button type="button" className="button" onClick={clear}>
              {t('index.clear')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
