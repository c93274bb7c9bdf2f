import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mockDeals } from '../../mocks/data';
import { DealSchema, MetricSeriesSchema, type Citation, type Figure } from '../../src/lib/schemas';

const entry = mockDeals['alibaba-sina-weibo-2013'];
const deal = v.parse(DealSchema, entry.deal);
const series = Object.values(entry.metrics).map((s) => v.parse(MetricSeriesSchema, s));

function allFigures(): Figure[] {
  const t = deal.terms;
  return [
    t.consideration,
    t.considerationUsd,
    t.stakeRumoured,
    t.stakeAcquired,
    t.optionCeiling,
    t.laterOption?.ipoDiscount,
    t.laterOption?.valuationCapUsd,
    deal.cooperation!.term,
    deal.projections!.revenue,
    deal.projections!.revenueUsd,
    deal.projections!.horizon,
    deal.valuation.impliedUsd,
    ...deal.market,
    ...series.flatMap((s) => s.points),
  ].filter((f): f is Figure => f !== undefined);
}

function allCitations(): Citation[] {
  const json = JSON.stringify([deal, series]);
  const found: Citation[] = [];
  JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && 'sourceId' in value) found.push(value as Citation);
    return value;
  });
  return found;
}

const byId = (id: string) => allFigures().find((f) => f.id === id);

describe('the seed deal in mocks/', () => {
  it('holds the facts of the article with their status and article line', () => {
    expect(byId('consideration')).toMatchObject({ value: 450e6, unit: 'EUR', status: 'reported' });
    expect(byId('cooperation-term')).toMatchObject({ value: 36, unit: 'months' });
    expect(byId('projected-revenue')).toMatchObject({ value: 290e6, unit: 'EUR', qualifier: 'about' });
    expect(byId('option-ceiling')).toMatchObject({ value: 30, unit: 'percent' });
    expect(byId('stake-rumoured')).toMatchObject({ value: 15, valueHigh: 20, publicOn: { date: '2012-11' } });
    expect(byId('registered-users-2012-11')).toMatchObject({ value: 400e6, qualifier: 'over' });
    expect(deal.cooperation!.areas).toHaveLength(4);
    expect(deal.terms.instruments!.sources[0]).toMatchObject({ sourceId: 'silicon-de', lines: [3] });
    expect(deal.claims.map((c) => c.id)).toContain('combined-users');
    expect(deal.quotes.map((q) => q.speaker)).toEqual(['Charles Chao']);
    expect(deal.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['rumour', 'denial']));
  });

  it('holds the facts of the secondary reports, cited as secondary', () => {
    const secondary = new Set(deal.sources.filter((s) => s.kind === 'secondary').map((s) => s.id));
    for (const [id, value] of [
      ['consideration-usd', 586e6],
      ['stake-acquired', 18],
      ['projected-revenue-usd', 380e6],
      ['implied-valuation-usd', 3.26e9],
      ['registered-users-2013-02', 500e6],
      ['daily-active-users-2013-02', 47e6],
      ['sina-open-move', 19],
      ['sina-close-move', 9.3],
      ['sina-close-price', 55.03],
      ['option-valuation-cap-2014', 5.5e9],
      ['option-ipo-discount-2014', 15],
    ] as const) {
      const figure = byId(id);
      expect(figure?.value, id).toBe(value);
      expect(
        figure?.sources.every((c) => secondary.has(c.sourceId)),
        id,
      ).toBe(true);
    }
  });

  it('cites only sources it lists, and only the article lines of the deal (1-7)', () => {
    const ids = new Set(deal.sources.map((s) => s.id));
    for (const citation of allCitations()) {
      expect(ids.has(citation.sourceId), citation.sourceId).toBe(true);
      for (const line of citation.lines ?? []) expect(line).toBeLessThanOrEqual(7);
    }
  });

  it('links every event to figures that exist', () => {
    const ids = new Set(allFigures().map((f) => f.id));
    for (const event of deal.events)
      for (const id of event.figureIds) expect(ids.has(id), `${event.id} -> ${id}`).toBe(true);
  });

  it('carries nothing from the unrelated teasers at the end of the article', () => {
    const text = JSON.stringify(entry).toLowerCase();
    for (const teaser of [
      'hornetsecurity',
      'azure',
      'beschaffung',
      'bug bounty',
      'feiertag',
      'check point',
      'quiz',
      '15 fragen',
    ]) {
      expect(text).not.toContain(teaser);
    }
  });
});

// A figure is public from the earliest date of a source that states it; where the data departs from
// that (an undated source, a market price, a filing known only by its month), its note says why.
describe('known as of, fact by fact', () => {
  const day = (date: string) => ({ precision: 'day', date });
  const sourceDate = (id: string) => deal.sources.find((s) => s.id === id)?.date;

  it('USD 380M: from Xinhua of 30 Apr 2013, the only source that gives it', () => {
    const usd = byId('projected-revenue-usd')!;
    expect(usd.sources.map((c) => sourceDate(c.sourceId))).toEqual(['2013-04-30']);
    expect(usd.publicOn).toEqual(day('2013-04-30'));
    expect(usd.note).toMatch(/Public from 30 Apr 2013: Xinhua/);
  });

  it('18 %: from 29 Apr 2013, technode’s day, whose USD 3.26B is USD 586M / 0.18', () => {
    const stake = byId('stake-acquired')!;
    expect(stake.publicOn).toEqual(day('2013-04-29'));
    expect(stake.sources.map((c) => sourceDate(c.sourceId))).toContain('2013-04-29');
    expect(stake.note).toMatch(/Public from 29 Apr 2013.*technode.*0\.18/);
  });

  it('USD 586M: from 29 Apr 2013, in phys.org’s title of that day', () => {
    const usd = byId('consideration-usd')!;
    expect(usd.publicOn).toEqual(day('2013-04-29'));
    expect(sourceDate('phys-org-2013-04-29')).toBe('2013-04-29');
    expect(usd.note).toMatch(/phys\.org/);
  });

  it('the 2014 terms: counted from the filing’s month, as the filing event is, and the note says why', () => {
    const filing = deal.events.find((e) => e.id === 'filing-2014-03')!;
    const later = deal.terms.laterOption!;
    for (const figure of [later.ipoDiscount, later.valuationCapUsd]) {
      expect(figure.publicOn, figure.id).toEqual(filing.date);
      expect(figure.note, figure.id).toMatch(/Barron's reported it on 18 Mar 2014/);
    }
    expect(later.terms.publicOn).toEqual(filing.date);
  });

  it('the market moves of 29 Apr 2013: public as they traded, whatever day the reports ran', () => {
    for (const id of ['sina-open-move', 'sina-close-move', 'sina-close-price']) {
      expect(byId(id)!.publicOn, id).toEqual(day('2013-04-29'));
      expect(byId(id)!.note, id).toMatch(/public as (it|they) traded/);
    }
  });

  it('the article’s own figures: from the announcement, because the article is undated', () => {
    expect(sourceDate('silicon-de')).toBeNull();
    for (const id of [
      'consideration',
      'cooperation-term',
      'projected-revenue',
      'projection-horizon',
      'option-ceiling',
    ]) {
      expect(byId(id)!.publicOn, id).toEqual(deal.announcedOn);
      expect(byId(id)!.note, id).toMatch(/The article is undated/);
    }
  });
});
