import { type ReactNode, useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { AXIS_LINE, AXIS_TICK, CARD_FONT } from '../../../components/tick-above';

/** The axes' unit, set like their ticks. */
const AXIS_CAPTION = { fontSize: '0.8125rem' };
import { NARROW } from '../../../components/measured';
import { LINE_DASH, STATUS_FILL } from '../../../components/status-patterns';
import { formatDecimal, moneyScale, scaleCaption } from '../../../lib/format';
import { translate, useLocale, useT } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import type { ChartModel } from '../models/chart-model';
import { selectRevenueChart, type RevenueChartModel } from '../models/revenue-model';
import { axisWidth, valueTicks } from '../utils/axis-width';
import { type Currency } from '../utils/currency';
import { REVENUE_PROFILES, type RevenueProfile } from '../utils/revenue';
import { CurrencySwitch } from './currency-switch';
import { ModelCard } from './model-card';

const HEIGHT = 280;

interface RevenueChartProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  profile: RevenueProfile;
  onCurrencyChange: (currency: Currency) => void;
  onProfileChange: (profile: RevenueProfile) => void;
}

/** The modelled months drawn from their model at a width: the screen's and the image's drawing. */
export function RevenueBars({ model, width, animate }: { model: RevenueChartModel; width: number; animate: boolean }) {
  const { rows, unit, locale, total } = model;
  const status = model.rowStatus;
  const monthKey = width < NARROW ? 'short' : 'name';
  // The ticks Recharts would pick, given explicitly, so that each axis is as wide as its longest label.
  const monthTicks = valueTicks(Math.max(0, ...rows.map((row) => row.amount)));
  const totalTicks = valueTicks(Math.max(total.value, ...rows.map((row) => row.cumulative)));
  // Bare numbers on the ticks and, once above each axis, what it measures and its unit ("Monthly,
  // €m"): "12 Mio. US$" on every tick left a 320 px plot some 55 px wide, and two bare "€m" did
  // not say which axis is which. The caption runs over the top margin, so it does not widen the axis.
  const axis = (ticks: number[], key: 'revenue.axis.monthly' | 'revenue.axis.cumulative') => {
    const scale = moneyScale(ticks[ticks.length - 1]);
    const text = (v: number) => formatDecimal(v / scale, locale, 2);
    const caption = translate(locale, key, { unit: scaleCaption(unit, scale, locale) });
    return { text, caption, width: axisWidth(ticks.map(text)) };
  };
  const monthAxis = axis(monthTicks, 'revenue.axis.monthly');
  const totalAxis = axis(totalTicks, 'revenue.axis.cumulative');
  // Two rows above the plot: the monthly caption on the upper, clear of the reported total's label
  // just under the line near the plot's top; where the two captions do not fit side by side (under
  // NARROW, in German) the cumulative one takes the lower row.
  const narrow = width < NARROW;
  const caption = (value: string, anchor: 'start' | 'end') => ({
    value,
    position: anchor === 'end' ? ('insideTopRight' as const) : ('insideTopLeft' as const),
    offset: 0,
    dy: anchor === 'end' && narrow ? -18 : -34,
    className: 'axis-caption',
    fill: 'var(--muted)',
    style: AXIS_CAPTION,
  });
  return (
    <ComposedChart
      width={width}
      height={HEIGHT}
      data={rows}
      margin={{ top: 44, right: 4, bottom: 4, left: 0 }}
      title={model.title}
      desc={model.desc}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      {/* A month a year, fewer where the axes leave the plot too little room for them side by side. */}
      <XAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        dataKey={monthKey}
        ticks={rows.filter((_, i) => i % 12 === 0).map((row) => row[monthKey])}
        interval="preserveStart"
      />
      <YAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        yAxisId="month"
        ticks={monthTicks}
        domain={[0, monthTicks[monthTicks.length - 1]]}
        tickFormatter={monthAxis.text}
        width={monthAxis.width}
        label={caption(monthAxis.caption, 'start')}
      />
      <YAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        yAxisId="total"
        orientation="right"
        ticks={totalTicks}
        domain={[0, totalTicks[totalTicks.length - 1]]}
        tickFormatter={totalAxis.text}
        width={totalAxis.width}
        label={caption(totalAxis.caption, 'end')}
      />
      <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
      <Bar
        yAxisId="month"
        dataKey="amount"
        fill={STATUS_FILL[status]}
        stroke={`var(--${status})`}
        strokeDasharray="1 2"
        isAnimationActive={animate}
        className="bar-revenue"
      />
      <Line
        yAxisId="total"
        dataKey="cumulative"
        type="monotone"
        stroke={`var(--${status})`}
        strokeWidth={2}
        strokeDasharray={LINE_DASH}
        dot={false}
        isAnimationActive={animate}
        className="line-cumulative"
      />
      <ReferenceLine
        yAxisId="total"
        y={total.value}
        stroke={`var(--${total.status})`}
        strokeWidth={2}
        // At 320 px the label would be cut; the legend names the total there.
        label={
          width < NARROW
            ? undefined
            : {
                value: total.label,
                position: 'insideBottomLeft',
                className: 'reference-label',
                fill: 'var(--text)',
                style: CARD_FONT,
              }
        }
      />
    </ComposedChart>
  );
}

export function RevenueChartView({
  model,
  actions,
  controls,
}: {
  model: ChartModel<RevenueChartModel>;
  actions?: ReactNode;
  controls?: ReactNode;
}) {
  return (
    <ModelCard
      widget="revenue"
      model={model}
      actions={actions}
      controls={controls}
      drawing={
        model.empty === null
          ? {
              height: HEIGHT,
              draw: (width, animate) => <RevenueBars model={model} width={width} animate={animate} />,
            }
          : null
      }
    />
  );
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
  const profileName = useId();
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
    <RevenueChartView
      model={selectRevenueChart(deal, { currency, profile }, locale, asOf)}
      actions={actions}
      controls={controls}
    />
  );
}
