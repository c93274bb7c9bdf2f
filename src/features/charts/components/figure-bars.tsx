import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip, type TooltipLine } from '../../../components/chart-tooltip';
import { Measured, NARROW } from '../../../components/measured';
import { STATUS_FILL } from '../../../components/status-patterns';
import { AXIS_TICK, tickAbove } from '../../../components/tick-above';
import { formatFigure, formatValue } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import type { Figure, Unit } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';

const BAR = 26;
const ROW = 76;

interface FigureBarsProps {
  entries: { label: string; figure: Figure }[];
  unit: Unit;
  title: string;
  desc: string;
  /** Class of the <Bar>, by which tests and the bench find its marks. */
  barClass: string;
}

/**
 * One horizontal bar per figure, its label above it and its value beside it, filled by status:
 * the shape of the valuation chart and of the option what-if.
 */
export function FigureBars({ entries, unit, title, desc, barClass }: FigureBarsProps) {
  const locale = useLocale();
  const rows = entries.map(({ label, figure }) => {
    const text = formatFigure(figure, locale);
    const tooltip: TooltipLine[] = [{ label, value: text, status: figure.status }];
    return { name: label, value: figure.value, status: figure.status, valueLabel: text, tooltip };
  });
  const reducedMotion = useReducedMotion();
  const height = rows.length * ROW + 40;
  return (
    <Measured height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          layout="vertical"
          data={rows}
          barSize={BAR}
          margin={{ top: 28, right: width < NARROW ? 84 : 112, bottom: 4, left: 0 }}
          title={title}
          desc={desc}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis tick={AXIS_TICK} type="number" tickFormatter={(v: number) => formatValue(v, unit, locale)} />
          <YAxis
            type="category"
            dataKey="name"
            width={2}
            tickLine={false}
            axisLine={false}
            tick={tickAbove(width - 8, BAR)}
          />
          <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
          <Bar dataKey="value" isAnimationActive={!reducedMotion} className={barClass}>
            {rows.map((row) => (
              <Cell
                key={row.name}
                fill={STATUS_FILL[row.status]}
                stroke={`var(--${row.status})`}
                strokeDasharray={row.status === 'derived' ? '4 2' : row.status === 'modelled' ? '1 2' : undefined}
              />
            ))}
            <LabelList dataKey="valueLabel" position="right" fill="var(--text)" className="bar-label" />
          </Bar>
        </BarChart>
      )}
    </Measured>
  );
}
