import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../../components/chart-card';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { Measured, NARROW } from '../../../components/measured';
import { tickAbove } from '../../../components/tick-above';
import { STATUS_FILL } from '../../../components/status-patterns';
import { formatFigure, formatPartialDate, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { sourcesLine } from '../../../lib/provenance';
import type { Deal } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { selectStake, stakeRows } from '../utils/stake';
import { asOf, figureTable } from '../utils/table';

const BAR = 26;
const ROW = 76;

export function StakeChart({ deal }: { deal: Deal }) {
  const t = useT();
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const view = selectStake(deal);
  const title = t('stake.title');
  if (!view) {
    return (
      <ChartCard
        widget="stake"
        title={title}
        subtitle=""
        sourceLine=""
        legend={[]}
        table={{ columns: [], rows: [] }}
        state={<p className="state state--empty">{t('state.empty', { what: title })}</p>}
      />
    );
  }
  const { rumoured, acquired, ceiling, headroom } = view;
  const figures = [...(rumoured ? [rumoured] : []), acquired, headroom, ceiling];
  const fmt = (f: typeof acquired) => formatFigure(f, locale);
  // Headroom is a difference of percentages: say it in points, not as a share.
  const points = t('stake.points', { value: formatValue(headroom.value, 'count', locale) });
  const pointsShort = t('stake.pointsShort', { value: formatValue(headroom.value, 'count', locale) });
  const rows = stakeRows(view).map((row) =>
    row.key === 'rumour' && rumoured
      ? {
          ...row,
          name: t('stake.row.rumour', { date: formatPartialDate(rumoured.publicOn, locale) }),
          rumouredLabel: fmt(rumoured),
          tooltip: [{ label: t('stake.rumoured'), value: fmt(rumoured), status: rumoured.status }],
        }
      : {
          ...row,
          name: t('stake.row.deal', { date: formatPartialDate(acquired.publicOn, locale) }),
          acquiredLabel: fmt(acquired),
          headroomLabel: `+${pointsShort}`,
          tooltip: [
            { label: t('stake.acquired'), value: fmt(acquired), status: acquired.status },
            { label: t('stake.headroom'), value: `+${points}`, status: headroom.status },
          ],
        },
  );
  const max = Math.ceil((ceiling.value + 5) / 10) * 10;

  return (
    <ChartCard
      widget="stake"
      title={title}
      subtitle={asOf(figures, locale)}
      sourceLine={t('chart.sources', {
        sources: sourcesLine(
          figures.flatMap((f) => f.sources),
          deal.sources,
          locale,
        ),
      })}
      legend={[
        ...(rumoured ? [{ label: t('stake.rumoured'), status: rumoured.status }] : []),
        { label: t('stake.acquired'), status: acquired.status },
        { label: t('stake.headroom'), status: headroom.status },
      ]}
      table={figureTable(
        [
          ...(rumoured ? [{ label: t('stake.rumoured'), figure: rumoured }] : []),
          { label: t('stake.acquired'), figure: acquired },
          { label: t('stake.headroom'), figure: headroom },
          { label: t('stake.ceiling', { value: '' }).trim(), figure: ceiling },
        ],
        deal.sources,
        locale,
      )}
      notes={
        <p className="chart-card__note">
          {t('stake.headroomNote', { points, acquired: fmt(acquired), ceiling: fmt(ceiling) })}
        </p>
      }
    >
      <Measured height={rows.length * ROW + 48}>
        {(width) => (
          <BarChart
            width={width}
            height={rows.length * ROW + 48}
            layout="vertical"
            data={rows}
            barSize={BAR}
            margin={{ top: 24, right: width < NARROW ? 84 : 120, bottom: 4, left: 0 }}
            title={title}
            desc={t('stake.desc')}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" domain={[0, max]} tickFormatter={(v: number) => formatValue(v, 'percent', locale)} />
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
              dataKey="offset"
              stackId="stake"
              fill="transparent"
              isAnimationActive={false}
              tooltipType="none"
              className="bar-offset"
            />
            <Bar
              dataKey="rumoured"
              stackId="stake"
              fill={STATUS_FILL[rumoured?.status ?? 'reported']}
              stroke="var(--reported)"
              isAnimationActive={!reducedMotion}
              className="bar-rumoured"
            >
              <LabelList dataKey="rumouredLabel" position="right" fill="var(--text)" className="bar-label" />
            </Bar>
            <Bar
              dataKey="acquired"
              stackId="stake"
              fill={STATUS_FILL[acquired.status]}
              stroke="var(--reported)"
              isAnimationActive={!reducedMotion}
              className="bar-acquired"
            >
              <LabelList
                dataKey="acquiredLabel"
                position="insideLeft"
                fill="var(--on-reported)"
                className="bar-label"
              />
            </Bar>
            <Bar
              dataKey="headroom"
              stackId="stake"
              fill={STATUS_FILL[headroom.status]}
              stroke="var(--derived)"
              strokeDasharray="4 2"
              isAnimationActive={!reducedMotion}
              className="bar-headroom"
            >
              <LabelList dataKey="headroomLabel" position="right" fill="var(--text)" className="bar-label" />
            </Bar>
            <ReferenceLine
              x={ceiling.value}
              stroke="var(--text)"
              strokeDasharray="2 3"
              label={{ value: fmt(ceiling), position: 'top', className: 'reference-label', fill: 'var(--text)' }}
            />
          </BarChart>
        )}
      </Measured>
    </ChartCard>
  );
}
