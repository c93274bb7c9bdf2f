import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { NARROW } from '../../../components/measured';
import { STATUS_FILL } from '../../../components/status-patterns';
import { AXIS_LINE, AXIS_TICK, CARD_FONT, LABEL_FONT, tickAbove } from '../../../components/tick-above';
import { formatValue } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import type { ChartModel } from '../models/chart-model';
import { selectStakeChart, type StakeChartModel } from '../models/stake-model';
import { ModelCard, type ChartDrawing } from './model-card';

const BAR = 26;
const ROW = 76;

/** The stake on Weibo's scale, drawn from its model at a width: the screen's and the image's drawing. */
export function StakeBars({ model, width, animate }: { model: StakeChartModel; width: number; animate: boolean }) {
  const { rows, locale } = model;
  const max = model.axisMax ?? 100;
  const headroomStatus = rows[0]?.headroomStatus ?? 'derived';
  return (
    <BarChart
      width={width}
      height={rows.length * ROW + 48}
      layout="vertical"
      data={rows}
      barSize={BAR}
      margin={{ top: 24, right: width < NARROW ? 84 : 120, bottom: 4, left: 0 }}
      title={model.title}
      desc={model.desc}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        type="number"
        domain={[0, max]}
        tickFormatter={(v: number) => formatValue(v, 'percent', locale)}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={2}
        tickLine={false}
        axisLine={false}
        tick={tickAbove(width - 8, BAR)}
      />
      <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
      <Bar
        dataKey="acquired"
        stackId="stake"
        fill={STATUS_FILL[rows[0]?.acquiredStatus ?? 'reported']}
        stroke="var(--reported)"
        isAnimationActive={animate}
        className="bar-acquired"
      >
        <LabelList
          dataKey="acquiredLabel"
          position="insideLeft"
          fill="var(--on-reported)"
          className="bar-label"
          style={LABEL_FONT}
        />
      </Bar>
      <Bar
        dataKey="headroom"
        stackId="stake"
        // The headroom's status comes from the status rule (derived from reported inputs).
        fill={STATUS_FILL[headroomStatus]}
        stroke={`var(--${headroomStatus})`}
        strokeDasharray={headroomStatus === 'modelled' ? '1 2' : '4 2'}
        isAnimationActive={animate}
        className="bar-headroom"
      >
        <LabelList
          dataKey="headroomLabel"
          position="right"
          fill="var(--text)"
          className="bar-label"
          style={LABEL_FONT}
        />
      </Bar>
      {model.ceiling && (
        <ReferenceLine
          x={model.ceiling.value}
          stroke="var(--text)"
          strokeDasharray="2 3"
          label={{
            value: model.ceiling.label,
            position: 'top',
            className: 'reference-label',
            fill: 'var(--text)',
            style: CARD_FONT,
          }}
        />
      )}
    </BarChart>
  );
}

/** The card for a stake model: before any stake in Weibo was public, the rumour about Sina is all it tells. */
export function StakeChartView({ model, actions }: { model: ChartModel<StakeChartModel>; actions?: ReactNode }) {
  const drawing: ChartDrawing | null =
    model.empty === null && model.axisMax !== null
      ? {
          height: model.rows.length * ROW + 48,
          draw: (width, animate) => <StakeBars model={model} width={width} animate={animate} />,
        }
      : null;
  return <ModelCard widget="stake" model={model} actions={actions} drawing={drawing} />;
}

export function StakeChart({ deal, asOf = null, actions }: { deal: Deal; asOf?: string | null; actions?: ReactNode }) {
  const locale = useLocale();
  return <StakeChartView model={selectStakeChart(deal, {}, locale, asOf)} actions={actions} />;
}
