import type { Deal, Figure, MetricSeries, Source } from '../../../lib/schemas';
import type { MessageKey } from '../../../lib/i18n';
import { compareDates } from '../../../lib/dates';

export interface Kpi {
  id: string;
  labelKey: MessageKey;
  figure: Figure;
  /** A second figure that qualifies the first, such as the horizon of a projection. */
  over?: Figure;
}

/** The deal's headline figures, in the order an analyst reads them. */
export function selectDealKpis(deal: Deal): Kpi[] {
  return [
    { id: 'consideration', labelKey: 'kpi.consideration', figure: deal.terms.consideration },
    { id: 'option-ceiling', labelKey: 'kpi.optionCeiling', figure: deal.terms.optionCeiling },
    {
      id: 'projected-revenue',
      labelKey: 'kpi.projectedRevenue',
      figure: deal.projections.revenue,
      over: deal.projections.horizon,
    },
  ];
}

const citesPrimary = (figure: Figure, sources: Source[]) =>
  figure.sources.some((c) => sources.find((s) => s.id === c.sourceId)?.kind === 'primary');

/**
 * The headline of a metric is the figure the primary source (the article) reports; figures that
 * only secondary sources give follow it as later readings. Without a primary figure, the latest leads.
 */
export function selectHeadlinePoint(
  series: MetricSeries,
  sources: Source[],
): { headline: Figure; later: Figure[] } | null {
  if (series.points.length === 0) return null;
  const ordered = [...series.points].sort((a, b) => compareDates(a.publicOn, b.publicOn));
  const headline = ordered.find((p) => citesPrimary(p, sources)) ?? ordered[ordered.length - 1];
  const later = ordered.filter((p) => p !== headline && compareDates(p.publicOn, headline.publicOn) > 0);
  return { headline, later };
}
