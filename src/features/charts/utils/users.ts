import { compareDates } from '../../../lib/dates';
import { isPublicOn } from '../../../lib/known';
import type { Figure, MetricSeries } from '../../../lib/schemas';

export interface UsersPoint {
  figure: Figure;
  /** "More than": the bar is a floor, not a count. */
  atLeast: boolean;
}

export function usersPoints(series: MetricSeries, asOf: string | null = null): UsersPoint[] {
  return series.points
    .filter((p) => isPublicOn(p.publicOn, asOf))
    .sort((a, b) => compareDates(a.publicOn, b.publicOn))
    .map((figure) => ({ figure, atLeast: figure.qualifier === 'over' }));
}
