// @vitest-environment node
import { seedIn, seedMetricIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { kpiSources, kpiSummaries } from './kpi-summary';
import { loadGerman } from '../../../../test/german';

loadGerman();

const deal = seedIn('en');
const users = seedMetricIn('registered-users', 'en');

describe('kpiSummaries', () => {
  it('says each key figure as its card does: label, value, status and source', () => {
    const cards = kpiSummaries(deal, null, users, 'en');
    expect(cards.map((c) => c.label)).toEqual([
      'Price paid',
      'Option ceiling',
      'Projected extra revenue',
      'Registered Weibo users',
    ]);
    expect(cards[0]).toMatchObject({ value: '€450m', status: 'reported', source: 'Source: silicon.de, line 1' });
    expect(cards[3].later).toHaveLength(1);
  });

  it('says "not public yet" for a figure the chosen day did not know, in German too', () => {
    const cards = kpiSummaries(deal, '2012-12-01', users, 'de');
    expect(cards[0].value).toBeUndefined();
    expect(cards[0].missing).toMatch(/^Am .*2012 noch nicht öffentlich|noch nicht öffentlich/);
  });

  it('leaves the users card out while its series loads', () => {
    expect(kpiSummaries(deal, null, undefined, 'en')).toHaveLength(3);
  });
});

describe('kpiSources', () => {
  it('lists each source behind the shown figures once, in full', () => {
    const sources = kpiSources(deal, null, users, 'en');
    expect(new Set(sources).size).toBe(sources.length);
    // In the order of the view's day: dated sources oldest first, the undated article last.
    expect(sources.map((s) => s.split(' · ')[0])).toEqual([
      'technode.com',
      'Xinhua via chinadaily.com.cn',
      'silicon.de (German article, undated)',
    ]);
  });

  it('on 29 Apr 2013 leaves out a source dated later (Xinhua, 30 Apr), and names the undated article', () => {
    const sources = kpiSources(deal, '2013-04-29', users, 'en');
    expect(sources.map((s) => s.split(' · ')[0])).toEqual(['technode.com', 'silicon.de (German article, undated)']);
    expect(kpiSources(seedIn('de'), '2013-04-29', seedMetricIn('registered-users', 'de'), 'de').at(-1)).toMatch(
      /^silicon\.de \(deutscher Artikel, undatiert\) · Primärquelle · Zeile/,
    );
  });
});
