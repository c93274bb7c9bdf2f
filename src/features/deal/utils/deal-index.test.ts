// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DealSummary } from '../../../lib/schemas';
import type { ParamProblem } from '../../../lib/url-params';
import {
  clearFilters,
  DEFAULT_INDEX_VIEW,
  nextSort,
  parseIndexParams,
  selectDeals,
  writeIndexParams,
  type IndexView,
} from './deal-index';

function deal(id: string, patch: Partial<DealSummary> = {}): DealSummary {
  return {
    id,
    name: id,
    parties: [
      { role: 'acquirer', name: 'Acquirer' },
      { role: 'target', name: 'Target' },
      { role: 'targetParent', name: 'Parent' },
    ],
    status: 'announced',
    announcedOn: null,
    headline: {},
    sources: [],
    events: { count: 0, latest: null },
    generated: false,
    ...patch,
  };
}

const day = (date: string) => ({ precision: 'day' as const, date });
const DEALS = [
  deal('alibaba', {
    name: 'Alibaba takes a stake in Sina Weibo',
    parties: [
      { role: 'acquirer', name: 'Alibaba Group' },
      { role: 'target', name: 'Sina Weibo' },
      { role: 'targetParent', name: 'Sina' },
    ],
    announcedOn: day('2013-04-29'),
  }),
  deal('muenchen', {
    name: 'Übernahme in München',
    parties: [
      { role: 'acquirer', name: 'Zeta AG' },
      { role: 'target', name: 'Ärzte GmbH' },
      { role: 'targetParent', name: 'Holding' },
    ],
    status: 'rumoured',
    announcedOn: day('2014-01-10'),
  }),
  deal('older', { name: 'Beta buys Gamma', announcedOn: day('2010-06-01'), status: 'completed' }),
  deal('synthetic-100', { name: 'Synthetic deal', generated: true, status: 'rumour-denied' }),
];
const view = (patch: Partial<IndexView> = {}): IndexView => ({ ...DEFAULT_INDEX_VIEW, ...patch });
const ids = (v: IndexView, locale: 'en' | 'de' = 'en') => selectDeals(DEALS, v, locale).rows.map((d) => d.id);

describe('the deals index in the address', () => {
  it('reads every value it writes, and leaves the defaults out', () => {
    const shown = view({
      q: 'sina weibo',
      status: 'rumour-denied',
      sort: { key: 'name', direction: 'descending' },
      generated: true,
    });
    const written = writeIndexParams(new URLSearchParams('asof=2013-03-01'), shown);
    expect(written.toString()).toBe('asof=2013-03-01&q=sina+weibo&status=rumour-denied&sort=name-desc&generated=1');
    expect(parseIndexParams(written)).toEqual(shown);
    expect(writeIndexParams(written, DEFAULT_INDEX_VIEW).toString()).toBe('asof=2013-03-01');
  });

  it('falls back to the default for each malformed value, and names it', () => {
    const problems: ParamProblem[] = [];
    const parsed = parseIndexParams(
      new URLSearchParams('status=pending&sort=price&generated=yes&q=a&q=b&sort=date-asc'),
      problems,
    );
    expect(parsed).toEqual(DEFAULT_INDEX_VIEW);
    expect(problems).toEqual([
      { key: 'q', value: 'a, b' },
      { key: 'status', value: 'pending' },
      { key: 'sort', value: 'price, date-asc' },
      { key: 'generated', value: 'yes' },
    ]);
  });

  it('turns the sorted column around, and starts another with newest or A first', () => {
    const byDate = DEFAULT_INDEX_VIEW.sort;
    expect(nextSort(byDate, 'date')).toEqual({ key: 'date', direction: 'ascending' });
    expect(nextSort(byDate, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'date')).toEqual({ key: 'date', direction: 'descending' });
  });
});

describe('selectDeals', () => {
  it('hides generated test data unless asked, newest announcement first', () => {
    expect(ids(view())).toEqual(['muenchen', 'alibaba', 'older']);
    expect(ids(view({ generated: true }))).toEqual(['muenchen', 'alibaba', 'older', 'synthetic-100']);
  });

  it('sorts by date both ways, deals not announced last either way', () => {
    const asc = view({ generated: true, sort: { key: 'date', direction: 'ascending' } });
    expect(ids(asc)).toEqual(['older', 'alibaba', 'muenchen', 'synthetic-100']);
  });

  it('sorts by name in the reader’s language both ways (Ü beside U in German)', () => {
    const byName = view({ sort: { key: 'name', direction: 'ascending' } });
    expect(ids(byName, 'de')).toEqual(['alibaba', 'older', 'muenchen']);
    expect(ids({ ...byName, sort: { key: 'name', direction: 'descending' } }, 'de')).toEqual([
      'muenchen',
      'older',
      'alibaba',
    ]);
  });

  it('finds every word of the search in the name or the parties, ignoring case and accents', () => {
    expect(ids(view({ q: 'sina' }))).toEqual(['alibaba']);
    expect(ids(view({ q: '  ALIBABA   weibo ' }))).toEqual(['alibaba']);
    expect(ids(view({ q: 'arzte munchen' }))).toEqual(['muenchen']);
    expect(ids(view({ q: 'parent' }))).toEqual(['older']);
    expect(ids(view({ q: 'alibaba gamma' }))).toEqual([]);
  });

  it('filters by status, "none" being a deal with nothing public yet', () => {
    expect(ids(view({ status: 'completed' }))).toEqual(['older']);
    const early = [...DEALS, deal('quiet', { status: null })];
    expect(selectDeals(early, view({ status: 'none' }), 'en').rows.map((d) => d.id)).toEqual(['quiet']);
  });
});

describe('an empty index says which filter hides every deal', () => {
  it('names the search when it alone hides everything', () => {
    const v = view({ q: 'nothing like it', status: 'announced' });
    expect(selectDeals(DEALS, v, 'en')).toEqual({ rows: [], hiddenBy: ['q'] });
    expect(ids(clearFilters(v, ['q']))).toEqual(['alibaba']);
  });

  it('names hiding generated test data when every deal is generated', () => {
    const generated = DEALS.filter((d) => d.generated);
    expect(selectDeals(generated, view(), 'en')).toEqual({ rows: [], hiddenBy: ['generated'] });
    expect(clearFilters(view(), ['generated'])).toEqual(view({ generated: true }));
  });

  it('where clearing any one filter would do, names hidden test data before what the reader chose', () => {
    // Only a generated deal has this status: showing generated data, or any status, would do.
    const v = view({ status: 'rumour-denied' });
    expect(selectDeals(DEALS, v, 'en').hiddenBy).toEqual(['generated']);
    expect(ids(clearFilters(v, ['generated']))).toEqual(['synthetic-100']);
    // The search finds only an announced deal, the status only a completed one: the typed words stay.
    const both = view({ q: 'alibaba', status: 'completed' });
    expect(selectDeals(DEALS, both, 'en').hiddenBy).toEqual(['status']);
    expect(ids(clearFilters(both, ['status']))).toEqual(['alibaba']);
  });

  it('names every active filter when only clearing them together helps', () => {
    // The search finds one generated deal, the status another: no one filter cleared brings one back.
    const deals = [...DEALS, deal('synthetic-1k', { name: 'Another run', generated: true, status: 'abandoned' })];
    const v = view({ q: 'synthetic', status: 'abandoned' });
    expect(selectDeals(deals, v, 'en')).toEqual({ rows: [], hiddenBy: ['q', 'status', 'generated'] });
    const cleared = clearFilters(v, ['q', 'status', 'generated']);
    expect(selectDeals(deals, cleared, 'en').rows).toHaveLength(5);
  });

  it('names no filter when there is no deal at all', () => {
    expect(selectDeals([], view({ q: 'x' }), 'en')).toEqual({ rows: [], hiddenBy: [] });
  });
});
