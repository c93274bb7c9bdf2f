import { formatFigure } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { sourceNameOf } from '../../../lib/provenance';
import type { Deal, Figure } from '../../../lib/schemas';
import type { ChartParams } from '../utils/chart-params';
import { currencyNoteText, sourcePair, type Currency } from '../utils/currency';
import { selectValuation } from '../utils/valuation';
import {
  emptyModel,
  figureBars,
  figureParts,
  type ChartModel,
  type ChartModelBase,
  type FigureBar,
} from './chart-model';

export type ValuationChartParams = Pick<ChartParams, 'currency'>;

export interface ValuationChartModel extends ChartModelBase {
  rows: FigureBar[];
  unit: Currency;
}

/**
 * The price paid and the valuation of all of Weibo it implies (price / stake, derived), in the
 * chosen currency; in dollars also the valuation a source reports, for comparison.
 */
export function selectValuationChart(
  deal: Deal,
  { currency }: ValuationChartParams,
  locale: Locale,
  asOf: string | null = null,
): ChartModel<ValuationChartModel> {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const title = t('valuation.title');
  const view = selectValuation(deal, currency, asOf, locale);
  if (!view) return emptyModel(title, asOf, locale);

  const stake = known(deal.terms.stakeAcquired, asOf);
  const entries: { label: string; figure: Figure }[] = [
    { label: t('valuation.price', { stake: stake ? formatFigure(stake, locale) : '' }), figure: view.price },
    { label: t('valuation.implied'), figure: view.valuation },
  ];
  if (view.reportedValuation) {
    const publisher = sourceNameOf(deal.sources, view.reportedValuation.sources[0].sourceId, locale);
    entries.push({ label: t('valuation.reported', { publisher }), figure: view.reportedValuation });
  }
  const figures = entries.map((e) => e.figure);
  const parts = figureParts(entries, figures, deal.sources, locale, asOf);
  return {
    empty: null,
    locale,
    title,
    desc: t('valuation.desc'),
    subtitle: `${parts.asOf} · ${currency}`,
    params: [],
    legend: entries.map((e) => ({ label: e.label, status: e.figure.status })),
    table: parts.table,
    notes: [],
    currencyNote: currencyNoteText(figures, sourcePair(deal, asOf), locale),
    sourceLine: parts.sourceLine,
    sources: parts.sources,
    rows: figureBars(entries, locale),
    unit: currency,
  };
}
