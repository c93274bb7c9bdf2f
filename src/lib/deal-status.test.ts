// @vitest-environment node
import { seedIn } from '../../test/seed';
import { describe, expect, it } from 'vitest';

import { dealStatusAsOf } from './deal-status';
import { type Deal, type DealEvent } from './schemas';

const deal = seedIn('en');
const statusOn = (day: string | null, of: Deal = deal) => dealStatusAsOf(of, day).status;

function event(id: string, kind: DealEvent['kind'], date: DealEvent['date']): DealEvent {
  return { id, kind, date, title: id, summary: id, figureIds: [], sources: deal.events[0].sources };
}

describe('dealStatusAsOf, the seed deal day by day', () => {
  it('has nothing public before the rumour counts (the last day of Nov 2012)', () => {
    expect(statusOn('2012-10-31')).toBeNull();
    expect(statusOn('2012-11-29')).toBeNull();
  });

  it('is rumoured from 30 Nov 2012, with the rumour as its evidence', () => {
    const seen = dealStatusAsOf(deal, '2012-11-30');
    expect(seen.status).toBe('rumoured');
    expect(seen.since).toEqual({ precision: 'month', date: '2012-11' });
    expect(seen.sources).toEqual(deal.events.find((e) => e.id === 'rumour-2012-11')?.sources);
    expect(statusOn('2012-12-01')).toBe('rumoured');
    expect(statusOn('2013-02-27')).toBe('rumoured');
  });

  it('is a denied rumour from 28 Feb 2013 until the day before the announcement', () => {
    expect(statusOn('2013-02-28')).toBe('rumour-denied');
    expect(statusOn('2013-03-01')).toBe('rumour-denied');
    expect(statusOn('2013-04-28')).toBe('rumour-denied');
  });

  it('is announced from 29 Apr 2013, dated and sourced by the announcement', () => {
    const seen = dealStatusAsOf(deal, '2013-04-29');
    expect(seen).toEqual({ status: 'announced', since: deal.announcedOn, sources: deal.announcedSources });
    expect(statusOn('2014-04-01')).toBe('announced');
  });

  it("is the contract's status today", () => {
    expect(statusOn(null)).toBe('announced');
    expect(statusOn(null, { ...deal, status: 'completed' })).toBe('completed');
  });
});

describe('dealStatusAsOf, the rule', () => {
  const bare: Deal = { ...deal, status: 'rumoured', announcedOn: null, announcedSources: [], events: [] };
  const rumour = event('r', 'rumour', { precision: 'day', date: '2012-05-02' });
  const denial = event('d', 'denial', { precision: 'day', date: '2012-06-10' });

  it('lets the events say more than the contract: a denial after the rumour, today', () => {
    expect(statusOn(null, { ...bare, events: [rumour, denial] })).toBe('rumour-denied');
    expect(statusOn('2012-06-09', { ...bare, events: [denial, rumour] })).toBe('rumoured');
  });

  it('follows the latest: a rumour that returns after its denial is a rumour again', () => {
    const again = event('r2', 'rumour', { precision: 'month', date: '2012-08' });
    const deal2 = { ...bare, events: [again, denial, rumour] };
    expect(statusOn('2012-08-30', deal2)).toBe('rumour-denied');
    expect(statusOn('2012-08-31', deal2)).toBe('rumoured');
  });

  it('counts only the deal\'s own announcement, not an "announcement" event about something else', () => {
    const other = event('users', 'announcement', { precision: 'day', date: '2012-07-01' });
    expect(statusOn('2012-07-02', { ...bare, events: [rumour, other] })).toBe('rumoured');
  });

  it('keeps a status the contract knows and the events do not (completed, abandoned) for today only', () => {
    const done: Deal = { ...deal, status: 'abandoned' };
    expect(statusOn(null, done)).toBe('abandoned');
    expect(statusOn('2013-05-01', done)).toBe('announced');
  });

  it("falls back to the contract's status today when there are no events", () => {
    expect(statusOn(null, bare)).toBe('rumoured');
    expect(statusOn('2012-01-01', bare)).toBeNull();
  });
});
