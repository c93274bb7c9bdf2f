import { describe, expect, it } from 'vitest';
import { firstPublicDay } from './known';
import { asOfNotes } from './url-params';

describe('what "Known as of" from the address means for a deal', () => {
  it('says that nothing was public yet on a day before the first report, and keeps the day', () => {
    expect(asOfNotes('1900-01-01', '2012-11-30', '2026-12-07')).toEqual([
      {
        message: 'url.note.asof.beforeAll',
        days: { asOf: '1900-01-01', first: '2012-11-30' },
        text: { value: '1900-01-01' },
      },
    ]);
  });

  it('says that a day still to come is, and names today', () => {
    expect(asOfNotes('9999-12-31', '2012-11-30', '2026-12-07')).toEqual([
      {
        message: 'url.note.asof.future',
        days: { asOf: '9999-12-31', today: '2026-12-07' },
        text: { value: '9999-12-31' },
      },
    ]);
  });

  it('says nothing of a day with something public, or of no day', () => {
    expect(asOfNotes('2012-11-30', '2012-11-30', '2026-12-07')).toEqual([]);
    expect(asOfNotes('2026-12-07', '2012-11-30', '2026-12-07')).toEqual([]);
    expect(asOfNotes(null, '2012-11-30', '2026-12-07')).toEqual([]);
  });

  it('counts a month-precision report from the month’s last day', () => {
    expect(
      firstPublicDay([
        { precision: 'day', date: '2013-04-29' },
        { precision: 'month', date: '2012-11' },
      ]),
    ).toBe('2012-11-30');
    expect(firstPublicDay([])).toBeNull();
  });
});
