// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  allocate,
  monthsStatus,
  profileWeights,
  REVENUE_PROFILES,
  REVENUE_STEP,
  revenueAmountText,
  revenueAssumption,
  revenueMonths,
} from './revenue';
import type { Figure } from '../../../lib/schemas';
import { loadGerman } from '../../../../test/german';

loadGerman();

const total: Figure = {
  id: 'projected-revenue',
  label: 'Projected extra revenue',
  status: 'reported',
  value: 290_000_000,
  qualifier: 'about',
  unit: 'EUR',
  publicOn: { precision: 'day', date: '2013-04-29' },
  sources: [{ sourceId: 'silicon-de', lines: [2] }],
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocate', () => {
  it('adds up to exactly the total for every profile, rounding included', () => {
    for (const profile of REVENUE_PROFILES) {
      for (const months of [1, 7, 12, 36, 37]) {
        const parts = allocate(290_000_000, profileWeights(profile, months), REVENUE_STEP);
        expect(parts).toHaveLength(months);
        expect(sum(parts), `${profile} over ${months}`).toBe(290_000_000);
        for (const p of parts) expect(p % REVENUE_STEP).toBe(0);
      }
    }
  });

  it('rounds each share to within one step of its exact value', () => {
    const weights = profileWeights('ramp-up', 36);
    const parts = allocate(290_000_000, weights, REVENUE_STEP);
    const w = sum(weights);
    parts.forEach((p, i) => expect(Math.abs(p - (290_000_000 * weights[i]) / w)).toBeLessThan(REVENUE_STEP));
  });

  it('splits an even total that does not divide into 36 equal steps as evenly as it can', () => {
    const parts = allocate(290_000_000, profileWeights('even', 36), REVENUE_STEP);
    expect(new Set(parts)).toEqual(new Set([8_000_000, 8_100_000]));
    expect(parts.filter((p) => p === 8_100_000)).toHaveLength(20);
  });
});

describe('revenueMonths', () => {
  it('runs 36 months from May 2013 and ends on the total', () => {
    const months = revenueMonths(total, 36, 'front-loaded', '2013-05');
    expect(months[0].month).toBe('2013-05');
    expect(months[35].month).toBe('2016-04');
    expect(months[35].cumulative).toBe(290_000_000);
    expect(months[0].amount).toBeGreaterThan(months[35].amount);
  });

  it('rises under ramp-up and stays flat (within one step) when even', () => {
    const ramp = revenueMonths(total, 36, 'ramp-up', '2013-05').map((m) => m.amount);
    expect(ramp[35]).toBeGreaterThan(ramp[0]);
    const even = revenueMonths(total, 36, 'even', '2013-05').map((m) => m.amount);
    expect(Math.max(...even) - Math.min(...even)).toBe(REVENUE_STEP);
  });
});

describe('the revenue table', () => {
  it('shows the modelled months and their sums at their own precision of 0.1M', () => {
    expect(revenueAmountText(121_500_000, 'EUR', 'en')).toBe('€121.5m');
    expect(revenueAmountText(121_500_000, 'EUR', 'de')).toBe('121,5\u00a0Mio.\u00a0€');
    expect(revenueAmountText(8_100_000, 'EUR', 'en')).toBe('€8.1m');
    expect(revenueAmountText(290_000_000, 'USD', 'en')).toBe('US$290.0m');
    expect(revenueAmountText(400_000, 'EUR', 'en')).toBe('€400k');
  });

  it('marks the months modelled, whatever the total they spread', () => {
    expect(monthsStatus(total)).toBe('modelled');
    expect(monthsStatus({ ...total, status: 'derived', formula: 'x', inputs: ['y'] })).toBe('modelled');
  });
});

describe('the revenue note', () => {
  const projection = {
    total,
    horizon: { ...total, id: 'h', value: 36, unit: 'months' as const, qualifier: 'exact' as const },
    first: '2013-05',
    pair: null,
  };

  it('says plainly that the months add up to the total, without "exactly about"', () => {
    const en = revenueAssumption(projection, 'even', 'en');
    expect(en).toContain('the months add up to the total, about €290m.');
    expect(en).not.toMatch(/exactly about/);
    const de = revenueAssumption(projection, 'even', 'de');
    expect(de).toContain('die Monate ergeben zusammen die Summe, etwa 290\u00a0Mio.\u00a0€.');
    expect(de).not.toMatch(/genau etwa/);
  });
});
