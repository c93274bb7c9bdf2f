import { formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import type { Deal, Figure } from '../../../lib/schemas';
import { inCurrency, sourcePair, type Currency } from './currency';
import { computedId, derive, type ComputedFigure } from './derive';
import { optionHeadroom, pointsShort } from './stake';
import { impliedValuation } from './valuation';

/** The what-if accepts valuations from 0.1 to 100 billion: wide enough for any plausible price. */
export const VALUATION_MIN = 0.1e9;
export const VALUATION_MAX = 100e9;

export type ValuationInput =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-positive' | 'too-low' | 'too-high' };

/** Reads billions as typed in either locale ("5.5", "5,5", "5.5 bn"); it never clamps. */
export function parseValuationInput(text: string): ValuationInput {
  const cleaned = text
    .trim()
    .replace(/\s*(bn|b|mrd\.?|billion|milliarden)$/i, '')
    .replace(',', '.');
  if (cleaned === '') return { ok: false, reason: 'empty' };
  // A minus sign (hyphen or the typographic one) before a number: a number, but not a valuation.
  const negative = /^[-−]\s*(\d+\.?\d*|\.\d+)$/.test(cleaned);
  if (negative) return { ok: false, reason: 'not-positive' };
  if (!/^(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, reason: 'not-a-number' };
  const value = Number(cleaned) * 1e9;
  if (value <= 0) return { ok: false, reason: 'not-positive' };
  if (value < VALUATION_MIN) return { ok: false, reason: 'too-low' };
  if (value > VALUATION_MAX) return { ok: false, reason: 'too-high' };
  return { ok: true, value };
}

export interface OptionPreset {
  id: 'deal-implied' | 'filing-2014';
  valuation: Figure;
}

/** Valuations worth trying: the one the deal's own price implies, and the 2014 filing's cap. */
export function optionPresets(deal: Deal, currency: Currency, asOf: string | null, locale: Locale): OptionPreset[] {
  const pair = sourcePair(deal, asOf);
  const presets: OptionPreset[] = [];
  const stake = known(deal.terms.stakeAcquired, asOf);
  const consideration = known(deal.terms.consideration, asOf);
  if (stake && consideration) {
    const price = inCurrency(consideration, currency, pair, locale, known(deal.terms.considerationUsd, asOf));
    presets.push({ id: 'deal-implied', valuation: impliedValuation(price, stake, locale) });
  }
  const cap = known(deal.terms.laterOption?.valuationCapUsd, asOf);
  if (cap) presets.push({ id: 'filing-2014', valuation: inCurrency(cap, currency, pair, locale) });
  return presets;
}

/** A valuation this close to a preset's is that preset (the URL keeps valuations to 0.01 billion). */
export const PRESET_TOLERANCE = 5e6;

/** The preset a valuation stands for, if any. */
export function presetAt(presets: OptionPreset[], valuation: number): OptionPreset | undefined {
  return presets.find((p) => Math.abs(p.valuation.value - valuation) < PRESET_TOLERANCE);
}

export interface OptionWhatIf {
  acquired: Figure;
  /** What was paid for the stake acquired, in the chosen currency, when it is known. */
  price?: Figure;
  /** The valuation costed: a preset's figure (derived or reported), else the reader's assumption (modelled). */
  valuation: Figure;
  headroom: Figure;
  /** Derived at a preset, modelled at a valuation the reader chose (the one status rule). */
  cost: ComputedFigure;
  resultingStake: Figure;
}

/** Cost of the option's further points at a valuation: a preset's, or one the reader assumes. */
export function optionWhatIf(
  deal: Deal,
  valuation: number,
  currency: Currency,
  asOf: string | null,
  locale: Locale,
): OptionWhatIf | null {
  const acquired = known(deal.terms.stakeAcquired, asOf);
  const ceiling = known(deal.terms.optionCeiling, asOf);
  if (!acquired || !ceiling) return null;
  const headroom = optionHeadroom(acquired, ceiling, locale);
  const preset = presetAt(optionPresets(deal, currency, asOf, locale), valuation);
  const assumed: Figure = preset?.valuation ?? {
    id: computedId('option-valuation-assumed'),
    label: translate(locale, 'option.assumedLabel'),
    status: 'modelled',
    value: valuation,
    unit: currency,
    qualifier: 'exact',
    assumption: translate(locale, 'option.assumption', { valuation: formatValue(valuation, currency, locale) }),
    publicOn: ceiling.publicOn,
    sources: deal.terms.optionPrice?.sources ?? ceiling.sources,
  };
  const cost = derive({
    name: 'option-cost',
    label: translate(locale, 'option.costLabel'),
    value: assumed.value * (headroom.value / 100),
    unit: currency,
    // The further points are a difference of percentages: the formula says them in points too.
    formula: `${formatValue(assumed.value, currency, locale)} × ${pointsShort(headroom.value, locale)}`,
    inputs: [assumed, headroom],
  });
  const consideration = known(deal.terms.consideration, asOf);
  const price = consideration
    ? inCurrency(consideration, currency, sourcePair(deal, asOf), locale, known(deal.terms.considerationUsd, asOf))
    : undefined;
  return { acquired, price, valuation: assumed, headroom, cost, resultingStake: ceiling };
}
