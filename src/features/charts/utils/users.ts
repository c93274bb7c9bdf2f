import { compareDates } from '../../../lib/dates';
import type { Figure, MetricSeries } from '../../../lib/schemas';

export interface UsersPoint {
  figure: Figure;
  /** "More than": the bar is a floor, not a count. */
  atLeast: boolean;
}

export function usersPoints(series: MetricSeries): UsersPoint[] {
  return [...series.points]
    .sort((a, b) => compareDates(a.publicOn, b.publicOn))
    .map((figure) => ({ figure, atLeast: figure.qualifier === 'over' }));
}
