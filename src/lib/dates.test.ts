// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, isIsoDay, overlaps } from './dates';

describe('isIsoDay', () => {
  it('accepts real days and refuses everything else', () => {
    expect(isIsoDay('2013-04-29')).toBe(true);
    expect(isIsoDay('2012-02-29')).toBe(true);
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('2013-12-31')).toBe(true);
    for (const bad of [
      '2013-02-29',
      '1900-02-29',
      '2013-04-31',
      '2013-00-10',
      '2013-04-00',
      '2013-13-01',
      '2013-4-29',
      '29.04.2013',
      '',
      '2013-04-29T00:00',
    ]) {
      expect(isIsoDay(bad), bad).toBe(false);
    }
  });
});

describe('dateSpan and overlaps', () => {
  it('spans a month-precision date over its whole month', () => {
    expect(dateSpan({ precision: 'month', date: '2013-02' })).toEqual({ start: '2013-02-01', end: '2013-02-28' });
    expect(dateSpan({ precision: 'month', date: '2012-02' }).end).toBe('2012-02-29');
    expect(dateSpan({ precision: 'month', date: '2013-12' }).end).toBe('2013-12-31');
  });

  it('finds a month event from any of its days, and a day event only on its day', () => {
    const feb = { precision: 'month', date: '2013-02' } as const;
    expect(overlaps(feb, '2013-02-28', '2013-03-31')).toBe(true);
    expect(overlaps(feb, '2013-03-01')).toBe(false);
    expect(overlaps(feb, undefined, '2013-01-31')).toBe(false);
    const day = { precision: 'day', date: '2013-04-29' } as const;
    expect(overlaps(day, '2013-04-29', '2013-04-29')).toBe(true);
    expect(overlaps(day, '2013-04-30')).toBe(false);
  });

  it('sorts a month before the later days it holds', () => {
    const dates = [
      { precision: 'day', date: '2013-02-10' },
      { precision: 'month', date: '2013-02' },
      { precision: 'month', date: '2012-11' },
    ] as const;
    expect([...dates].sort(compareDates).map((d) => d.date)).toEqual(['2012-11', '2013-02', '2013-02-10']);
  });
});
