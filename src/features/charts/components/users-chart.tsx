import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { AXIS_LINE, AXIS_TICK, LABEL_FONT } from '../../../components/tick-above';
import { STATUS_FILL } from '../../../components/status-patterns';
import { formatValue } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import type { Deal, MetricSeries } from '../../../lib/schemas';
import type { ChartModel } from '../models/chart-model';
import { selectUsersChart, type UsersChartModel } from '../models/users-model';
import { ModelCard } from './model-card';

const HEIGHT = 240;

/** The readings drawn from their model at a width: the screen's and the image's drawing. */
export function UsersBars({ model, width, animate }: { model: UsersChartModel; width: number; animate: boolean }) {
  const { rows, locale } = model;
  return (
    <BarChart
      width={width}
      height={HEIGHT}
      data={rows}
      // Room above the tallest bar for its label on two lines ("über" / "400 Mio."): a label may be
      // no wider than its bar, and on a day whose one reading tops the axis it sits above the plot.
      margin={{ top: 40, right: 8, bottom: 4, left: 4 }}
      title={model.title}
      desc={model.desc}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={AXIS_LINE} dataKey="date" interval={0} />
      <YAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        tickFormatter={(v: number) => formatValue(v, 'users', locale)}
        width={76}
      />
      <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
      <Bar dataKey="value" isAnimationActive={animate} className="bar-users" maxBarSize={96}>
        {rows.map((row) => (
          <Cell key={row.key} fill={STATUS_FILL[row.status]} stroke={`var(--${row.status})`} />
        ))}
        <LabelList dataKey="valueLabel" position="top" fill="var(--text)" className="bar-label" style={LABEL_FONT} />
      </Bar>
    </BarChart>
  );
}

export function UsersChartView({ model, actions }: { model: ChartModel<UsersChartModel>; actions?: ReactNode }) {
  return (
    <ModelCard
      widget="users"
      model={model}
      actions={actions}
      drawing={
        model.empty === null
          ? {
              height: HEIGHT,
              draw: (width, animate) => <UsersBars model={model} width={width} animate={animate} />,
            }
          : null
      }
    />
  );
}

export function UsersChart({
  deal,
  series,
  asOf = null,
  actions,
}: {
  deal: Deal;
  series: MetricSeries;
  asOf?: string | null;
  actions?: ReactNode;
}) {
  const locale = useLocale();
  return <UsersChartView model={selectUsersChart(deal, { series }, locale, asOf)} actions={actions} />;
}
