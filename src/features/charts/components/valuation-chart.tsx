import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { ChartTooltip } from '../../../components/chart-tooltip';
import { Measured, NARROW } from '../../../components/measured';
import { AXIS_TICK, tickAbove } from '../../../components/tick-above';
import { STATUS_FILL } from '../../../components/status-patterns';
import { formatFigure, formatValue } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { findSource, sourcesLine } from '../../../lib/provenance';
import type { Deal, Figure } from '../../../lib/schemas';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { sourcePair, type Currency } from '../utils/currency';
import { emptyMessage } from '../utils/empty-message';
import { asOf as asOfLine, figureTable } from '../utils/table';
import { selectValuation } from '../utils/valuation';
import { CurrencyNote } from './currency-note';
import { CurrencySwitch } from './currency-switch';

interface ValuationChartProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  onCurrencyChange: (currency: Currency) => void;
}

const BAR = 26;
const ROW = 76;

export function ValuationChart({ deal, actions, asOf = null, currency, onCurrencyChange }: ValuationChartProps) {
  const t = useT();
  const locale = useLocale();
  const reducedMotion = useReducedMotion();
  const title = t('valuation.title');
  const view = selectValuation(deal, currency, asOf);
  const controls = <CurrencySwitch value={currency} onChange={onCurrencyChange} />;
  if (!view) {
    return (
      <ChartCard
        actions={actions}
        widget="valuation"
        title={title}
        state={<EmptyChart message={emptyMessage(asOf, locale)} />}
      />
    );
  }
  const stake = known(deal.terms.stakeAcquired, asOf);
  const entries: { label: string; figure: Figure }[] = [
    { label: t('valuation.price', { stake: stake ? formatFigure(stake, locale) : '' }), figure: view.price },
    { label: t('valuation.implied'), figure: view.valuation },
  ];
  if (view.reportedValuation) {
    const publisher = findSource(deal.sources, view.reportedValuation.sources[0].sourceId)?.publisher ?? '';
    entries.push({ label: t('valuation.reported', { publisher }), figure: view.reportedValuation });
  }
  const rows = entries.map(({ label, figure }) => ({
    name: label,
    value: figure.value,
    status: figure.status,
    label: formatFigure(figure, locale),
    tooltip: [{ label, value: formatFigure(figure, locale), status: figure.status }],
  }));
  const figures = entries.map((e) => e.figure);

  return (
    <ChartCard
      actions={actions}
      widget="valuation"
      title={title}
      subtitle={`${asOfLine(figures, locale)} · ${currency}`}
      controls={controls}
      sourceLine={t('chart.sources', {
        sources: sourcesLine(
          figures.flatMap((f) => f.sources),
          deal.sources,
          locale,
        ),
      })}
      legend={entries.map((e) => ({ label: e.label, status: e.figure.status }))}
      table={figureTable(entries, deal.sources, locale)}
      notes={currency === 'USD' ? <CurrencyNote pair={sourcePair(deal, asOf)} /> : undefined}
    >
      <Measured height={rows.length * ROW + 40}>
        {(width) => (
          <BarChart
            width={width}
            height={rows.length * ROW + 40}
            layout="vertical"
            data={rows}
            barSize={BAR}
            margin={{ top: 28, right: width < NARROW ? 84 : 112, bottom: 4, left: 0 }}
            title={title}
            desc={t('valuation.desc')}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis tick={AXIS_TICK} type="number" tickFormatter={(v: number) => formatValue(v, currency, locale)} />
            <YAxis
              type="category"
              dataKey="name"
              width={2}
              tickLine={false}
              axisLine={false}
              tick={tickAbove(width - 8, BAR)}
            />
            <Tooltip content={ChartTooltip} cursor={{ fill: 'var(--cursor)' }} />
            <Bar dataKey="value" isAnimationActive={!reducedMotion} className="bar-valuation">
              {rows.map((row) => (
                <Cell
                  key={row.name}
                  fill={STATUS_FILL[row.status]}
                  stroke={`var(--${row.status})`}
                  strokeDasharray={row.status === 'derived' ? '4 2' : undefined}
                />
              ))}
              <LabelList dataKey="label" position="right" fill="var(--text)" className="bar-label" />
            </Bar>
          </BarChart>
        )}
      </Measured>
    </ChartCard>
  );
}
