// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstPublicDate } from './known';
import { asOfNotes } from './url-params';

const NOV_2012 = { precision: 'month', date: '2012-11' } as const;

describe('what "Known as of" from the address means for a deal', () => {
  it('says that nothing was public yet on a day before the first report, and keeps the day', () => {
    expect(asOfNotes('1900-01-01', NOV_2012, '2026-12-07')).toEqual([
      {
        message: 'url.note.asof.beforeAll',
        days: { asOf: '1900-01-01' },
        dates: { first: NOV_2012 },
        text: { value: '1900-01-01' },
      },
    ]);
  });

  it('says that a day still to come is, and names today', () => {
    expect(asOfNotes('9999-12-31', NOV_2012, '2026-12-07')).toEqual([
      {
        message: 'url.note.asof.future',
        days: { asOf: '9999-12-31', today: '2026-12-07' },
        text: { value: '9999-12-31' },
      },
    ]);
  });

  it('says nothing of a day with something public, or of no day', () => {
    expect(asOfNotes('2012-11-30', NOV_2012, '2026-12-07')).toEqual([]);
    expect(asOfNotes('2026-12-07', NOV_2012, '2026-12-07')).toEqual([]);
    expect(asOfNotes(null, NOV_2012, '2026-12-07')).toEqual([]);
  });

  it('says nothing on the last day of the first report’s month: a month counts from its last day', () => {
    expect(asOfNotes('2012-11-30', NOV_2012, '2026-12-07')).toEqual([]);
    expect(asOfNotes('2012-11-29', NOV_2012, '2026-12-07')).toHaveLength(1);
  });

  it('names the earliest report as precisely as its source dates it, never a day it does not give', () => {
    expect(
      firstPublicDate([
        { precision: 'day', date: '2013-04-29' },
        { precision: 'month', date: '2012-11' },
      ]),
    ).toEqual(NOV_2012);
    expect(firstPublicDate([])).toBeNull();
  });
});
