import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, EmptyChart, type LegendItem } from '../../../components/chart-card';
import { ChartTooltip, type TooltipLine } from '../../../components/chart-tooltip';
import { Measured, NARROW } from '../../../components/measured';
import { STATUS_FILL } from '../../../components/status-patterns';
import { AXIS_TICK, tickAbove } from '../../../components/tick-above';
import { formatFigure, formatPartialDate, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import type { Deal, Figure } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { emptyMessage } from '../utils/empty-message';
import { rumourLabel, rumourNote, selectStake, stakeAxisMax, stakeRows } from '../utils/stake';
import { asOf as asOfLine, chartSourceList, figureTable, chartSources } from '../utils/table';

const BAR = 26;
const ROW = 76;

export function StakeChart({ deal, asOf = null, actions }: { deal: Deal; asOf?: string | null; actions?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const view = selectStake(deal, asOf);
  const title = t('stake.title');
  if (!view)
    return (
      <ChartCard
        actions={actions}
        widget="stake"
        title={title}
        state={<EmptyChart message={emptyMessage(asOf, locale)} />}
      />
    );

  const { rumour, acquired, ceiling, headroom } = view;
  const fmt = (f: Figure) => formatFigure(f, locale);
  // Headroom is a difference of percentages: say it in points, not as a share.
  const points = headroom ? t('stake.points', { value: formatValue(headroom.value, 'count', locale) }) : '';
  const pointsShort = headroom ? t('stake.pointsShort', { value: formatValue(headroom.value, 'count', locale) }) : '';
  const entries: { label: string; figure: Figure | undefined }[] = [
    { label: rumour ? rumourLabel(rumour, locale) : '', figure: rumour?.figure },
    { label: t('stake.acquired'), figure: acquired },
    { label: t('stake.headroom'), figure: headroom },
    { label: t('stake.ceiling', { value: '' }).trim(), figure: ceiling },
  ];
  const shown = entries.filter((e): e is { label: string; figure: Figure } => e.figure !== undefined);
  const figures = shown.map((e) => e.figure);

  const rows = stakeRows(view).map((row) => {
    const tooltip: TooltipLine[] = acquired
      ? [{ label: t('stake.acquired'), value: fmt(acquired), status: acquired.status }]
      : [];
    if (headroom) tooltip.push({ label: t('stake.headroom'), value: `+${points}`, status: headroom.status });
    return {
      ...row,
      name: acquired ? t('stake.row.deal', { date: formatPartialDate(acquired.publicOn, locale) }) : '',
      acquiredLabel: acquired ? fmt(acquired) : '',
      headroomLabel: headroom ? `+${pointsShort}` : '',
      tooltip,
    };
  });
  const max = stakeAxisMax(view);
  // The rumour was about Sina, the parent: said in words, never a bar on Weibo's scale.
  const rumourText = rumour ? rumourNote(rumour, locale) : null;
  const headroomNote =
    acquired && ceiling && headroom
      ? t('stake.headroomNote', { points, acquired: fmt(acquired), ceiling: fmt(ceiling) })
      : null;
  const legend: LegendItem[] = shown
    .filter((e) => e.figure !== ceiling && e.figure !== rumour?.figure)
    .map((e) => ({ label: e.label, status: e.figure.status }));

  return (
    <ChartCard
      actions={actions}
      widget="stake"
      title={title}
      subtitle={asOfLine(figures, locale)}
      sourceLine={chartSources(figures, deal.sources, locale)}
      legend={legend}
      table={figureTable(shown, deal.sources, locale)}
      notes={
        <>
          {headroomNote && <p className="chart-card__note">{headroomNote}</p>}
          {rumourText && max !== null && <p className="chart-card__note stake-rumour">{rumourText}</p>}
        </>
      }
      exportInfo={{
        notes: [headroomNote, rumourText].filter((n): n is string => n !== null),
        sources: chartSourceList(figures, deal.sources, locale),
      }}
    >
      {/* Before any stake in Weibo was public, the rumour about Sina is all there is to tell. */}
      {max === null && rumourText && <p className="chart-card__note stake-rumour">{rumourText}</p>}
      {max !== null && (
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
              <XAxis
                tick={AXIS_TICK}
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
                fill={STATUS_FILL[acquired?.status ?? 'reported']}
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
                // The headroom's status comes from the status rule (derived from reported inputs).
                fill={STATUS_FILL[headroom?.status ?? 'derived']}
                stroke={`var(--${headroom?.status ?? 'derived'})`}
                strokeDasharray={headroom?.status === 'modelled' ? '1 2' : '4 2'}
                isAnimationActive={!reducedMotion}
                className="bar-headroom"
              >
                <LabelList dataKey="headroomLabel" position="right" fill="var(--text)" className="bar-label" />
              </Bar>
              {ceiling && (
                <ReferenceLine
                  x={ceiling.value}
                  stroke="var(--text)"
                  strokeDasharray="2 3"
                  label={{ value: fmt(ceiling), position: 'top', className: 'reference-label', fill: 'var(--text)' }}
                />
              )}
            </BarChart>
          )}
        </Measured>
      )}
    </ChartCard>
  );
}
