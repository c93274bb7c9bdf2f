// @vitest-environment node
import { seedIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { axisBounds, indexEvents, publicEvents } from './event-index';
import { fitRange, fromDay, toDay } from './time-scale';

const indexed = indexEvents(seedIn('en').events);
const lastDay = (r: { end: number }) => fromDay(r.end - 1);
function boundsOn(day: string | null) {
  const bounds = axisBounds(publicEvents(indexed, day), day);
  if (!bounds) throw new Error(`no bounds on ${day}`);
  return bounds;
}

describe('publicEvents', () => {
  it('holds only the events public on the day, whatever kinds are shown', () => {
    expect(publicEvents(indexed, '2012-11-29')).toHaveLength(0);
    expect(publicEvents(indexed, '2012-12-01').map((e) => e.event.id)).toEqual(['rumour-2012-11', 'results-2012-11']);
    expect(publicEvents(indexed, '2013-03-01')).toHaveLength(4);
    expect(publicEvents(indexed, '2013-04-28')).toHaveLength(4);
    expect(publicEvents(indexed, '2013-04-29')).toHaveLength(7);
    expect(publicEvents(indexed, null)).toHaveLength(8);
  });

  it('shows the March 2014 filing from 18 Mar 2014, the day Barron’s reported it, not from the month’s end', () => {
    const filingOn = (day: string) => publicEvents(indexed, day).some((e) => e.event.id === 'filing-2014-03');
    expect(filingOn('2014-03-17')).toBe(false);
    expect(filingOn('2014-03-18')).toBe(true);
    expect(filingOn('2014-03-20')).toBe(true);
  });
});

describe('axisBounds', () => {
  it('today, fits all the events with air on both sides', () => {
    const bounds = boundsOn(null);
    expect(bounds).toEqual(fitRange({ start: toDay('2012-11-01'), end: toDay('2014-04-01') }));
    expect(lastDay(bounds) > '2014-03-31').toBe(true);
  });

  it('as of a day, fits the events public then and ends no later than that day', () => {
    const dec = boundsOn('2012-12-01');
    expect(lastDay(dec)).toBe('2012-12-01');
    expect(fromDay(dec.start) < '2012-11-01').toBe(true);
    const mar = boundsOn('2013-03-01');
    expect(lastDay(mar)).toBe('2013-03-01');
    expect(fromDay(mar.start) < '2012-11-01').toBe(true);
  });

  it('leaves the air after the last event where the day is further on', () => {
    const later = boundsOn('2013-12-31');
    expect(later).toEqual(fitRange({ start: toDay('2012-11-01'), end: toDay('2013-04-30') }));
  });

  it('has no bounds with no events and no day', () => {
    expect(axisBounds([], null)).toBeNull();
  });

  it('before any event, shows the weeks up to the day, not another year', () => {
    const early = boundsOn('2012-06-15');
    expect(lastDay(early)).toBe('2012-06-15');
    expect(early.end - early.start).toBeGreaterThanOrEqual(7);
    expect(fromDay(early.start) > '2012-05-01').toBe(true);
  });
});
