// @vitest-environment node
import { seedIn, syntheticEventsIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { dateSpan } from '../../../lib/dates';
import { clusterByKind, clusterLane } from './cluster';
import { eventsInRange, extentOf, filterEvents, indexEvents } from './event-index';
import { clampRange, fitRange, fromDay, MIN_SPAN, panRange, span, toDay, zoomRange } from './time-scale';
import { parseTimelineParams, writeTimelineParams } from './view-state';

const seed = indexEvents(seedIn('en').events);
/** Generated events as the app meets them: parsed, defaults filled in. */
const synthetic = (count: number, seedValue: number) => syntheticEventsIn(count, seedValue);
const bounds = { start: toDay('2012-10-01'), end: toDay('2014-04-30') };

describe('time scale', () => {
  it('turns days into numbers and back', () => {
    expect(fromDay(toDay('2013-04-29'))).toBe('2013-04-29');
    expect(toDay('2013-04-30') - toDay('2013-04-29')).toBe(1);
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('2013-03-01') - toDay('2013-02-28')).toBe(1);
    expect(toDay('2012-03-01') - toDay('2012-02-28')).toBe(2);
    expect(fromDay(toDay('1999-12-31') + 1)).toBe('2000-01-01');
  });

  it('zooms around the anchor, keeping the day under it in place', () => {
    const range = { start: toDay('2013-01-01'), end: toDay('2013-07-01') };
    const zoomed = zoomRange(range, 0.5, 0.25, bounds);
    expect(span(zoomed)).toBeCloseTo(span(range) / 2, 9);
    const pivot = range.start + span(range) * 0.25;
    expect(zoomed.start + span(zoomed) * 0.25).toBeCloseTo(pivot, 9);
  });

  it('never zooms narrower than a week nor wider than the bounds', () => {
    const range = { start: toDay('2013-04-01'), end: toDay('2013-04-15') };
    expect(span(zoomRange(range, 0.01, 0.5, bounds))).toBe(MIN_SPAN);
    expect(zoomRange(range, 1000, 0.5, bounds)).toEqual(bounds);
  });

  it('pans by a fraction of the view and stops at the edges', () => {
    const range = { start: toDay('2013-01-01'), end: toDay('2013-02-01') };
    expect(panRange(range, 0.5, bounds).start).toBe(range.start + 15.5);
    expect(panRange(range, -100, bounds).start).toBe(bounds.start);
    expect(panRange(range, 100, bounds).end).toBe(bounds.end);
  });

  it('clamps a range that lies outside the bounds into them', () => {
    expect(clampRange({ start: toDay('2020-01-01'), end: toDay('2020-02-01') }, bounds).end).toBe(bounds.end);
  });

  it('fits everything with some air on both sides', () => {
    const extent = extentOf(seed)!;
    const fit = fitRange(extent);
    expect(fit.start).toBeLessThan(extent.start);
    expect(fit.end).toBeGreaterThan(extent.end);
  });
});

describe('event index', () => {
  it('spans a month event over its month and knows it from the month’s last day', () => {
    const rumour = seed.find((e) => e.event.id === 'rumour-2012-11')!;
    expect([fromDay(rumour.start), fromDay(rumour.end - 1), fromDay(rumour.knownFrom)]).toEqual([
      '2012-11-01',
      '2012-11-30',
      '2012-11-30',
    ]);
  });

  it('covers the same days as dateSpan for every event, day or month, leap Februaries included', () => {
    const events = [
      ...synthetic(2_000, 11),
      { ...seed[0].event, date: { precision: 'month' as const, date: '2012-02' } },
      { ...seed[0].event, date: { precision: 'month' as const, date: '2013-02' } },
    ];
    for (const item of indexEvents(events)) {
      const { start, end } = dateSpan(item.event.date);
      expect([fromDay(item.start), fromDay(item.end - 1), fromDay(item.knownFrom)]).toEqual([start, end, end]);
    }
  });

  it('shows what was public on a day: the rumour and 400M users on 2012-12-01, the denial by 2013-03-01, the deal from 2013-04-29', () => {
    const ids = (asOf: string) => filterEvents(seed, null, asOf).map((e) => e.event.id);
    expect(ids('2012-12-01')).toEqual(['rumour-2012-11', 'results-2012-11']);
    expect(ids('2013-03-01')).toContain('denial-2013-02');
    expect(ids('2013-04-28')).not.toContain('deal-2013-04-29');
    expect(ids('2013-04-29')).toContain('deal-2013-04-29');
  });

  it('filters by kind', () => {
    expect(filterEvents(seed, ['market'], null).map((e) => e.event.kind)).toEqual(['market', 'market']);
    expect(filterEvents(seed, [], null)).toEqual([]);
  });

  it('finds the events in a range, including a month that began before it', () => {
    const range = { start: toDay('2013-02-20'), end: toDay('2013-03-10') };
    expect(eventsInRange(seed, range).map((e) => e.event.id)).toEqual(['denial-2013-02', 'users-2013-02']);
  });

  it('finds the same events by binary search as by scanning, at 10,000 events', () => {
    const many = indexEvents(synthetic(10_000, 3));
    const range = { start: toDay('2011-03-05'), end: toDay('2011-06-17') };
    const scanned = many.filter((e) => e.end > range.start && e.start < range.end);
    expect(eventsInRange(many, range)).toEqual(scanned);
  });
});

describe('clustering', () => {
  it('keeps marks at least `gap` pixels apart, so 10,000 events draw a bounded number of marks', () => {
    const many = indexEvents(synthetic(10_000, 5));
    const range = fitRange(extentOf(many)!);
    const lanes = clusterByKind(
      ['rumour', 'denial', 'results', 'announcement', 'filing', 'market'],
      many,
      range,
      1000,
      14,
    );
    let total = 0;
    let counted = 0;
    for (const marks of lanes.values()) {
      total += marks.length;
      counted += marks.reduce((sum, m) => sum + m.count, 0);
      for (let i = 1; i < marks.length; i += 1) expect(marks[i].x - marks[i - 1].x).toBeGreaterThanOrEqual(14);
    }
    expect(counted).toBe(10_000);
    expect(total).toBeLessThanOrEqual(6 * Math.ceil(1000 / 14) + 6);
  });

  it('splits a cluster when zooming in', () => {
    const market = seed.filter((e) => e.event.kind === 'market');
    const wide = { start: toDay('2012-01-01'), end: toDay('2015-01-01') };
    expect(clusterLane('market', market, wide, 800, 14).map((m) => m.count)).toEqual([2]);
    // Both market events share a day: they stay together at any zoom, with their count.
    const narrow = { start: toDay('2013-04-20'), end: toDay('2013-05-10') };
    expect(clusterLane('market', market, narrow, 800, 14).map((m) => m.count)).toEqual([2]);
    const announcements = seed.filter((e) => e.event.kind === 'announcement');
    expect(clusterLane('announcement', announcements, wide, 300, 14).map((m) => m.count)).toEqual([1, 1]);
    expect(clusterLane('announcement', announcements, wide, 60, 14).map((m) => m.count)).toEqual([2]);
  });
});

describe('view state in the address', () => {
  it('round-trips a view', () => {
    const view = {
      from: '2013-01-01',
      to: '2013-06-30',
      kinds: ['rumour', 'denial'] as const,
      event: 'denial-2013-02',
    };
    const params = writeTimelineParams(new URLSearchParams('currency=USD'), { ...view, kinds: [...view.kinds] });
    expect(params.get('currency')).toBe('USD');
    expect(parseTimelineParams(params)).toEqual({ view: { ...view, kinds: ['rumour', 'denial'] }, problems: [] });
  });

  it.each([
    ['from=2013-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2013-05-01&to=2013-01-01', 'from'],
    ['kinds=rumour,<script>', 'kinds'],
    ['event=%3Cimg%20src%3Dx%3E', 'event'],
    ['from=2013-01-01&from=2013-02-01', 'from'],
  ])('falls back to the default and reports %s', (query, key) => {
    const { problems } = parseTimelineParams(new URLSearchParams(query));
    expect(problems.map((p) => p.key)).toContain(key);
  });

  it('keeps the valid kinds of a partly malformed list', () => {
    expect(parseTimelineParams(new URLSearchParams('kinds=rumour,gossip')).view.kinds).toEqual(['rumour']);
  });
});

describe('axis ticks', () => {
  it('falls on calendar boundaries, spaced for the width, in the locale', async () => {
    const { axisTicks } = await import('./ticks');
    const years = axisTicks({ start: toDay('2008-01-01'), end: toDay('2016-01-01') }, 800, 'en');
    expect(years.map((t) => t.label)).toEqual(['2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015']);
    const months = axisTicks({ start: toDay('2012-11-01'), end: toDay('2013-05-15') }, 900, 'de');
    expect(months[0].label).toBe('Nov. 2012');
    for (let i = 1; i < months.length; i += 1) expect(months[i].x - months[i - 1].x).toBeGreaterThanOrEqual(72);
    const days = axisTicks({ start: toDay('2013-04-25'), end: toDay('2013-05-02') }, 900, 'en');
    expect(days.map((t) => t.label)).toContain('29 Apr');
  });
});
