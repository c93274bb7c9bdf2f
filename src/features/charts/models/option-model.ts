import { formatDecimal, formatFigure, formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { citationLabel } from '../../../lib/provenance';
import type { Deal, Figure, Status } from '../../../lib/schemas';
import type { ChartParams } from '../utils/chart-params';
import { currencyNoteText, sourcePair, type Currency } from '../utils/currency';
import {
  optionPresets,
  optionWhatIf,
  presetAt,
  VALUATION_MAX,
  VALUATION_MIN,
  type OptionPreset,
  type ValuationInput,
} from '../utils/option';
import {
  emptyModel,
  figureBars,
  figureParts,
  note,
  type ChartModel,
  type ChartModelBase,
  type ChartNote,
  type FigureBar,
} from './chart-model';

export type OptionChartParams = Pick<ChartParams, 'currency' | 'valuation'>;

/** A valuation worth trying, as its button says it. */
export interface OptionChartPreset {
  id: OptionPreset['id'];
  label: string;
  status: Status;
  /** The preset's valuation; the deal's own is also the default (the URL leaves it out). */
  value: number;
  /** The currency the preset costs in: choosing the 2014 cap in the euro view turns the what-if to US$. */
  currency: Currency;
  active: boolean;
}

export interface OptionChartModel extends ChartModelBase {
  rows: FigureBar[];
  unit: Currency;
  /** The valuation costed. */
  valuation: number;
  presets: OptionChartPreset[];
  /** The names of the valuation field, the slider and the presets. */
  fieldLabel: string;
  sliderLabel: string;
  presetsLabel: string;
}

/** The valuation in billions as the field shows it: "2.5", "2,5". */
export function valuationFieldText(value: number, locale: Locale): string {
  return formatDecimal(value / 1e9, locale, 2);
}

/** Why a typed valuation was refused, and what the chart still shows. */
export function valuationErrorText(
  invalid: Exclude<ValuationInput, { ok: true }>,
  input: string,
  shown: number,
  currency: Currency,
  locale: Locale,
): string {
  const reason = translate(locale, `option.error.${invalid.reason}`, {
    input: input.slice(0, 40),
    min: formatDecimal(VALUATION_MIN / 1e9, locale, 1),
    max: formatDecimal(VALUATION_MAX / 1e9, locale, 0),
  });
  return `${reason} ${translate(locale, 'option.error.keep', { value: formatValue(shown, currency, locale) })}`;
}

/**
 * What the option's further points would cost at a valuation at exercise. That valuation is always
 * modelled: the sources give no price ("zu einem gemeinsam vereinbarten Kurs"), so the deal's own
 * implied valuation (the default), the 2014 filing's cap (an upper bound) or one the reader types
 * is an assumption, and the assumption says which.
 */
export function selectOptionChart(
  deal: Deal,
  { currency, valuation }: OptionChartParams,
  locale: Locale,
  asOf: string | null = null,
): ChartModel<OptionChartModel> {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const title = t('option.title');
  const presets = optionPresets(deal, currency, asOf, locale);
  const own = presets.find((p) => p.currency === currency);
  const current = valuation ?? own?.valuation.value ?? null;
  const whatIf = current === null ? null : optionWhatIf(deal, current, currency, asOf, locale);
  if (!whatIf || current === null) return emptyModel(title, asOf, locale);

  const { acquired, price, headroom, cost, valuation: assumed, preset, ceiling } = whatIf;
  const fmt = (f: Figure) => formatFigure(f, locale);
  const points = t('stake.points', { value: formatValue(headroom.value, 'count', locale) });
  const valuationText = formatValue(current, currency, locale);
  const entries: { label: string; figure: Figure }[] = [
    ...(price ? [{ label: t('option.paid', { stake: fmt(acquired) }), figure: price }] : []),
    {
      // At the cap the cost is a ceiling too: the price at exercise is at most the cap.
      label: t(preset === 'filing-2014' ? 'option.costCap' : 'option.cost', { points, valuation: valuationText }),
      figure: cost,
    },
  ];
  const fieldLabel = t('option.field', { currency });
  const figures = [acquired, headroom, assumed, ...(price ? [price] : []), cost];
  const later = known(deal.terms.laterOption?.terms, asOf);
  const status = (s: Status) => t(`status.${s}`);

  const result = t('option.result', { ceiling: fmt(ceiling) });
  const notes: ChartNote[] = [
    { text: result, kind: 'plain', parts: [{ text: result, status: ceiling.status }] },
    {
      text: `${t('details.formula')}: ${cost.formula} (${status(cost.status)}) · ${t('details.assumption')}: ${valuationText} (${status(assumed.status)})`,
      kind: 'plain',
      parts: [
        { text: `${t('details.formula')}:` },
        { text: cost.formula, code: true, status: cost.status },
        { text: `${t('details.assumption')}: ${valuationText}`, status: assumed.status },
      ],
    },
  ];
  if (later)
    notes.push(
      note(
        `${t('option.filing', { terms: later.text })} (${later.sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ')})`,
      ),
    );
  const dollarCap = presets.find((p) => p.id === 'filing-2014' && p.currency !== currency);
  if (dollarCap) notes.push(note(t('option.capNotConverted', { cap: fmt(dollarCap.valuation) })));

  const parts = figureParts(
    [
      { label: fieldLabel, figure: assumed },
      { label: t('stake.headroom'), figure: headroom },
      ...entries,
      { label: t('stake.ceiling', { value: '' }).trim(), figure: ceiling },
    ],
    figures,
    deal.sources,
    locale,
    asOf,
  );
  const active = presetAt(presets, current, currency);
  return {
    empty: null,
    locale,
    title,
    desc: t('option.desc'),
    subtitle: `${t('option.subtitle', { acquired: fmt(acquired), ceiling: fmt(ceiling), points })} · ${parts.asOf}`,
    params: [
      t('widgetImage.param', { name: fieldLabel, value: formatValue(current, currency, locale) }),
      ...(currency === 'EUR' ? [] : [t('widgetImage.currency', { currency })]),
    ],
    legend: entries.map((e) => ({ label: e.label, status: e.figure.status })),
    table: parts.table,
    notes,
    currencyNote: currencyNoteText([...presets.map((p) => p.valuation), ...figures], sourcePair(deal, asOf), locale),
    sourceLine: parts.sourceLine,
    sources: parts.sources,
    rows: figureBars(entries, locale),
    unit: currency,
    valuation: current,
    presets: presets.map((p) => ({
      id: p.id,
      label: t(`option.preset.${p.id}`, { value: fmt(p.valuation) }),
      status: p.valuation.status,
      value: p.valuation.value,
      currency: p.currency,
      active: active?.id === p.id,
    })),
    fieldLabel,
    sliderLabel: t('option.slider', { currency }),
    presetsLabel: t('option.presets'),
  };
}
