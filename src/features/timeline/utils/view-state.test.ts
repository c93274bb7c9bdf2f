import { describe, expect, it } from 'vitest';
import { seedIn } from '../../../../test/seed';
import { parseChartParams } from '../../charts/utils/chart-params';
import { axisBounds, indexEvents, publicEvents } from './event-index';
import { DEFAULT_VIEW, eventNote, windowNote } from './view-state';

const indexed = indexEvents(seedIn('en').events);
const boundsOn = (asOf: string | null) => axisBounds(publicEvents(indexed, asOf), asOf)!;

describe('what the timeline says when it cannot show the window the address asks for', () => {
  it('names a window moved by the "Known as of" day, and the days shown instead', () => {
    const view = { ...DEFAULT_VIEW, from: '2013-03-01', to: '2013-04-30' };
    expect(windowNote(view, boundsOn('2013-04-15'), '2013-04-15')).toEqual({
      message: 'url.note.window.asof',
      days: { shownFrom: '2013-01-14', shownTo: '2013-03-15', asOf: '2013-04-15' },
      text: { from: '2013-03-01', to: '2013-04-30' },
    });
  });

  it('names a window clamped to the deal’s events ("fit all")', () => {
    const view = { ...DEFAULT_VIEW, from: '0001-01-01', to: '9999-12-31' };
    const bounds = boundsOn(null);
    const note = windowNote(view, bounds, null);
    expect(note?.message).toBe('url.note.window.bounds');
    expect(note?.text).toEqual({ from: '0001-01-01', to: '9999-12-31' });
    expect(note?.days?.shownFrom).toMatch(/^2012-/);
  });

  it('names a window narrower than a week, and one given by one end only', () => {
    const bounds = boundsOn(null);
    expect(windowNote({ ...DEFAULT_VIEW, from: '2013-04-29', to: '2013-04-29' }, bounds, null)?.message).toBe(
      'url.note.window.week',
    );
    expect(windowNote({ ...DEFAULT_VIEW, from: '2013-04-29' }, bounds, null)).toMatchObject({
      message: 'url.note.window.half',
      text: { key: 'from', value: '2013-04-29' },
    });
  });

  it('says nothing of a window it shows as written', () => {
    const view = { ...DEFAULT_VIEW, from: '2013-03-01', to: '2013-04-30' };
    expect(windowNote(view, boundsOn(null), null)).toBeNull();
    expect(windowNote(DEFAULT_VIEW, boundsOn(null), null)).toBeNull();
  });

  it('names an event the deal does not have, and one not public yet on the as-of day', () => {
    expect(eventNote('does-not-exist', indexed, null)).toEqual({
      message: 'url.note.event.unknown',
      text: { value: 'does-not-exist' },
    });
    expect(eventNote('deal-2013-04-29', indexed, '2013-01-01')).toEqual({
      message: 'url.note.event.notYet',
      days: { asOf: '2013-01-01' },
      text: { value: 'deal-2013-04-29' },
    });
    expect(eventNote('deal-2013-04-29', indexed, null)).toBeNull();
  });
});

describe('chart values in the address', () => {
  it('reads a currency in any case, with nothing to report', () => {
    const problems: { key: string; value: string }[] = [];
    expect(parseChartParams(new URLSearchParams('currency=usd'), problems).currency).toBe('USD');
    expect(problems).toEqual([]);
  });
});
