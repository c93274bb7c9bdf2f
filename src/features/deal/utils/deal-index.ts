import { dateSpan } from '../../../lib/dates';
import { INTL_TAG, type Locale } from '../../../lib/i18n';
import type { DealStatusShown, DealSummary } from '../../../lib/schemas';
import { single, type ParamProblem } from '../../../lib/url-params';

// The deals index's view: what it shows of the list, kept in the address (`q`, `status`, `sort`,
// `generated`; the "known as of" day is the app's `asof`). Pure, so the page and the tests agree.

export type IndexSortKey = 'date' | 'name';
export type SortDirection = 'ascending' | 'descending';
export interface IndexSort {
  key: IndexSortKey;
  direction: SortDirection;
}

/** A status to filter by: one the index shows, or `none` for a deal with nothing public yet. */
export type StatusFilter = DealStatusShown | 'none';
/** In the order of a deal's story, as the status menu lists them. */
export const STATUS_FILTERS = [
  'none',
  'rumoured',
  'rumour-denied',
  'announced',
  'completed',
  'abandoned',
] as const satisfies readonly StatusFilter[];

export interface IndexView {
  /** Words to find in a deal's name or its parties, as typed (the match ignores case and accents). */
  q: string;
  status: StatusFilter | null;
  sort: IndexSort;
  /** Whether generated test data (the synthetic deals) is listed too. */
  generated: boolean;
}

export const DEFAULT_INDEX_VIEW: IndexView = {
  q: '',
  status: null,
  sort: { key: 'date', direction: 'descending' },
  generated: false,
};

// In the address: `sort=date-desc`, `sort=name-asc`, …; the default is left out.
const SORT_VALUES: Record<string, IndexSort> = {
  'date-desc': { key: 'date', direction: 'descending' },
  'date-asc': { key: 'date', direction: 'ascending' },
  'name-asc': { key: 'name', direction: 'ascending' },
  'name-desc': { key: 'name', direction: 'descending' },
};
const sortValue = (sort: IndexSort) => `${sort.key}-${sort.direction === 'ascending' ? 'asc' : 'desc'}`;

/** The view from the address; a malformed value is listed in `problems` and its default applies. */
export function parseIndexParams(params: URLSearchParams, problems: ParamProblem[] = []): IndexView {
  const view = { ...DEFAULT_INDEX_VIEW };
  const q = single(params, 'q', problems);
  if (q !== null) view.q = q;
  const status = single(params, 'status', problems);
  if (status !== null && status !== '') {
    if ((STATUS_FILTERS as readonly string[]).includes(status)) view.status = status as StatusFilter;
    else problems.push({ key: 'status', value: status });
  }
  const sort = single(params, 'sort', problems);
  if (sort !== null && sort !== '') {
    if (Object.hasOwn(SORT_VALUES, sort)) view.sort = SORT_VALUES[sort];
    else problems.push({ key: 'sort', value: sort });
  }
  const generated = single(params, 'generated', problems);
  if (generated !== null && generated !== '') {
    if (generated === '1' || generated === '0') view.generated = generated === '1';
    else problems.push({ key: 'generated', value: generated });
  }
  return view;
}

/** The address's query with the view written in (defaults left out); other keys, such as `asof`, stay. */
export function writeIndexParams(current: URLSearchParams, view: IndexView): URLSearchParams {
  const out = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value === null ? out.delete(key) : out.set(key, value));
  set('q', view.q === '' ? null : view.q);
  set('status', view.status);
  const sort = sortValue(view.sort);
  set('sort', sort === sortValue(DEFAULT_INDEX_VIEW.sort) ? null : sort);
  set('generated', view.generated ? '1' : null);
  return out;
}

/** A click on a column's header: the sorted column turns around; another starts newest or A first. */
export function nextSort(current: IndexSort, key: IndexSortKey): IndexSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'date' ? 'descending' : 'ascending' };
}

/** The filters that can hide deals, as an empty list names them. */
export type IndexFilter = 'q' | 'status' | 'generated';

/** Lower case without accents, so "sina" finds "Sina" and "munchen" finds "München". */
function fold(text: string, locale: Locale): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(INTL_TAG[locale]);
}

function passes(deal: DealSummary, view: IndexView, filter: IndexFilter, locale: Locale): boolean {
  switch (filter) {
    case 'q': {
      const words = fold(view.q, locale).split(/\s+/).filter(Boolean);
      if (words.length === 0) return true;
      const haystack = fold([deal.name ?? '', ...deal.parties.map((p) => p.name)].join(' '), locale);
      return words.every((word) => haystack.includes(word));
    }
    case 'status':
      return view.status === null || (deal.status ?? 'none') === view.status;
    case 'generated':
      return view.generated || !deal.generated;
  }
}

const FILTERS: readonly IndexFilter[] = ['q', 'status', 'generated'];
const shown = (deals: DealSummary[], view: IndexView, filters: readonly IndexFilter[], locale: Locale) =>
  deals.filter((deal) => filters.every((filter) => passes(deal, view, filter, locale)));

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) =>
  collators.get(locale) ?? collators.set(locale, new Intl.Collator(INTL_TAG[locale])).get(locale)!;

/** By announcement day (deals not announced last, either way), or by name in the reader's language. */
export function sortDeals(deals: DealSummary[], sort: IndexSort, locale: Locale): DealSummary[] {
  // A deal not yet public on the day has no name to sort by: it goes after the named ones.
  const byName = (a: DealSummary, b: DealSummary) =>
    a.name === null || b.name === null
      ? Number(a.name === null) - Number(b.name === null)
      : collator(locale).compare(a.name, b.name);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...deals].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b) || a.id.localeCompare(b.id);
    if (!a.announcedOn || !b.announcedOn) return (a.announcedOn ? -1 : b.announcedOn ? 1 : 0) || byName(a, b);
    const [da, db] = [dateSpan(a.announcedOn).start, dateSpan(b.announcedOn).start];
    return sign * (da < db ? -1 : da > db ? 1 : 0) || byName(a, b);
  });
}

export interface IndexRows {
  rows: DealSummary[];
  /**
   * When filters hide every deal: the one to clear to see some again, or every active filter where
   * only clearing them together helps. Empty otherwise.
   */
  hiddenBy: IndexFilter[];
}

// Where clearing any one of several filters would do, the one named: hidden test data first (the
// reader did not choose to hide it), then the status, and the words the reader typed last.
const CLEAR_FIRST: readonly IndexFilter[] = ['generated', 'status', 'q'];

export function selectDeals(deals: DealSummary[], view: IndexView, locale: Locale): IndexRows {
  const rows = sortDeals(shown(deals, view, FILTERS, locale), view.sort, locale);
  if (rows.length > 0 || deals.length === 0) return { rows, hiddenBy: [] };
  const active = FILTERS.filter((filter) => deals.some((deal) => !passes(deal, view, filter, locale)));
  const alone = active.filter(
    (filter) =>
      shown(
        deals,
        view,
        FILTERS.filter((f) => f !== filter),
        locale,
      ).length > 0,
  );
  const first = CLEAR_FIRST.find((filter) => alone.includes(filter));
  return { rows, hiddenBy: first ? [first] : active };
}

/** The view with the given filters cleared (generated test data shown, where that was the one). */
export function clearFilters(view: IndexView, filters: readonly IndexFilter[]): IndexView {
  return {
    ...view,
    q: filters.includes('q') ? '' : view.q,
    status: filters.includes('status') ? null : view.status,
    generated: filters.includes('generated') ? true : view.generated,
  };
}
