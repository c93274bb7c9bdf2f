import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { seedDeal, seedMetrics } from '../../../../mocks/data/alibaba-sina-weibo-2013';
import { DealSchema } from '../../../lib/schemas';
import { inCurrency, sourcePair } from './currency';
import { token } from './derive';
import { optionPresets, optionWhatIf, parseValuationInput } from './option';
import { selectStake, stakeRows } from './stake';
import { usersPoints } from './users';
import { selectValuation } from './valuation';

const deal = v.parse(DealSchema, seedDeal);

describe('the currency switch', () => {
  const pair = sourcePair(deal)!;

  it('uses the pair the sources report for the same payment, USD 586M for EUR 450M', () => {
    expect(pair.usdPerEur).toBeCloseTo(586 / 450, 12);
  });

  it('keeps a figure the sources report in the target currency as reported', () => {
    const usd = inCurrency(deal.terms.consideration!, 'USD', pair, deal.terms.considerationUsd);
    expect(usd).toMatchObject({ status: 'reported', value: 586e6, unit: 'USD' });
  });

  it('converts any other figure with the pair, derived, formula shown', () => {
    const usd = inCurrency(deal.projections!.revenue, 'USD', pair);
    expect(usd.status).toBe('derived');
    expect(usd.value).toBeCloseTo((290e6 * 586) / 450, 3);
    expect(usd.status === 'derived' && usd.formula).toBe('EUR 290M × USD 586M / EUR 450M');
    expect(usd.sources.map((c) => c.sourceId)).toEqual(
      expect.arrayContaining(['silicon-de', 'xinhua-chinadaily-2013-04-30']),
    );
  });

  it('converts back to euros with the inverse of the same pair', () => {
    const cap = deal.terms.laterOption!.valuationCapUsd;
    expect(inCurrency(cap, 'EUR', pair).value).toBeCloseTo((5.5e9 * 450) / 586, 3);
  });
});

describe('valuation', () => {
  it('derives EUR 2.5B from EUR 450M / 18 %', () => {
    const view = selectValuation(deal, 'EUR')!;
    expect(view.valuation.value).toBeCloseTo(2.5e9, 3);
    expect(view.valuation).toMatchObject({ status: 'derived', formula: 'EUR 450M / 18 %', qualifier: 'about' });
    expect(view.reportedValuation).toBeUndefined();
  });

  it('derives USD 586M / 18 % in dollars and sets the reported USD 3.26B beside it', () => {
    const view = selectValuation(deal, 'USD')!;
    expect(view.valuation.value).toBeCloseTo(586e6 / 0.18, 3);
    expect(view.reportedValuation?.value).toBe(3.26e9);
  });
});

describe('stake', () => {
  it('shows the 12-point headroom of the option, derived as 30 % − 18 %', () => {
    const view = selectStake(deal)!;
    expect(view.headroom).toMatchObject({ value: 12, status: 'derived', formula: '30 % − 18 %' });
    expect(stakeRows(view)).toEqual([
      { key: 'rumour', offset: 15, rumoured: 5, acquired: 0, headroom: 0 },
      { key: 'deal', offset: 0, rumoured: 0, acquired: 18, headroom: 12 },
    ]);
  });
});

describe('option what-if', () => {
  it('costs the 12 further points at the valuation the user picks', () => {
    const whatIf = optionWhatIf(deal, 5.5e9, 'USD')!;
    expect(whatIf.cost.value).toBeCloseTo(660e6, 3);
    expect(whatIf.cost).toMatchObject({ status: 'derived', formula: 'USD 5.5B × 12 %' });
    expect(whatIf.assumed.status).toBe('modelled');
    expect(whatIf.resultingStake.value).toBe(30);
  });

  it('offers the deal-implied valuation and the 2014 filing cap as presets', () => {
    const usd = optionPresets(deal, 'USD');
    expect(usd.map((p) => [p.id, p.valuation.status])).toEqual([
      ['deal-implied', 'derived'],
      ['filing-2014', 'reported'],
    ]);
    expect(usd[1].valuation.value).toBe(5.5e9);
    expect(optionPresets(deal, 'EUR')[1].valuation.status).toBe('derived');
  });

  it('reads valuations typed in either locale and explains what it refuses', () => {
    expect(parseValuationInput('5.5')).toEqual({ ok: true, value: 5.5e9 });
    expect(parseValuationInput(' 2,5 Mrd.')).toEqual({ ok: true, value: 2.5e9 });
    expect(parseValuationInput('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseValuationInput('abc')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseValuationInput('-3')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseValuationInput('1e3')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseValuationInput('0.01')).toEqual({ ok: false, reason: 'too-low' });
    expect(parseValuationInput('1000')).toEqual({ ok: false, reason: 'too-high' });
  });
});

describe('users', () => {
  it('orders the readings by date and marks "more than" as a floor', () => {
    const points = usersPoints(seedMetrics['registered-users']);
    expect(points.map((p) => [p.figure.value, p.atLeast])).toEqual([
      [400e6, true],
      [500e6, false],
    ]);
  });
});

describe('token', () => {
  it('writes formula operands without locale', () => {
    expect(token(450e6, 'EUR')).toBe('EUR 450M');
    expect(token(3.2556e9, 'USD')).toBe('USD 3.26B');
    expect(token(18, 'percent')).toBe('18 %');
  });
});
