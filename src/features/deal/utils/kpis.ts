import { compareDates } from '../../../lib/dates';
import type { MessageKey } from '../../../lib/i18n';
import { isPublicOn, known } from '../../../lib/known';
import type { Deal, Figure, MetricSeries, Source } from '../../../lib/schemas';

export interface Kpi {
  id: string;
  labelKey: MessageKey;
  /** Absent when no source reports it, or when it was not public yet on the chosen day. */
  figure?: Figure;
  missing?: 'not-reported' | 'not-yet-public';
  /** A second figure that qualifies the first, such as the horizon of a projection. */
  over?: Figure;
  /** Words that qualify the figure, which its short label leaves out ("fully diluted"). */
  contextKey?: MessageKey;
}

function kpi(id: string, labelKey: MessageKey, figure: Figure | undefined, asOf: string | null, over?: Figure): Kpi {
  if (!figure) return { id, labelKey, missing: 'not-reported' };
  if (!isPublicOn(figure.publicOn, asOf)) return { id, labelKey, missing: 'not-yet-public' };
  return { id, labelKey, figure, over: known(over, asOf) };
}

/** The deal's headline figures, in the order an analyst reads them, as known on `asOf`. */
export function selectDealKpis(deal: Deal, asOf: string | null = null): Kpi[] {
  return [
    kpi('consideration', 'kpi.consideration', deal.terms.consideration, asOf),
    { ...kpi('option-ceiling', 'kpi.optionCeiling', deal.terms.optionCeiling, asOf), contextKey: 'kpi.fullyDiluted' },
    kpi('projected-revenue', 'kpi.projectedRevenue', deal.projections?.revenue, asOf, deal.projections?.horizon),
  ];
}

const citesPrimary = (figure: Figure, sources: Source[]) =>
  figure.sources.some((c) => sources.find((s) => s.id === c.sourceId)?.kind === 'primary');

/**
 * The headline of a metric is the figure the primary source (the article) reports; figures that
 * only secondary sources give follow it as later readings. Without a primary figure, the latest leads.
 * Only readings public on `asOf` count.
 */
export function selectHeadlinePoint(
  series: MetricSeries,
  sources: Source[],
  asOf: string | null = null,
): { headline: Figure; later: Figure[] } | null {
  const ordered = series.points
    .filter((p) => isPublicOn(p.publicOn, asOf))
    .sort((a, b) => compareDates(a.publicOn, b.publicOn));
  if (ordered.length === 0) return null;
  const headline = ordered.find((p) => citesPrimary(p, sources)) ?? ordered[ordered.length - 1];
  const later = ordered.filter((p) => p !== headline && compareDates(p.publicOn, headline.publicOn) > 0);
  return { headline, later };
}
