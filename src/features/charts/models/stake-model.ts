import type { TooltipLine } from '../../../components/chart-tooltip';
import { formatFigure, formatPartialDate, formatValue } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import type { Deal, Figure, Status } from '../../../lib/schemas';
import { pointsShort, rumourLabel, rumourNote, selectStake, stakeAxisMax, stakeRows } from '../utils/stake';
import { emptyModel, figureParts, note, type ChartModel, type ChartModelBase, type ChartNote } from './chart-model';

/** The stake chart has no parameters of its own. */
export type StakeChartParams = Record<string, never>;

/** The one bar on Weibo's scale: the stake acquired, and the headroom the option adds to it. */
export interface StakeChartRow {
  key: 'deal';
  name: string;
  acquired: number;
  headroom: number;
  acquiredStatus: Status;
  /** The status the headroom's figure carries, from the status rule (no bar without a headroom). */
  headroomStatus: Status;
  acquiredLabel: string;
  headroomLabel: string;
  tooltip: TooltipLine[];
}

export interface StakeChartModel extends ChartModelBase {
  rows: StakeChartRow[];
  /** The end of Weibo's axis, in percent; null when nothing is drawn on it. */
  axisMax: number | null;
  /** The option's ceiling, drawn as a reference line with its label. */
  ceiling: { value: number; label: string } | null;
}

/**
 * The stake chart as known on `asOf`: what was bought of Weibo and what the option may add, in
 * percent of Weibo; the rumour of Nov 2012, about Sina, is a table row and a note, never a bar.
 */
export function selectStakeChart(
  deal: Deal,
  _params: StakeChartParams,
  locale: Locale,
  asOf: string | null = null,
): ChartModel<StakeChartModel> {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const title = t('stake.title');
  const view = selectStake(deal, asOf, locale);
  if (!view) return emptyModel(title, asOf, locale);

  const { rumour, acquired, ceiling, headroom } = view;
  const fmt = (f: Figure) => formatFigure(f, locale);
  // Headroom is a difference of percentages: said in points, not as a share.
  const points = headroom ? t('stake.points', { value: formatValue(headroom.value, 'count', locale) }) : '';
  const ceilingLabel = t('stake.ceiling', { value: '' }).trim();
  const entries = [
    ...(rumour ? [{ label: rumourLabel(rumour, locale), figure: rumour.figure }] : []),
    ...(acquired ? [{ label: t('stake.acquired'), figure: acquired }] : []),
    ...(headroom ? [{ label: t('stake.headroom'), figure: headroom }] : []),
    ...(ceiling ? [{ label: ceilingLabel, figure: ceiling }] : []),
  ];
  const figures = entries.map((e) => e.figure);

  const tooltip: TooltipLine[] = [
    ...(acquired ? [{ label: t('stake.acquired'), value: fmt(acquired), status: acquired.status }] : []),
    ...(headroom ? [{ label: t('stake.headroom'), value: `+${points}`, status: headroom.status }] : []),
  ];
  const rows: StakeChartRow[] = stakeRows(view).map((row) => ({
    ...row,
    name: acquired ? t('stake.row.deal', { date: formatPartialDate(acquired.publicOn, locale) }) : '',
    acquiredStatus: acquired?.status ?? 'reported',
    headroomStatus: headroom?.status ?? 'derived',
    acquiredLabel: acquired ? fmt(acquired) : '',
    headroomLabel: headroom ? `+${pointsShort(headroom.value, locale)}` : '',
    tooltip,
  }));

  const notes: ChartNote[] = [];
  if (acquired && ceiling && headroom)
    notes.push(note(t('stake.headroomNote', { points, acquired: fmt(acquired), ceiling: fmt(ceiling) })));
  // The rumour was about Sina, the parent: told in words, never a bar on Weibo's scale.
  if (rumour) notes.push(note(rumourNote(rumour, locale), 'rumour'));

  const parts = figureParts(entries, figures, deal.sources, locale, asOf);
  return {
    empty: null,
    locale,
    title,
    desc: t('stake.desc'),
    subtitle: parts.asOf,
    params: [],
    legend: [
      ...(acquired ? [{ label: t('stake.acquired'), status: acquired.status }] : []),
      ...(headroom ? [{ label: t('stake.headroom'), status: headroom.status }] : []),
    ],
    table: parts.table,
    notes,
    currencyNote: null,
    sourceLine: parts.sourceLine,
    sources: parts.sources,
    rows,
    axisMax: stakeAxisMax(view),
    ceiling: ceiling ? { value: ceiling.value, label: fmt(ceiling) } : null,
  };
}
