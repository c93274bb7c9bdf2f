// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BARE_DOLLAR, ENGLISH_FORMULA_WORDS, modelTableRows, modelWords } from '../../../../test/charts';
import { seedIn } from '../../../../test/seed';
import type { Locale } from '../../../lib/i18n';
import type { Currency } from '../utils/currency';
import type { ChartModel } from './chart-model';
import { selectOptionChart, valuationErrorText, type OptionChartModel } from './option-model';
import { loadGerman } from '../../../../test/german';

loadGerman();

const model = (
  currency: Currency,
  valuation: number | null = null,
  asOf: string | null = null,
  locale: Locale = 'en',
) => selectOptionChart(seedIn(locale), { currency, valuation }, locale, asOf);
function drawn(m: ChartModel<OptionChartModel>): OptionChartModel {
  if (m.empty !== null) throw new Error(`expected a chart, got "${m.empty}"`);
  return m;
}
/** The row of the data table that costs the further points. */
const costRow = (m: OptionChartModel) => modelTableRows(m.table)[3];

describe('the option what-if, day by day', () => {
  it('has nothing to cost before the option was public', () => {
    for (const day of ['2012-12-01', '2013-03-01', '2013-04-28'])
      expect(model('EUR', null, day).empty, day).toMatch(/^Not public/);
  });

  it('on 2013-04-29 costs the 12 points at the deal’s implied valuation, modelled; the 2014 cap is not yet a preset', () => {
    const m = drawn(model('EUR', null, '2013-04-29'));
    expect(m.presets.map((p) => [p.id, p.active])).toEqual([['deal-implied', true]]);
    expect(m.presets[0].label).toBe('At the deal’s implied valuation: about €2.5bn');
    expect(m.valuation).toBeCloseTo(2.5e9, 0);
    expect(costRow(m).slice(0, 3)).toEqual([
      'Cost of 12 points more at €2.5bn',
      'about €300m',
      'Modelled: €2.5bn × 12 pts · Assumption: The deal’s implied valuation, €2.5bn, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
    ]);
    expect(m.notes.some((n) => /2014/.test(n.text))).toBe(false);
  });

  it('offers the 2014 filing cap from 18 Mar 2014, the day Barron’s reported it, with the filing’s terms as a note', () => {
    expect(drawn(model('USD', null, '2014-03-17')).presets.map((p) => p.id)).toEqual(['deal-implied']);
    const m = drawn(model('USD', null, '2014-03-18'));
    expect(m.presets.map((p) => [p.id, p.status])).toEqual([
      ['deal-implied', 'derived'],
      ['filing-2014', 'reported'],
    ]);
    expect(m.presets[1].label).toBe('2014 filing cap: at most US$5.5bn');
    expect(m.notes.at(-1)?.text).toMatch(/^Reported later: .*\(Barron's, 18 Mar 2014\)$/);
  });

  it('says the option’s ceiling as the reported fact it is: up to 30%, fully diluted', () => {
    const m = drawn(model('EUR'));
    expect(m.notes[0]).toMatchObject({
      text: 'The option’s ceiling: up to 30% of Weibo, fully diluted.',
      parts: [{ status: 'reported' }],
    });
    expect(JSON.stringify(m)).not.toContain('Resulting stake');
  });
});

describe('statuses, by the one status rule', () => {
  it('models the valuation at exercise and the cost at the 2014 cap, and calls the cost an upper bound', () => {
    const m = drawn(model('USD', 5.5e9));
    expect(m.rows.map((r) => r.status)).toEqual(['reported', 'modelled']);
    expect(m.presets.find((p) => p.id === 'filing-2014')?.active).toBe(true);
    expect(costRow(m).slice(0, 3)).toEqual([
      'At most: cost of 12 points more at the cap of US$5.5bn',
      'about US$660m',
      'Modelled: US$5.5bn × 12 pts · Assumption: The 2014 filing’s cap, US$5.5bn, is used as the price at exercise. It is an upper bound: the filing sets the lower of 15% below the IPO price or this valuation.',
    ]);
  });

  it('models the valuation at exercise at the deal’s implied valuation too: no source gives that price', () => {
    const m = drawn(model('EUR'));
    expect(m.rows.map((r) => r.status)).toEqual(['reported', 'modelled']);
    const field = modelTableRows(m.table)[0];
    expect(field.slice(0, 3)).toEqual([
      'Valuation of all of Weibo at exercise, in billions of EUR',
      'about €2.5bn',
      expect.stringMatching(/^Modelled: The deal’s implied valuation, €2\.5bn, is used as the price at exercise/),
    ]);
  });

  it('models the cost at a valuation the reader chose, and names the assumption wherever the cost is told', () => {
    const m = drawn(model('EUR', 4e9));
    expect(m.legend).toContainEqual({ label: 'Cost of 12 points more at €4bn', status: 'modelled' });
    expect(costRow(m)[2]).toMatch(
      /^Modelled: €4bn × 12 pts · Assumption: The option is exercised at a valuation of €4bn/,
    );
    const formula = m.notes.find((n) => n.text.startsWith('Formula:'));
    expect(formula?.text).toBe('Formula: €4bn × 12 pts (Modelled) · Assumption: €4bn (Modelled)');
    expect(formula?.parts?.map((p) => p.status)).toEqual([undefined, 'modelled', 'modelled']);
    expect(m.presets.every((p) => !p.active)).toBe(true);
    expect(m.params).toEqual(['Valuation of all of Weibo at exercise, in billions of EUR: €4bn']);
  });
});

describe('the headroom, in percentage points', () => {
  it('is 12 points in the table, the subtitle and the formula', () => {
    const m = drawn(model('EUR'));
    expect(modelTableRows(m.table)[1].slice(0, 2)).toEqual(['Option headroom', 'about 12 points']);
    expect(m.subtitle).toMatch(/^From about 18% to 30%: 12 points more · As of /);
  });
});

describe('the 2014 cap is not converted at the 2013 payment’s ratio', () => {
  it('in euros offers the cap in US dollars, says why, and converts nothing', () => {
    const m = drawn(model('EUR'));
    expect(m.presets.map((p) => [p.id, p.label, p.currency])).toEqual([
      ['deal-implied', 'At the deal’s implied valuation: about €2.5bn', 'EUR'],
      ['filing-2014', '2014 filing cap: at most US$5.5bn', 'USD'],
    ]);
    expect(m.currencyNote).toBeNull();
    expect(m.notes.at(-1)?.text).toBe(
      'The 2014 cap (US$5.5bn) stays in US dollars: the only ratio the sources give is the April 2013 payment’s, not one of March 2014. Its preset shows the what-if in US$.',
    );
    expect(JSON.stringify(m)).not.toMatch(/4[.,]22/);
  });

  it('in dollars needs no such note, and before the cap was public there is none either', () => {
    expect(drawn(model('USD')).notes.some((n) => /stays in US dollars/.test(n.text))).toBe(false);
    expect(drawn(model('EUR', null, '2014-03-17')).notes.some((n) => /2014/.test(n.text))).toBe(false);
    expect(drawn(model('USD')).currencyNote).toBeNull();
  });
});

describe('the German chart', () => {
  it('writes the formula and the assumption in German, with German numbers', () => {
    const m = drawn(model('EUR', 4e9, null, 'de'));
    expect(costRow(m)[2]).toBe(
      'Modelliert: 4\u00a0Mrd.\u00a0€ × 12 Pp. · Annahme: Die Option wird bei einer Bewertung von 4\u00a0Mrd.\u00a0€ für ganz Weibo ausgeübt; die Quellen sagen nur „zu einem gemeinsam vereinbarten Kurs“.',
    );
    expect(drawn(model('EUR', null, null, 'de')).notes[1].parts?.[1].text).toBe('2,5\u00a0Mrd.\u00a0€ × 12 Pp.');
  });

  it('says everything in German, dollars as US$, in either currency and at any valuation', () => {
    for (const [currency, valuation] of [
      ['EUR', null],
      ['EUR', 4e9],
      ['USD', null],
      ['USD', 5.5e9],
    ] as const) {
      for (const text of modelWords(drawn(model(currency, valuation, null, 'de')))) {
        expect(text, `${currency} ${valuation}`).not.toMatch(ENGLISH_FORMULA_WORDS);
        expect(text, `${currency} ${valuation}`).not.toMatch(BARE_DOLLAR);
      }
    }
  });

  it('explains a refused valuation in German', () => {
    expect(valuationErrorText({ ok: false, reason: 'too-high' }, '500', 50e9, 'EUR', 'de')).toBe(
      'Die Bewertung darf höchstens 100 Milliarden betragen. Das Diagramm zeigt weiter 50\u00a0Mrd.\u00a0€.',
    );
  });
});
