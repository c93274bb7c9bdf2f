import { seedIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { type Deal, type Figure } from '../../../lib/schemas';
import { conversions, currencyNoteText, sourcePair, type Currency } from './currency';
import { optionPresets, optionWhatIf } from './option';
import { selectProjection } from './revenue';
import { selectValuation } from './valuation';

const deal = seedIn('en');

// What each chart shows, as its view passes it to the currency note.
function valuationShown(d: Deal, currency: Currency, asOf: string | null = null): (Figure | undefined)[] {
  const view = selectValuation(d, currency, asOf, 'en')!;
  return [view.price, view.valuation, view.reportedValuation];
}
function revenueShown(d: Deal, currency: Currency, asOf: string | null = null): (Figure | undefined)[] {
  const projection = selectProjection(d, currency, asOf, 'en')!;
  return [projection.total, projection.horizon];
}
function optionShown(d: Deal, currency: Currency, asOf: string | null = null): (Figure | undefined)[] {
  const presets = optionPresets(d, currency, asOf, 'en');
  const whatIf = optionWhatIf(d, presets[0].valuation.value, currency, asOf, 'en')!;
  return [...presets.map((p) => p.valuation), whatIf.price, whatIf.headroom, whatIf.cost];
}
const ids = (shown: (Figure | undefined)[], d: Deal = deal, asOf: string | null = null) =>
  conversions(shown, sourcePair(d, asOf)).map((c) => c.figure.id);

describe('which shown values were converted with the sources’ pair', () => {
  it('valuation: none in euros, none in dollars (USD 586M and USD 3.26B are reported)', () => {
    expect(ids(valuationShown(deal, 'EUR'))).toEqual([]);
    expect(ids(valuationShown(deal, 'USD'))).toEqual([]);
  });

  it('revenue: none in euros, none in dollars once Xinhua’s USD 380M is public', () => {
    expect(ids(revenueShown(deal, 'EUR'))).toEqual([]);
    expect(ids(revenueShown(deal, 'USD'))).toEqual([]);
  });

  it('revenue: on 2013-04-29, before Xinhua’s USD 380M, the dollar total is EUR 290M converted', () => {
    const shown = revenueShown(deal, 'USD', '2013-04-29');
    expect(ids(shown, deal, '2013-04-29')).toEqual(['computed:projected-revenue-in-usd']);
    expect(ids(revenueShown(deal, 'EUR', '2013-04-29'), deal, '2013-04-29')).toEqual([]);
  });

  it('option: in euros the 2014 cap of USD 5.5B is converted; in dollars nothing is', () => {
    const eur = conversions(optionShown(deal, 'EUR'), sourcePair(deal));
    expect(eur.map((c) => c.figure.id)).toEqual(['computed:option-valuation-cap-2014-in-eur']);
    expect(eur[0].figure.value).toBeCloseTo((5.5e9 * 450) / 586, 0);
    expect(eur[0].from).toEqual({ value: expect.closeTo(5.5e9, 0), unit: 'USD' });
    expect(ids(optionShown(deal, 'USD'))).toEqual([]);
  });

  it('option: before the 2014 filing was public, nothing is converted in euros either', () => {
    expect(ids(optionShown(deal, 'EUR', '2013-05-01'), deal, '2013-05-01')).toEqual([]);
  });
});

describe('the currency note', () => {
  it('names the converted value, what it came from, and the pair: 1 EUR = 1.3022 USD', () => {
    expect(currencyNoteText(optionShown(deal, 'EUR'), sourcePair(deal), 'en')).toBe(
      'Converted: about €4.22bn (from US$5.5bn), with the pair the sources report for the same payment, US$586m = €450m (1 EUR = 1.3022 USD), never a market rate.',
    );
    expect(currencyNoteText(optionShown(deal, 'EUR'), sourcePair(deal), 'de')).toMatch(
      /^Umgerechnet: etwa 4,22\sMrd\.\s€ \(aus 5,5\sMrd\.\s\S+\), .*\(1 EUR = 1,3022 USD\)/,
    );
  });

  it('is absent where nothing shown was converted', () => {
    expect(currencyNoteText(valuationShown(deal, 'USD'), sourcePair(deal), 'en')).toBeNull();
    expect(currencyNoteText(optionShown(deal, 'USD'), sourcePair(deal), 'en')).toBeNull();
  });
});
