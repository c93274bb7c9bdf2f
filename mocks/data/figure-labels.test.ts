// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedDeal, seedMetrics } from '../../test/seed';

const market = (id: string) => seedDeal.market!.find((f) => f.id === id)!;

describe('the seed figures say what they are', () => {
  it('labels the moves of SINA’s share price as changes, not as prices', () => {
    expect(market('sina-open-move').label).toEqual({
      en: "Change in SINA's share price at the open",
      de: 'Kursänderung der Sina-Aktie zur Eröffnung',
    });
    expect(market('sina-close-move').label).toEqual({
      en: "Change in SINA's share price at the close",
      de: 'Kursänderung der Sina-Aktie zum Handelsschluss',
    });
    // The closing price itself is a price, and says so.
    expect(market('sina-close-price').label).toEqual({ en: 'SINA closing price', de: 'Schlusskurs der Sina-Aktie' });
  });

  it('gives the user counts as technode gives them, plainly (500M registered, 47M daily active): exact', () => {
    const feb = (id: 'registered-users' | 'daily-active-users') =>
      seedMetrics[id].points.find((p) => p.sources.some((c) => c.sourceId === 'technode-2013-04-29'))!;
    expect([feb('registered-users').value, feb('registered-users').qualifier]).toEqual([500e6, 'exact']);
    expect([feb('daily-active-users').value, feb('daily-active-users').qualifier]).toEqual([47e6, 'exact']);
  });
});
