import { latestDate } from '../../../lib/dates';
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
  /** The preset's valuation as its source gives it, or as derived from them. */
  valuation: Figure;
  /** The currency the preset costs in: the 2014 cap stays in the dollars of its day. */
  currency: Currency;
}

/**
 * Valuations worth trying: the one the deal's own price implies (derived, in the chosen currency),
 * and the 2014 filing's cap, an upper bound reported in March 2014 dollars. The cap is never
 * converted with the April 2013 payment's ratio: it is offered in US$ in either view.
 */
export function optionPresets(deal: Deal, currency: Currency, asOf: string | null, locale: Locale): OptionPreset[] {
  const pair = sourcePair(deal, asOf);
  const presets: OptionPreset[] = [];
  const stake = known(deal.terms.stakeAcquired, asOf);
  const consideration = known(deal.terms.consideration, asOf);
  if (stake && consideration) {
    const price = inCurrency(consideration, currency, pair, locale, known(deal.terms.considerationUsd, asOf));
    presets.push({ id: 'deal-implied', valuation: impliedValuation(price, stake, locale), currency });
  }
  const cap = known(deal.terms.laterOption?.valuationCapUsd, asOf);
  if (cap && (cap.unit === 'USD' || cap.unit === 'EUR'))
    presets.push({ id: 'filing-2014', valuation: cap, currency: cap.unit });
  return presets;
}

/** A valuation this close to a preset's is that preset (the URL keeps valuations to 0.01 billion). */
export const PRESET_TOLERANCE = 5e6;

/** The preset a valuation in `currency` stands for, if any. */
export function presetAt(presets: OptionPreset[], valuation: number, currency: Currency): OptionPreset | undefined {
  return presets.find((p) => p.currency === currency && Math.abs(p.valuation.value - valuation) < PRESET_TOLERANCE);
}

export interface OptionWhatIf {
  acquired: Figure;
  /** What was paid for the stake acquired, in the chosen currency, when it is known. */
  price?: Figure;
  /**
   * The valuation at exercise: always modelled. The sources give no price ("zu einem gemeinsam
   * vereinbarten Kurs"); a preset's figure is the assumption's value, and the assumption says which.
   */
  valuation: Figure;
  /** The preset the valuation stands for, if any. */
  preset?: OptionPreset['id'];
  headroom: Figure;
  /** Modelled, as the valuation it stands on. */
  cost: ComputedFigure;
  /** The reported fact: how far the option may take the stake, not a stake anyone holds. */
  ceiling: Figure;
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
  const preset = presetAt(optionPresets(deal, currency, asOf, locale), valuation, currency);
  const valuationText = formatValue(valuation, currency, locale);
  const priceSources = deal.terms.optionPrice?.sources ?? ceiling.sources;
  const assumed: Figure = {
    id: computedId('option-valuation-assumed'),
    label: translate(locale, 'option.assumedLabel'),
    status: 'modelled',
    value: valuation,
    unit: currency,
    qualifier: preset?.valuation.qualifier === 'about' ? 'about' : 'exact',
    assumption: translate(locale, preset ? `option.assumption.${preset.id}` : 'option.assumption', {
      valuation: valuationText,
    }),
    publicOn: preset ? latestDate([preset.valuation.publicOn, ceiling.publicOn]) : ceiling.publicOn,
    sources: [...(preset?.valuation.sources ?? []), ...priceSources],
  };
  const cost = derive({
    name: 'option-cost',
    label: translate(locale, 'option.costLabel'),
    value: assumed.value * (headroom.value / 100),
    unit: currency,
    // The further points are a difference of percentages: the formula says them in points too.
    formula: `${valuationText} × ${pointsShort(headroom.value, locale)}`,
    inputs: [assumed, headroom],
  });
  const consideration = known(deal.terms.consideration, asOf);
  const price = consideration
    ? inCurrency(consideration, currency, sourcePair(deal, asOf), locale, known(deal.terms.considerationUsd, asOf))
    : undefined;
  return { acquired, price, valuation: assumed, preset: preset?.id, headroom, cost, ceiling };
}
