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
