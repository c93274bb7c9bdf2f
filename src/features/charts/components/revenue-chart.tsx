import { type ReactNode, useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { AXIS_TICK } from '../../../components/tick-above';
import { Measured, NARROW } from '../../../components/measured';
import { STATUS_FILL } from '../../../components/status-patterns';
import { formatFigure, formatMonthShort, formatPartialDate, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { type Currency } from '../utils/currency';
import { emptyMessage } from '../utils/empty-message';
import {
  monthsStatus,
  REVENUE_PROFILES,
  revenueAmountText,
  revenueAssumption,
  revenueMonths,
  selectProjection,
  type RevenueProfile,
} from '../utils/revenue';
import { asOf as asOfLine, chartSourceList, chartSources, statusText } from '../utils/table';
import { CurrencyNote, currencyNoteLines } from './currency-note';
import { CurrencySwitch } from './currency-switch';

interface RevenueChartProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  profile: RevenueProfile;
  onCurrencyChange: (currency: Currency) => void;
  onProfileChange: (profile: RevenueProfile) => void;
}

export function RevenueChart({
  deal,
  actions,
  asOf = null,
  currency,
  profile,
  onCurrencyChange,
  onProfileChange,
}: RevenueChartProps) {
  const t = useT();
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const profileName = useId();
  const title = t('revenue.title');
  const projection = selectProjection(deal, currency, asOf);
  if (!projection) {
    return (
      <ChartCard
        actions={actions}
        widget="revenue"
        title={title}
        state={<EmptyChart message={emptyMessage(asOf, locale)} />}
      />
    );
  }
  const { total, horizon, first, pair } = projection;
  const months = revenueMonths(total, horizon.value, profile, first);
  const monthLabel = (m: string) => formatPartialDate({ precision: 'month', date: m }, locale);
  const last = months.length ? months[months.length - 1].month : first;
  const totalText = formatFigure(total, locale);
  // The months and their sums stand on the total and on the profile, an assumption: one status rule.
  const spreadStatus = monthsStatus(total);
  const spreadStatusText = t(`status.${spreadStatus}`);
  const assumption = revenueAssumption(projection, profile, locale);
  const amount = (value: number) => revenueAmountText(value, currency, locale);

  const rows = months.map((m) => ({
    name: monthLabel(m.month),
    short: formatMonthShort(m.month, locale),
    amount: m.amount,
    cumulative: m.cumulative,
    tooltip: [
      { label: t('revenue.monthly'), value: amount(m.amount), status: spreadStatus },
      { label: t('revenue.cumulative'), value: amount(m.cumulative), status: spreadStatus },
    ],
  }));

  const controls = (
    <>
      <fieldset className="segmented">
        <legend>{t('revenue.profile')}</legend>
        {REVENUE_PROFILES.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name={profileName}
              value={p}
              checked={profile === p}
              onChange={() => onProfileChange(p)}
            />
            {t(`revenue.profile.${p}`)}
          </label>
        ))}
      </fieldset>
      <CurrencySwitch value={currency} onChange={onCurrencyChange} />
    </>
  );

  return (
    <ChartCard
      actions={actions}
      widget="revenue"
      title={title}
      subtitle={`${t('revenue.subtitle', { total: totalText, months: formatFigure(horizon, locale), from: monthLabel(first), to: monthLabel(last) })} · ${asOfLine([total, horizon], locale)}`}
      controls={controls}
      sourceLine={chartSources([total, horizon], deal.sources, locale)}
      legend={[
        { label: t('revenue.monthly'), status: spreadStatus },
        { label: t('revenue.cumulative'), status: spreadStatus },
        { label: `${t('revenue.total')} ${totalText}`, status: total.status },
      ]}
      table={{
        columns: [t('revenue.col.month'), t('revenue.monthly'), t('revenue.cumulative'), t('chart.col.status')],
        rows: [
          ...months.map((m) => [
            monthLabel(m.month),
            { text: amount(m.amount), value: m.amount },
            { text: amount(m.cumulative), value: m.cumulative },
            spreadStatusText,
          ]),
          [
            t('revenue.total'),
            '',
            { text: totalText, value: total.value },
            { text: statusText(total, locale), citations: [...total.sources, ...horizon.sources] },
          ],
        ],
      }}
      notes={
        <>
          <p className="chart-card__note">{assumption}</p>
          <CurrencyNote shown={[total, horizon]} pair={pair} />
        </>
      }
      exportInfo={{
        lines: [
          t('widgetImage.param', { name: t('revenue.profile'), value: t(`revenue.profile.${profile}`) }),
          ...(currency === 'EUR' ? [] : [t('widgetImage.currency', { currency })]),
        ],
        notes: [assumption, ...currencyNoteLines([total, horizon], pair, locale)],
        sources: chartSourceList([total, horizon], deal.sources, locale),
      }}
    >
      <Measured height={280}>
        {(width) => (
          <ComposedChart
            width={width}
            height={280}
            data={rows}
            margin={{ top: 20, right: 4, bottom: 4, left: 0 }}
            title={title}
            desc={t('revenue.desc')}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis tick={AXIS_TICK} dataKey={width < NARROW ? 'short' : 'name'} interval={11} />
            <YAxis
              tick={AXIS_TICK}
              yAxisId="month"
              tickFormatter={(v: number) => formatValue(v, currency, locale)}
              width={width < NARROW ? 66 : 80}
            />
            <YAxis
              tick={AXIS_TICK}
              yAxisId="total"
              orientation="right"
              tickFormatter={(v: number) => formatValue(v, currency, locale)}
              width={width < NARROW ? 66 : 80}
              domain={[0, (max: number) => Math.max(max, total.value)]}
            />
            <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
            <Bar
              yAxisId="month"
              dataKey="amount"
              fill={STATUS_FILL.modelled}
              stroke="var(--modelled)"
              strokeDasharray="1 2"
              isAnimationActive={!reducedMotion}
              className="bar-revenue"
            />
            <Line
              yAxisId="total"
              dataKey="cumulative"
              type="monotone"
              stroke="var(--modelled)"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={!reducedMotion}
              className="line-cumulative"
            />
            <ReferenceLine
              yAxisId="total"
              y={total.value}
              stroke="var(--reported)"
              strokeWidth={2}
              // At 320 px the label would be cut; the legend names the total there.
              label={
                width < NARROW
                  ? undefined
                  : {
                      value: `${t('revenue.total')} ${totalText}`,
                      position: 'insideBottomLeft',
                      className: 'reference-label',
                      fill: 'var(--text)',
                    }
              }
            />
          </ComposedChart>
        )}
      </Measured>
    </ChartCard>
  );
}
