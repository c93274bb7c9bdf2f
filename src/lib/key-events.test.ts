// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dealStatusAsOf } from './deal-status';
import { keyEvents } from './key-events';
import { eventPublicOn, firstPublicDate } from './known';
import { seedDeal as seedDealPayload } from '../../test/seed';

describe('keyEvents', () => {
  const deal = seedDealPayload;
  const key = keyEvents(deal.events);

  it('keeps every rumour and denial and the first event made public, and nothing else', () => {
    expect(key.length).toBeLessThan(deal.events.length);
    const first = firstPublicDate(deal.events.map(eventPublicOn));
    expect(firstPublicDate(key.map(eventPublicOn))).toEqual(first);
    for (const event of deal.events) {
      if (event.kind === 'rumour' || event.kind === 'denial') expect(key).toContain(event);
    }
  });

  it('reads the same status on every day as the whole list', () => {
    for (const asOf of [null, '2012-01-01', '2013-01-20', '2013-02-01', '2013-04-29', '2014-01-01']) {
      expect(dealStatusAsOf({ ...deal, events: key }, asOf), String(asOf)).toEqual(dealStatusAsOf(deal, asOf));
    }
  });

  it('of a first event that is neither rumour nor denial keeps that one', () => {
    const events = [
      { kind: 'results', date: { precision: 'day', date: '2013-03-01' } },
      { kind: 'market', date: { precision: 'month', date: '2012-11' } },
      { kind: 'denial', date: { precision: 'day', date: '2013-01-22' } },
    ] as const;
    expect(keyEvents(events)).toEqual([events[1], events[2]]);
  });
});
