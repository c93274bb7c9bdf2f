import type { TooltipLine } from '../../../components/chart-tooltip';
import { formatFigure, formatMonthShort, formatPartialDate } from '../../../lib/format';
import { translate, type Locale } from '../../../lib/i18n';
import type { Deal, Status } from '../../../lib/schemas';
import type { ChartParams } from '../utils/chart-params';
import { currencyNoteText, type Currency } from '../utils/currency';
import {
  REVENUE_STEP,
  monthsStatus,
  revenueAmountText,
  revenueAssumption,
  revenueMonths,
  selectProjection,
} from '../utils/revenue';
import { asOf as asOfLine, chartSourceList, chartSources, moneyColumn, statusText } from '../utils/table';
import { emptyModel, note, type ChartModel, type ChartModelBase } from './chart-model';

export type RevenueChartParams = Pick<ChartParams, 'currency' | 'profile'>;

/** One modelled month: its amount and the running sum. */
export interface RevenueChartRow {
  key: string;
  name: string;
  /** The month in the fewest characters, for narrow axes. */
  short: string;
  amount: number;
  cumulative: number;
  tooltip: TooltipLine[];
}

export interface RevenueChartModel extends ChartModelBase {
  rows: RevenueChartRow[];
  unit: Currency;
  /** The status of the months and their sums: modelled, by the status rule. */
  rowStatus: Status;
  /** The reported total, drawn as a reference line. */
  total: { value: number; label: string; status: Status };
}

/**
 * The projected extra revenue spread month by month over its horizon. The sources give only the
 * total: the spread is modelled (the reader picks its profile) and adds up to the total exactly.
 */
export function selectRevenueChart(
  deal: Deal,
  { currency, profile }: RevenueChartParams,
  locale: Locale,
  asOf: string | null = null,
): ChartModel<RevenueChartModel> {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const title = t('revenue.title');
  const projection = selectProjection(deal, currency, asOf, locale);
  if (!projection) return emptyModel(title, asOf, locale);

  const { total, horizon, first, pair } = projection;
  const months = revenueMonths(total, horizon.value, profile, first);
  const monthLabel = (m: string) => formatPartialDate({ precision: 'month', date: m }, locale);
  const last = months.length ? months[months.length - 1].month : first;
  const totalText = formatFigure(total, locale);
  // The months and their sums stand on the total and on the profile, an assumption: one status rule.
  const rowStatus = monthsStatus(total);
  const amount = (value: number) => revenueAmountText(value, currency, locale);
  const figures = [total, horizon];
  // A total converted from the other currency is derived, and its name says so ("Reported" would not be true).
  const totalName = t(total.status === 'reported' ? 'revenue.total' : 'revenue.totalConverted');
  const totalLabel = `${totalName} ${totalText}`;
  // Each money column at one scale, its unit in the header: "0.6" beside "1.1", never "US$600k" beside "US$1.1m".
  const monthly = moneyColumn(
    t('revenue.monthly'),
    months.map((m) => m.amount),
    currency,
    locale,
  );
  const cumulative = moneyColumn(
    t('revenue.cumulative'),
    [...months.map((m) => m.cumulative), total.value],
    currency,
    locale,
  );

  return {
    empty: null,
    locale,
    title,
    desc: t('revenue.desc'),
    subtitle: `${t('revenue.subtitle', { total: totalText, months: formatFigure(horizon, locale), from: monthLabel(first), to: monthLabel(last) })} · ${asOfLine(figures, locale)}`,
    params: [
      t('widgetImage.param', { name: t('revenue.profile'), value: t(`revenue.profile.${profile}`) }),
      ...(currency === 'EUR' ? [] : [t('widgetImage.currency', { currency })]),
    ],
    legend: [
      { label: t('revenue.monthly'), status: rowStatus },
      { label: t('revenue.cumulative'), status: rowStatus, mark: 'dashed-line' },
      { label: totalLabel, status: total.status, mark: 'line' },
    ],
    table: {
      columns: [t('revenue.col.month'), monthly.header, cumulative.header, t('chart.col.status')],
      rows: [
        ...months.map((m) => [
          monthLabel(m.month),
          { text: monthly.atStep(m.amount, REVENUE_STEP), value: m.amount },
          { text: cumulative.atStep(m.cumulative, REVENUE_STEP), value: m.cumulative },
          t(`status.${rowStatus}`),
        ]),
        [
          totalName,
          '',
          { text: cumulative.figure(total), value: total.value },
          { text: statusText(total, locale), citations: [...total.sources, ...horizon.sources] },
        ],
      ],
    },
    notes: [note(revenueAssumption(projection, profile, locale))],
    currencyNote: currencyNoteText(figures, pair, locale),
    sourceLine: chartSources(figures, deal.sources, locale, asOf),
    sources: chartSourceList(figures, deal.sources, locale, asOf),
    rows: months.map((m) => ({
      key: m.month,
      name: monthLabel(m.month),
      short: formatMonthShort(m.month, locale),
      amount: m.amount,
      cumulative: m.cumulative,
      tooltip: [
        { label: t('revenue.monthly'), value: amount(m.amount), status: rowStatus },
        { label: t('revenue.cumulative'), value: amount(m.cumulative), status: rowStatus },
      ],
    })),
    unit: currency,
    rowStatus,
    total: { value: total.value, label: totalLabel, status: total.status },
  };
}
