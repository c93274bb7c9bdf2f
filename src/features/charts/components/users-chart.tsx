import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { AXIS_TICK } from '../../../components/tick-above';
import { Measured } from '../../../components/measured';
import { STATUS_FILL } from '../../../components/status-patterns';
import { formatFigure, formatPartialDate, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { citationLabel, findSource } from '../../../lib/provenance';
import type { Deal, MetricSeries } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { emptyMessage } from '../utils/empty-message';
import { asOf as asOfLine, chartSourceList, figureTable, chartSources } from '../utils/table';
import { usersPoints } from '../utils/users';

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
  const t = useT();
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const title = t('users.title');
  const points = usersPoints(series, asOf);
  const claim = known(
    deal.claims.find((c) => c.id === 'combined-users'),
    asOf,
  );
  if (points.length === 0) {
    return (
      <ChartCard
        actions={actions}
        widget="users"
        title={title}
        state={<EmptyChart message={emptyMessage(asOf, locale)} />}
      />
    );
  }
  const label = (p: (typeof points)[number]) =>
    `${formatPartialDate(p.figure.publicOn, locale)} · ${findSource(deal.sources, p.figure.sources[0].sourceId)?.publisher ?? ''}`;
  const rows = points.map((p) => ({
    name: label(p),
    date: formatPartialDate(p.figure.publicOn, locale),
    value: p.figure.value,
    status: p.figure.status,
    valueLabel: formatFigure(p.figure, locale),
    tooltip: [{ label: t('users.registered'), value: formatFigure(p.figure, locale), status: p.figure.status }],
  }));
  const figures = points.map((p) => p.figure);
  const atLeastNotes = points
    .filter((p) => p.atLeast)
    .map((p) => ({ id: p.figure.id, text: `${formatFigure(p.figure, locale)}: ${t('users.atLeast')}` }));
  const claimNote = claim
    ? t('users.claim', { source: claim.sources.map((c) => citationLabel(c, deal.sources, locale)).join('; ') })
    : null;

  return (
    <ChartCard
      actions={actions}
      widget="users"
      title={title}
      subtitle={asOfLine(figures, locale)}
      sourceLine={chartSources(figures, deal.sources, locale)}
      legend={[...new Set(figures.map((f) => f.status))].map((status) => ({ label: t('users.registered'), status }))}
      table={figureTable(
        points.map((p) => ({ label: label(p), figure: p.figure })),
        deal.sources,
        locale,
      )}
      notes={
        <>
          {atLeastNotes.map((note) => (
            <p key={note.id} className="chart-card__note">
              {note.text}
            </p>
          ))}
          {claimNote && <p className="chart-card__note">{claimNote}</p>}
        </>
      }
      exportInfo={{
        notes: [...atLeastNotes.map((note) => note.text), ...(claimNote ? [claimNote] : [])],
        sources: chartSourceList(figures, deal.sources, locale),
      }}
    >
      <Measured height={240}>
        {(width) => (
          <BarChart
            width={width}
            height={240}
            data={rows}
            margin={{ top: 24, right: 8, bottom: 4, left: 4 }}
            title={title}
            desc={t('users.desc')}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis tick={AXIS_TICK} dataKey="date" interval={0} />
            <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatValue(v, 'users', locale)} width={76} />
            <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
            <Bar dataKey="value" isAnimationActive={!reducedMotion} className="bar-users" maxBarSize={96}>
              {rows.map((row) => (
                <Cell key={row.name} fill={STATUS_FILL[row.status]} stroke={`var(--${row.status})`} />
              ))}
              <LabelList dataKey="valueLabel" position="top" fill="var(--text)" className="bar-label" />
            </Bar>
          </BarChart>
        )}
      </Measured>
    </ChartCard>
  );
}
