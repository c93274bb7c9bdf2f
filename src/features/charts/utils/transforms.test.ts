// @vitest-environment node
import { seedIn, seedMetricIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { type Figure } from '../../../lib/schemas';
import { inCurrency, sourcePair } from './currency';
import { derive, isPoints } from './derive';
import { optionPresets, optionWhatIf, parseValuationInput } from './option';
import { selectStake, stakeRows } from './stake';
import { usersPoints } from './users';
import { selectValuation } from './valuation';

const deal = seedIn('en');

describe('the currency switch', () => {
  const pair = sourcePair(deal)!;

  it('uses the pair the sources report for the same payment, USD 586M for EUR 450M', () => {
    expect(pair.usdPerEur).toBeCloseTo(586 / 450, 12);
  });

  it('keeps a figure the sources report in the target currency as reported', () => {
    const usd = inCurrency(deal.terms.consideration!, 'USD', pair, 'en', deal.terms.considerationUsd);
    expect(usd).toMatchObject({ status: 'reported', value: 586e6, unit: 'USD' });
  });

  it('converts any other figure with the pair, derived, formula shown', () => {
    const usd = inCurrency(deal.projections!.revenue, 'USD', pair, 'en');
    expect(usd.status).toBe('derived');
    expect(usd.value).toBeCloseTo((290e6 * 586) / 450, 3);
    expect(usd.status === 'derived' && usd.formula).toBe('€290m × US$586m / €450m');
    expect(usd.sources.map((c) => c.sourceId)).toEqual(
      expect.arrayContaining(['silicon-de', 'xinhua-chinadaily-2013-04-30']),
    );
  });

  it('converts back to euros with the inverse of the same pair', () => {
    const cap = deal.terms.laterOption!.valuationCapUsd;
    expect(inCurrency(cap, 'EUR', pair, 'en').value).toBeCloseTo((5.5e9 * 450) / 586, 3);
  });
});

describe('valuation', () => {
  it('derives EUR 2.5B from EUR 450M / 18 %, the formula in the reader’s format', () => {
    const view = selectValuation(deal, 'EUR', null, 'en')!;
    expect(view.valuation.value).toBeCloseTo(2.5e9, 3);
    expect(view.valuation).toMatchObject({ status: 'derived', formula: '€450m / 18%', qualifier: 'about' });
    expect(view.reportedValuation).toBeUndefined();
  });

  it('derives USD 586M / 18 % in dollars and sets the reported USD 3.26B beside it', () => {
    const view = selectValuation(deal, 'USD', null, 'en')!;
    expect(view.valuation.value).toBeCloseTo(586e6 / 0.18, 3);
    expect(view.reportedValuation?.value).toBe(3.26e9);
  });
});

describe('stake', () => {
  it('shows the 12-point headroom of the option, derived as 30 % − 18 %', () => {
    const view = selectStake(deal, null, 'en')!;
    expect(view.headroom).toMatchObject({ value: 12, status: 'derived', formula: '30% − 18%' });
    expect(isPoints(view.headroom!)).toBe(true);
    expect(isPoints(view.acquired!)).toBe(false);
    expect(stakeRows(view)).toEqual([{ key: 'deal', acquired: 18, headroom: 12 }]);
  });
});

describe('option what-if', () => {
  it('costs the 12 further points at a valuation the reader types: modelled, on that assumption', () => {
    const whatIf = optionWhatIf(deal, 5e9, 'USD', null, 'en')!;
    expect(whatIf.cost.value).toBeCloseTo(600e6, 3);
    expect(whatIf.valuation.status).toBe('modelled');
    expect(whatIf.cost).toMatchObject({ status: 'modelled', formula: 'US$5bn × 12 pts' });
    expect(whatIf.cost.status === 'modelled' && whatIf.cost.assumption).toMatch(/valuation of US\$5bn/);
    expect(whatIf.ceiling.value).toBe(30);
  });

  it('models the cost at the deal-implied valuation: using it as the price at exercise is an assumption', () => {
    const preset = optionPresets(deal, 'EUR', null, 'en')[0];
    expect(preset.valuation).toMatchObject({ id: 'computed:implied-valuation-eur', status: 'derived' });
    const whatIf = optionWhatIf(deal, preset.valuation.value, 'EUR', null, 'en')!;
    expect(whatIf.preset).toBe('deal-implied');
    expect(whatIf.valuation).toMatchObject({ status: 'modelled', value: preset.valuation.value });
    expect(whatIf.valuation.status === 'modelled' && whatIf.valuation.assumption).toBe(
      'The deal’s implied valuation, €2.5bn, is used as the price at exercise; the sources say only “at a mutually agreed price” („zu einem gemeinsam vereinbarten Kurs“).',
    );
    expect(whatIf.cost).toMatchObject({ status: 'modelled', formula: '€2.5bn × 12 pts' });
    // Typed as the URL rounds it, it is still the deal's valuation, and still modelled.
    expect(optionWhatIf(deal, 2.5e9, 'EUR', null, 'en')!.preset).toBe('deal-implied');
  });

  it('models the cost at the 2014 cap, an upper bound, in dollars only', () => {
    const usd = optionWhatIf(deal, 5.5e9, 'USD', null, 'en')!;
    expect(usd.preset).toBe('filing-2014');
    expect(usd.valuation.status).toBe('modelled');
    expect(usd.valuation.status === 'modelled' && usd.valuation.assumption).toMatch(/It is an upper bound/);
    expect(usd.cost.value).toBeCloseTo(660e6, 3);
    expect(usd.cost).toMatchObject({ status: 'modelled', formula: 'US$5.5bn × 12 pts' });
    // In euros no valuation stands for the cap: it is never converted at the 2013 payment's ratio.
    expect(optionWhatIf(deal, 4.22e9, 'EUR', null, 'en')!.preset).toBeUndefined();
  });

  it('offers the deal-implied valuation and the 2014 filing cap as presets, the cap in dollars in either view', () => {
    const usd = optionPresets(deal, 'USD', null, 'en');
    expect(usd.map((p) => [p.id, p.valuation.status, p.currency])).toEqual([
      ['deal-implied', 'derived', 'USD'],
      ['filing-2014', 'reported', 'USD'],
    ]);
    expect(usd[1].valuation.value).toBe(5.5e9);
    const eur = optionPresets(deal, 'EUR', null, 'en');
    expect(eur.map((p) => [p.id, p.valuation.status, p.currency, p.valuation.unit])).toEqual([
      ['deal-implied', 'derived', 'EUR', 'EUR'],
      ['filing-2014', 'reported', 'USD', 'USD'],
    ]);
  });

  it('reads valuations typed in either locale and explains what it refuses', () => {
    expect(parseValuationInput('5.5')).toEqual({ ok: true, value: 5.5e9 });
    expect(parseValuationInput(' 2,5 Mrd.')).toEqual({ ok: true, value: 2.5e9 });
    expect(parseValuationInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseValuationInput('abc')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseValuationInput('-3')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseValuationInput('-1')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseValuationInput('0')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseValuationInput('−2,5')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseValuationInput('1e3')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseValuationInput('0.01')).toEqual({ ok: false, reason: 'too-low' });
    expect(parseValuationInput('1000')).toEqual({ ok: false, reason: 'too-high' });
  });
});

describe('users', () => {
  it('orders the readings by date and marks "more than" as a floor', () => {
    const points = usersPoints(seedMetricIn('registered-users', 'en'));
    expect(points.map((p) => [p.figure.value, p.atLeast])).toEqual([
      [400e6, true],
      [500e6, false],
    ]);
  });
});

describe('derive', () => {
  const reported = deal.terms.consideration!;
  const modelled: Figure = {
    id: 'assumed',
    label: 'Assumed',
    status: 'modelled',
    value: 2,
    unit: 'count',
    qualifier: 'exact',
    assumption: 'Two, for the sake of argument.',
    publicOn: reported.publicOn,
    sources: reported.sources,
  };
  const spec = { name: 'x', label: 'X', value: 1, unit: 'count' as const, formula: 'a × b' };

  it('derives from reported and derived inputs only', () => {
    const derived = derive({ ...spec, inputs: [reported] });
    expect(derived.status).toBe('derived');
    expect(derive({ ...spec, inputs: [reported, derived] })).toMatchObject({ status: 'derived', formula: 'a × b' });
  });

  it('models what stands on a modelled input, with its formula and the assumption behind it', () => {
    const figure = derive({ ...spec, inputs: [reported, modelled] });
    expect(figure).toMatchObject({ status: 'modelled', formula: 'a × b', inputs: ['consideration', 'assumed'] });
    expect(figure.status === 'modelled' && figure.assumption).toBe('Two, for the sake of argument.');
  });

  it('gives a computed figure an id no deal file can hold, so it never meets the reported one', () => {
    expect(derive({ ...spec, name: 'implied-valuation-usd', inputs: [reported] }).id).toBe(
      'computed:implied-valuation-usd',
    );
  });
});
