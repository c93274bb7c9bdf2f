// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BARE_DOLLAR, ENGLISH_FORMULA_WORDS, modelTableRows, modelWords } from '../../../../test/charts';
import { seedIn } from '../../../../test/seed';
import type { Locale } from '../../../lib/i18n';
import type { Currency } from '../utils/currency';
import type { ChartModel } from './chart-model';
import { selectValuationChart, type ValuationChartModel } from './valuation-model';
import { loadGerman } from '../../../../test/german';

loadGerman();

const model = (currency: Currency, asOf: string | null = null, locale: Locale = 'en') =>
  selectValuationChart(seedIn(locale), { currency }, locale, asOf);
function drawn(m: ChartModel<ValuationChartModel>): ValuationChartModel {
  if (m.empty !== null) throw new Error(`expected a chart, got "${m.empty}"`);
  return m;
}

describe('the valuation chart, day by day', () => {
  it('has nothing to show before the deal was announced on 29 Apr 2013', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28']) {
      const m = model('EUR', day);
      expect(m.empty, day).toMatch(/^Not public yet on /);
      expect(m).not.toHaveProperty('rows');
    }
  });

  it('on 2013-04-29 draws the price paid and the valuation it implies', () => {
    const m = drawn(model('EUR', '2013-04-29'));
    expect(m.rows.map((r) => [r.name, r.valueLabel, r.status])).toEqual([
      ['Price paid (for about 18%)', '€450m', 'reported'],
      ['Implied valuation of Weibo', 'about €2.5bn', 'derived'],
    ]);
    expect(m.subtitle).toBe('As of 29 Apr 2013 · EUR');
  });
});

describe('statuses and formulas', () => {
  it('derives the valuation from the reported price and stake, the formula in the reader’s format', () => {
    const m = drawn(model('EUR'));
    expect(m.legend.map((l) => l.status)).toEqual(['reported', 'derived']);
    expect(modelTableRows(m.table)[1][2]).toBe('Derived: €450m / 18%');
    const de = drawn(model('EUR', null, 'de'));
    expect(modelTableRows(de.table)[1].slice(0, 3)).toEqual([
      'Implizite Bewertung von Weibo',
      'etwa 2,5\u00a0Mrd.\u00a0€',
      'Abgeleitet: 450\u00a0Mio.\u00a0€ / 18\u00a0%',
    ]);
  });

  it('in dollars sets the valuation a source reports beside the derived one', () => {
    const m = drawn(model('USD'));
    expect(m.rows.map((r) => r.status)).toEqual(['reported', 'derived', 'reported']);
    expect(modelTableRows(m.table)[1][2]).toBe('Derived: US$586m / 18%');
  });
});

describe('the currency note', () => {
  it('is absent in euros and in dollars: the sources report the price in both, nothing is converted', () => {
    expect(drawn(model('EUR')).currencyNote).toBeNull();
    expect(drawn(model('USD')).currencyNote).toBeNull();
    expect(drawn(model('USD', '2013-04-29')).currencyNote).toBeNull();
  });
});

describe('the German chart', () => {
  it('says everything in German, dollars as US$', () => {
    for (const currency of ['EUR', 'USD'] as const) {
      for (const text of modelWords(drawn(model(currency, null, 'de')))) {
        expect(text, currency).not.toMatch(ENGLISH_FORMULA_WORDS);
        expect(text, currency).not.toMatch(BARE_DOLLAR);
      }
    }
  });
});
