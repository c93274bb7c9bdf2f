// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatAtStep, formatFigure, formatPartialDate, formatValue } from './format';
import type { Figure } from './schemas';
import { loadGerman } from '../../test/german';

loadGerman();

const nbsp = (s: string) => s.replace(/\s/g, ' ');
const figure = (over: Partial<Figure>): Figure =>
  ({
    id: 'x',
    label: 'x',
    status: 'reported',
    value: 1,
    qualifier: 'exact',
    unit: 'count',
    publicOn: { precision: 'day', date: '2013-04-29' },
    sources: [{ sourceId: 's' }],
    ...over,
  }) as Figure;

describe('formatFigure', () => {
  it('writes money compactly in each locale', () => {
    expect(formatFigure(figure({ value: 450e6, unit: 'EUR' }), 'en')).toBe('€450m');
    expect(nbsp(formatFigure(figure({ value: 450e6, unit: 'EUR' }), 'de'))).toBe('450 Mio. €');
    expect(formatFigure(figure({ value: 3.26e9, unit: 'USD' }), 'en')).toBe('US$3.26bn');
  });

  it('writes percentages from percentage points', () => {
    expect(formatFigure(figure({ value: 30, unit: 'percent' }), 'en')).toBe('30%');
    expect(nbsp(formatFigure(figure({ value: 9.3, unit: 'percent' }), 'de'))).toBe('9,3 %');
  });

  it('says "about", "more than" and ranges in words of the locale', () => {
    expect(formatFigure(figure({ value: 290e6, unit: 'EUR', qualifier: 'about' }), 'en')).toBe('about €290m');
    expect(formatFigure(figure({ value: 400e6, unit: 'users', qualifier: 'over' }), 'en')).toBe('400m+');
    expect(nbsp(formatFigure(figure({ value: 400e6, unit: 'users', qualifier: 'over' }), 'de'))).toBe('über 400 Mio.');
    expect(nbsp(formatFigure(figure({ value: 15, valueHigh: 20, unit: 'percent', qualifier: 'range' }), 'de'))).toBe(
      '15–20 %',
    );
    // As the deal's texts write it ("Rumours of a 15–20% Alibaba stake"), not Intl's "15% – 20%".
    expect(formatFigure(figure({ value: 15, valueHigh: 20, unit: 'percent', qualifier: 'range' }), 'en')).toBe(
      '15–20%',
    );
  });

  it('writes durations in months', () => {
    expect(formatValue(36, 'months', 'en')).toBe('36 months');
    expect(formatValue(36, 'months', 'de')).toBe('36 Monate');
  });
});

describe('formatPartialDate', () => {
  it('writes a day in full and a month without inventing a day', () => {
    expect(formatPartialDate({ precision: 'day', date: '2013-04-29' }, 'en')).toBe('29 Apr 2013');
    expect(formatPartialDate({ precision: 'month', date: '2012-11' }, 'en')).toBe('Nov 2012');
    expect(formatPartialDate({ precision: 'month', date: '2013-02' }, 'de')).toBe('Feb. 2013');
  });
});

describe('formatValue', () => {
  it('keeps three significant digits for large amounts and the cents of small ones', () => {
    expect(formatValue(390_672_000, 'USD', 'en')).toBe('US$391m');
    expect(formatValue(55.03, 'USD', 'en')).toBe('US$55.03');
    expect(formatValue(0, 'EUR', 'en')).toBe('€0');
  });
});

describe('dollars in German', () => {
  it('say "US$", never a bare "$", in every form a number takes', () => {
    expect(nbsp(formatValue(586e6, 'USD', 'de'))).toBe('586 Mio. US$');
    expect(nbsp(formatValue(55.03, 'USD', 'de'))).toBe('55,03 US$');
    expect(nbsp(formatFigure(figure({ value: 3.26e9, unit: 'USD', qualifier: 'about' }), 'de'))).toBe(
      'etwa 3,26 Mrd. US$',
    );
    expect(nbsp(formatAtStep(121.5e6, 'USD', 1e5, 'de'))).toBe('121,5 Mio. US$');
    const range = formatFigure(figure({ value: 1e6, valueHigh: 2e6, unit: 'USD', qualifier: 'range' }), 'de');
    expect(range).not.toMatch(/(?<!US)\$/);
    expect(nbsp(formatValue(450e6, 'EUR', 'de'))).toBe('450 Mio. €');
  });
});
