// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BARE_DOLLAR, ENGLISH_FORMULA_WORDS, modelTableRows, modelWords } from '../../../../test/charts';
import { seedIn } from '../../../../test/seed';
import type { Locale } from '../../../lib/i18n';
import type { Currency } from '../utils/currency';
import type { RevenueProfile } from '../utils/revenue';
import type { ChartModel } from './chart-model';
import { selectRevenueChart, type RevenueChartModel } from './revenue-model';
import { loadGerman } from '../../../../test/german';

loadGerman();

const model = (
  currency: Currency,
  asOf: string | null = null,
  locale: Locale = 'en',
  profile: RevenueProfile = 'even',
) => selectRevenueChart(seedIn(locale), { currency, profile }, locale, asOf);
function drawn(m: ChartModel<RevenueChartModel>): RevenueChartModel {
  if (m.empty !== null) throw new Error(`expected a chart, got "${m.empty}"`);
  return m;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the revenue chart, day by day', () => {
  it('has nothing to show before the deal was announced', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28'])
      expect(model('EUR', day)).toEqual({
        title: 'Projected extra revenue',
        empty: expect.stringMatching(/^Not public/),
      });
  });

  it('on 2013-04-29 spreads the reported total over 36 months that add up to it', () => {
    const m = drawn(model('EUR', '2013-04-29'));
    expect(m.rows).toHaveLength(36);
    expect(sum(m.rows.map((r) => r.amount))).toBe(290e6);
    expect(m.rows.at(-1)?.cumulative).toBe(290e6);
    expect(m.total).toEqual({ value: 290e6, label: 'Reported total about €290m', status: 'reported' });
  });
});

describe('statuses, by the one status rule', () => {
  it('models the months (they stand on the profile, an assumption); the total stays reported', () => {
    const m = drawn(model('EUR'));
    expect(m.rowStatus).toBe('modelled');
    expect(m.legend.map((l) => l.status)).toEqual(['modelled', 'modelled', 'reported']);
    const rows = modelTableRows(m.table);
    expect(rows[0][3]).toBe('Modelled');
    expect(rows.at(-1)).toEqual(['Reported total', '', 'about 290', 'Reported']);
  });

  it('keeps the months modelled when the total itself was converted, and derives the total', () => {
    const m = drawn(model('USD', '2013-04-29'));
    expect(m.rowStatus).toBe('modelled');
    expect(m.total.status).toBe('derived');
    expect(modelTableRows(m.table).at(-1)?.[3]).toBe('Derived: €290m × US$586m / €450m');
    // Its name no longer calls it reported, in the legend, the line's label or the table.
    expect(m.total.label).toBe('Converted total about US$378m');
    expect(m.legend.at(-1)).toEqual({ label: 'Converted total about US$378m', status: 'derived', mark: 'line' });
    expect(modelTableRows(m.table).at(-1)?.[0]).toBe('Converted total');
  });

  it('names the profile among the image’s parameters', () => {
    expect(drawn(model('EUR', null, 'en', 'ramp-up')).params).toEqual(['How the total spreads (modelled): Ramp-up']);
    expect(drawn(model('USD')).params).toContain('Amounts in USD');
  });
});

describe('the currency note', () => {
  it('names the total converted to dollars on 2013-04-29, before Xinhua’s USD 380M was public', () => {
    expect(drawn(model('USD', '2013-04-29')).currencyNote).toMatch(
      /^Converted: about US\$378m \(from €290m\), .*\(1 EUR = 1\.3022 USD\)/,
    );
  });

  it('is absent where nothing was converted: in euros, and in dollars once USD 380M was reported', () => {
    expect(drawn(model('EUR', '2013-04-29')).currencyNote).toBeNull();
    expect(drawn(model('EUR')).currencyNote).toBeNull();
    expect(drawn(model('USD')).currencyNote).toBeNull();
  });
});

describe('the German chart', () => {
  it('says everything in German, dollars as US$', () => {
    for (const [currency, day] of [
      ['EUR', null],
      ['USD', '2013-04-29'],
      ['USD', null],
    ] as const) {
      const m = drawn(model(currency, day, 'de'));
      for (const text of modelWords(m)) {
        expect(text, `${currency} ${day}`).not.toMatch(ENGLISH_FORMULA_WORDS);
        expect(text, `${currency} ${day}`).not.toMatch(BARE_DOLLAR);
      }
    }
    expect(drawn(model('USD', '2013-04-29', 'de')).currencyNote).toMatch(/^Umgerechnet: /);
  });
});

describe('the revenue table, at one scale per column', () => {
  it('never mixes "US$600k" or "600.000 US$" with "US$1.1m": every month in millions, one decimal', () => {
    for (const locale of ['en', 'de'] as const)
      for (const profile of ['even', 'ramp-up', 'front-loaded'] as const) {
        const m = drawn(model('USD', null, locale, profile));
        const rows = modelTableRows(m.table).slice(0, -1);
        expect(rows.length).toBe(36);
        for (const row of rows) {
          expect(row[1], `${locale} ${profile}`).toMatch(/^\d+[.,]\d$/);
          expect(row[2], `${locale} ${profile}`).toMatch(/^\d+[.,]\d$/);
        }
        expect(m.table?.columns.slice(1, 3)).toEqual(
          locale === 'en'
            ? ['Monthly amount (US$m)', 'Cumulative (US$m)']
            : ['Monatsbetrag (Mio.\u00a0US$)', 'Kumuliert (Mio.\u00a0US$)'],
        );
      }
  });

  it('gives the total in the cumulative column’s scale too', () => {
    expect(modelTableRows(drawn(model('EUR')).table).at(-1)).toEqual(['Reported total', '', 'about 290', 'Reported']);
    expect(modelTableRows(drawn(model('EUR', null, 'de', 'ramp-up')).table)[0].slice(1, 3)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+,\d$/)]),
    );
  });
});
