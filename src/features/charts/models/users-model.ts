import type { TooltipLine } from '../../../components/chart-tooltip';
import { formatFigure, formatPartialDate } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { citationLabel, sourceNameOf } from '../../../lib/provenance';
import type { Deal, MetricSeries, Status } from '../../../lib/schemas';
import { usersPoints } from '../utils/users';
import { emptyModel, figureParts, note, type ChartModel, type ChartModelBase } from './chart-model';

/** The users chart draws a metric series the deal's own payload does not carry. */
export interface UsersChartParams {
  series: MetricSeries;
}

/** One reading of the registered users, as its source reported it. */
export interface UsersChartRow {
  key: string;
  name: string;
  /** The reading's public date, for the axis. */
  date: string;
  value: number;
  status: Status;
  valueLabel: string;
  tooltip: TooltipLine[];
}

export interface UsersChartModel extends ChartModelBase {
  rows: UsersChartRow[];
}

/**
 * The registered users as the sources reported them, one bar per reading public on `asOf`; a
 * "more than" reading is a floor, and the "hundreds of millions" claim is a note, not a number.
 */
export function selectUsersChart(
  deal: Deal,
  { series }: UsersChartParams,
  locale: Locale,
  asOf: string | null = null,
): ChartModel<UsersChartModel> {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const title = t('users.title');
  const points = usersPoints(series, asOf);
  if (points.length === 0) return emptyModel(title, asOf, locale);

  const claim = known(
    deal.claims.find((c) => c.id === 'combined-users'),
    asOf,
  );
  const label = (p: (typeof points)[number]) =>
    `${formatPartialDate(p.figure.publicOn, locale)} · ${sourceNameOf(deal.sources, p.figure.sources[0].sourceId, locale)}`;
  const entries = points.map((p) => ({ label: label(p), figure: p.figure }));
  const figures = points.map((p) => p.figure);
  const parts = figureParts(entries, figures, deal.sources, locale, asOf);
  const notes = points
    .filter((p) => p.atLeast)
    .map((p) => note(`${formatFigure(p.figure, locale)}: ${t('users.atLeast')}`));
  if (claim)
    notes.push(
      note(t('users.claim', { source: claim.sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ') })),
    );

  return {
    empty: null,
    locale,
    title,
    desc: t('users.desc'),
    subtitle: parts.asOf,
    params: [],
    legend: [...new Set(figures.map((f) => f.status))].map((status) => ({ label: t('users.registered'), status })),
    table: parts.table,
    notes,
    currencyNote: null,
    sourceLine: parts.sourceLine,
    sources: parts.sources,
    rows: points.map((p) => ({
      key: p.figure.id,
      name: label(p),
      date: formatPartialDate(p.figure.publicOn, locale),
      value: p.figure.value,
      status: p.figure.status,
      valueLabel: formatFigure(p.figure, locale),
      tooltip: [{ label: t('users.registered'), value: formatFigure(p.figure, locale), status: p.figure.status }],
    })),
  };
}
