import { describe, expect, it } from 'vitest';
import { formatDayField, parseDayField, stepDay } from './day-field';

describe('the "Known as of" field', () => {
  it('writes the day in the order and separators of the app’s language', () => {
    expect(formatDayField('2013-04-29', 'de')).toBe('29.04.2013');
    expect(formatDayField('2013-04-29', 'en')).toBe('29/04/2013');
  });

  it('reads the locale’s form, short or padded, and an ISO day in either language', () => {
    expect(parseDayField('29.04.2013', 'de')).toEqual({ ok: true, day: '2013-04-29' });
    expect(parseDayField(' 1.5.2013 ', 'de')).toEqual({ ok: true, day: '2013-05-01' });
    expect(parseDayField('01/05/2013', 'en')).toEqual({ ok: true, day: '2013-05-01' });
    expect(parseDayField('2013-04-29', 'de')).toEqual({ ok: true, day: '2013-04-29' });
    expect(parseDayField('', 'en')).toEqual({ ok: true, day: null });
  });

  it('refuses the other language’s form, days that do not exist and days out of range, saying which', () => {
    // Read as English, 04.05.2013 could be 5 April or 4 May: a German form on an English page is refused.
    expect(parseDayField('04.05.2013', 'en')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayField('05/04/2013', 'de')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayField('30.02.2013', 'de')).toEqual({ ok: false, reason: 'not-a-day' });
    expect(parseDayField('29/02/2013', 'en')).toEqual({ ok: false, reason: 'not-a-day' });
    expect(parseDayField('29/02/2012', 'en')).toEqual({ ok: true, day: '2012-02-29' });
    expect(parseDayField('01.01.1999', 'de')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseDayField('<script>', 'de')).toEqual({ ok: false, reason: 'format' });
  });

  it('steps a day across month and year ends', () => {
    expect(stepDay('2013-02-28', 1)).toBe('2013-03-01');
    expect(stepDay('2013-01-01', -1)).toBe('2012-12-31');
  });
});
