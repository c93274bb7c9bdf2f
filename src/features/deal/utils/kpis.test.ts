// @vitest-environment node
import { seedIn, seedMetricIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { type MetricSeries } from '../../../lib/schemas';
import { selectDealKpis, selectHeadlinePoint } from './kpis';

const deal = seedIn('en');
const users = seedMetricIn('registered-users', 'en');

describe('selectDealKpis', () => {
  it('picks price, option ceiling and projected revenue with its horizon', () => {
    const kpis = selectDealKpis(deal);
    expect(kpis.map((k) => [k.figure?.id, k.over?.id])).toEqual([
      ['consideration', undefined],
      ['option-ceiling', undefined],
      ['projected-revenue', 'projection-horizon'],
    ]);
  });
});

describe('selectHeadlinePoint', () => {
  it("leads with the article's figure and lists later secondary figures after it", () => {
    const picked = selectHeadlinePoint(users, deal.sources);
    expect(picked?.headline.id).toBe('registered-users-2012-11');
    expect(picked?.later.map((p) => p.id)).toEqual(['registered-users-2013-02']);
  });

  it('leads with the latest figure when no primary source gives one', () => {
    const secondaryOnly: MetricSeries = {
      ...users,
      points: users.points.filter((p) => p.sources[0].sourceId !== 'silicon-de'),
    };
    expect(selectHeadlinePoint(secondaryOnly, deal.sources)?.headline.id).toBe('registered-users-2013-02');
  });

  it('answers null for an empty series', () => {
    expect(selectHeadlinePoint({ ...users, points: [] }, deal.sources)).toBeNull();
  });
});
