// @vitest-environment node
import { seedIn } from '../../../../test/seed';
import { describe, expect, it } from 'vitest';

import { type Deal, type Figure } from '../../../lib/schemas';
import { conversions, currencyNoteText, sourcePair, type Currency } from './currency';
import { optionPresets, optionWhatIf } from './option';
import { selectProjection } from './revenue';
import { selectValuation } from './valuation';
import { loadGerman } from '../../../../test/german';

loadGerman();

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

  it('option: nothing is converted, in euros or dollars: the 2014 cap stays in the dollars of its day', () => {
    expect(ids(optionShown(deal, 'EUR'))).toEqual([]);
    expect(ids(optionShown(deal, 'USD'))).toEqual([]);
  });

  it('option: before the 2014 filing was public, nothing is converted in euros either', () => {
    expect(ids(optionShown(deal, 'EUR', '2013-05-01'), deal, '2013-05-01')).toEqual([]);
  });
});

describe('the currency note', () => {
  it('names the converted value, what it came from, and the pair: 1 EUR = 1.3022 USD', () => {
    const day = '2013-04-29';
    expect(currencyNoteText(revenueShown(deal, 'USD', day), sourcePair(deal, day), 'en')).toBe(
      'Converted: about US$378m (from €290m), with the pair the sources report for the same payment, US$586m = €450m (1 EUR = 1.3022 USD), never a market rate.',
    );
    expect(currencyNoteText(revenueShown(deal, 'USD', day), sourcePair(deal, day), 'de')).toMatch(
      /^Umgerechnet: etwa 378\sMio\.\sUS\$ \(aus 290\sMio\.\s€\), .*\(1 EUR = 1,3022 USD\)/,
    );
  });

  it('is absent where nothing shown was converted', () => {
    expect(currencyNoteText(valuationShown(deal, 'USD'), sourcePair(deal), 'en')).toBeNull();
    expect(currencyNoteText(optionShown(deal, 'USD'), sourcePair(deal), 'en')).toBeNull();
    expect(currencyNoteText(optionShown(deal, 'EUR'), sourcePair(deal), 'en')).toBeNull();
  });
});
