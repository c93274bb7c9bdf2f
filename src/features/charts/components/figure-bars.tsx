import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { STATUS_FILL } from '../../../components/status-patterns';
import { AXIS_LINE, AXIS_TICK, LABEL_FONT, tickAbove } from '../../../components/tick-above';
import { formatValue } from '../../../lib/format';
import type { Locale } from '../../../lib/i18n';
import type { Unit } from '../../../lib/schemas';
import type { ChartModel, ChartModelBase, FigureBar } from '../models/chart-model';
import { ModelCard } from './model-card';
import { labelRoom } from '../utils/axis-width';
import { wrappedLines } from '../../../lib/text-width';

const BAR = 26;
const ROW = 76;
/** A label line above a bar: the card's 16 px type and its leading. */
const LABEL_PX = 16;
const LABEL_LINE = 20;
/** Room between a bar and the label lines of the bar below it. */
const ROW_GAP = 10;

interface FigureBarsProps {
  rows: FigureBar[];
  unit: Unit;
  locale: Locale;
  title: string;
  desc: string;
  /** Class of the <Bar>, by which tests and the bench find its marks. */
  barClass: string;
  width: number;
  animate: boolean;
}

/**
 * A row's height at a width: the bar, and as many label lines above it as the longest label wraps
 * to there (a label climbing into the row above would run into that bar's value).
 */
function rowHeight(rows: readonly FigureBar[], width: number): number {
  const lines = Math.max(1, ...rows.map((row) => wrappedLines(row.name, width - 8, LABEL_PX)));
  return Math.max(ROW, BAR + ROW_GAP + lines * LABEL_LINE);
}

/** The height the bars take at a width: one row per figure, and the axis. */
export const figureBarsHeight = (rows: readonly FigureBar[], width: number) =>
  rows.length * rowHeight(rows, width) + 40;

/**
 * One horizontal bar per figure, its label above it and its value beside it, filled by status:
 * the shape of the valuation chart and of the option what-if.
 */
export function FigureBars({ rows, unit, locale, title, desc, barClass, width, animate }: FigureBarsProps) {
  const height = figureBarsHeight(rows, width);
  return (
    <BarChart
      width={width}
      height={height}
      layout="vertical"
      data={rows}
      barSize={BAR}
      // Room for the longest value label ("about US$3.26bn"); a narrow drawing wraps it at its space.
      margin={{
        top: 28,
        right: labelRoom(
          rows.map((row) => row.valueLabel),
          width,
        ),
        bottom: 4,
        left: 0,
      }}
      title={title}
      desc={desc}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        tick={AXIS_TICK}
        axisLine={AXIS_LINE}
        tickLine={AXIS_LINE}
        type="number"
        tickFormatter={(v: number) => formatValue(v, unit, locale)}
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
      <Bar dataKey="value" isAnimationActive={animate} className={barClass}>
        {rows.map((row) => (
          <Cell
            key={row.key}
            fill={STATUS_FILL[row.status]}
            stroke={`var(--${row.status})`}
            strokeDasharray={row.status === 'derived' ? '4 2' : row.status === 'modelled' ? '1 2' : undefined}
          />
        ))}
        <LabelList dataKey="valueLabel" position="right" fill="var(--text)" className="bar-label" style={LABEL_FONT} />
      </Bar>
    </BarChart>
  );
}

/** A card whose drawing is figure bars (valuation, option): the model drawn, with the widget's controls. */
export function FigureBarsCard({
  widget,
  barClass,
  model,
  actions,
  controls,
}: {
  widget: 'valuation' | 'option';
  barClass: string;
  model: ChartModel<ChartModelBase & { rows: FigureBar[]; unit: Unit; desc: string }>;
  actions?: ReactNode;
  controls?: ReactNode;
}) {
  return (
    <ModelCard
      widget={widget}
      model={model}
      actions={actions}
      controls={controls}
      drawing={
        model.empty === null
          ? {
              height: (width: number) => figureBarsHeight(model.rows, width),
              draw: (width, animate) => (
                <FigureBars
                  rows={model.rows}
                  unit={model.unit}
                  locale={model.locale}
                  title={model.title}
                  desc={model.desc}
                  barClass={barClass}
                  width={width}
                  animate={animate}
                />
              ),
            }
          : null
      }
    />
  );
}
