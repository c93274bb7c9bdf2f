// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DealSchema } from '../../src/lib/schemas';
import { mockDeals } from '.';
import { syntheticEvents } from './synthetic';

describe('synthetic deals', () => {
  it('serve 100, 1,000 and 10,000 valid events', () => {
    for (const [id, count] of [
      ['synthetic-100', 100],
      ['synthetic-1k', 1_000],
      ['synthetic-10k', 10_000],
    ] as const) {
      const deal = v.parse(DealSchema, mockDeals[id].deal);
      expect(deal.events).toHaveLength(count);
      expect(deal.id).toBe(id);
    }
  });

  it('are the same on every run, for a given seed', () => {
    expect(syntheticEvents(50, 7)).toEqual(syntheticEvents(50, 7));
    expect(syntheticEvents(50, 7)).not.toEqual(syntheticEvents(50, 8));
  });

  it('spread over several years, every kind, some known only to the month', () => {
    const events = syntheticEvents(1_000, 1);
    const years = new Set(events.map((e) => e.date.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(6);
    expect(new Set(events.map((e) => e.kind)).size).toBe(6);
    const months = events.filter((e) => e.date.precision === 'month').length;
    expect(months).toBeGreaterThan(100);
    expect(months).toBeLessThan(300);
  });
});
