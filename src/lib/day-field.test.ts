// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { browserDayOrder, dayFieldForm, formatDayField, parseDayField, stepDay } from './day-field';

const de = dayFieldForm('de', 'dmy');
const gb = dayFieldForm('en', 'dmy');
const us = dayFieldForm('en', 'mdy');
const iso = dayFieldForm('en', 'ymd');

describe('the "Known as of" field', () => {
  it('writes the day in the order of the page’s language and the reader’s region', () => {
    expect(formatDayField('2013-04-29', de)).toBe('29.04.2013');
    expect(formatDayField('2013-04-29', gb)).toBe('29/04/2013');
    expect(formatDayField('2013-04-29', us)).toBe('04/29/2013');
    expect(formatDayField('2013-04-29', iso)).toBe('2013-04-29');
    // A German page stays day first whatever the browser's region.
    expect(dayFieldForm('de', 'mdy').pattern).toBe('TT.MM.JJJJ');
  });

  it('reads 12/01/2012 as 1 December in a US browser and 12 January in a British one', () => {
    expect(parseDayField('12/01/2012', us)).toEqual({ ok: true, day: '2012-12-01' });
    expect(parseDayField('12/01/2012', gb)).toEqual({ ok: true, day: '2012-01-12' });
    expect(parseDayField('12/01/2012', iso)).toEqual({ ok: false, reason: 'format' });
  });

  it('takes the order from the browser’s first English language, else its first language', () => {
    expect(browserDayOrder(['en-US', 'en'])).toBe('mdy');
    expect(browserDayOrder(['en-GB'])).toBe('dmy');
    expect(browserDayOrder(['de-DE', 'en-US'])).toBe('mdy');
    expect(browserDayOrder(['en-CA'])).toBe('ymd');
    expect(browserDayOrder(['fr-FR'])).toBe('dmy');
    expect(browserDayOrder([])).toBe('dmy');
  });

  it('reads the locale’s form, short or padded, and an ISO day in either language', () => {
    expect(parseDayField('29.04.2013', de)).toEqual({ ok: true, day: '2013-04-29' });
    expect(parseDayField(' 1.5.2013 ', de)).toEqual({ ok: true, day: '2013-05-01' });
    expect(parseDayField('01/05/2013', gb)).toEqual({ ok: true, day: '2013-05-01' });
    expect(parseDayField('2013-04-29', de)).toEqual({ ok: true, day: '2013-04-29' });
    expect(parseDayField('2013-04-29', us)).toEqual({ ok: true, day: '2013-04-29' });
    expect(parseDayField('', gb)).toEqual({ ok: true, day: null });
  });

  it('refuses the other language’s form, days that do not exist and days out of range, saying which', () => {
    // Read as English, 04.05.2013 could be 5 April or 4 May: a German form on an English page is refused.
    expect(parseDayField('04.05.2013', gb)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayField('05/04/2013', de)).toEqual({ ok: false, reason: 'format' });
    expect(parseDayField('30.02.2013', de)).toEqual({ ok: false, reason: 'not-a-day' });
    expect(parseDayField('29/02/2013', gb)).toEqual({ ok: false, reason: 'not-a-day' });
    expect(parseDayField('29/04/2013', us)).toEqual({ ok: false, reason: 'not-a-day' });
    expect(parseDayField('29/02/2012', gb)).toEqual({ ok: true, day: '2012-02-29' });
    expect(parseDayField('01.01.1999', de)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseDayField('<script>', de)).toEqual({ ok: false, reason: 'format' });
  });

  it('steps a day across month and year ends', () => {
    expect(stepDay('2013-02-28', 1)).toBe('2013-03-01');
    expect(stepDay('2013-01-01', -1)).toBe('2012-12-31');
  });
});
