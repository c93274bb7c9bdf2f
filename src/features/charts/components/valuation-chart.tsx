import type { ReactNode } from 'react';
import { ChartCard, EmptyChart } from '../../../components/chart-card';
import { FigureBars } from './figure-bars';
import { formatFigure } from '../../../lib/format';
import { useLocale, useT } from '../../../lib/i18n';
import { known } from '../../../lib/known';
import { findSource } from '../../../lib/provenance';
import type { Deal, Figure } from '../../../lib/schemas';
import { sourcePair, type Currency } from '../utils/currency';
import { emptyMessage } from '../utils/empty-message';
import { asOf as asOfLine, chartSourceList, figureTable, chartSources } from '../utils/table';
import { selectValuation } from '../utils/valuation';
import { CurrencyNote, currencyNoteLines } from './currency-note';
import { CurrencySwitch } from './currency-switch';

interface ValuationChartProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  onCurrencyChange: (currency: Currency) => void;
}

export function ValuationChart({ deal, actions, asOf = null, currency, onCurrencyChange }: ValuationChartProps) {
  const t = useT();
  const locale = useLocale();
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
  const figures = entries.map((e) => e.figure);
  const pair = sourcePair(deal, asOf);

  return (
    <ChartCard
      actions={actions}
      widget="valuation"
      title={title}
      subtitle={`${asOfLine(figures, locale)} · ${currency}`}
      controls={controls}
      sourceLine={chartSources(figures, deal.sources, locale)}
      legend={entries.map((e) => ({ label: e.label, status: e.figure.status }))}
      table={figureTable(entries, deal.sources, locale)}
      notes={<CurrencyNote shown={figures} pair={pair} />}
      exportInfo={{
        notes: currencyNoteLines(figures, pair, locale),
        sources: chartSourceList(figures, deal.sources, locale),
      }}
    >
      <FigureBars entries={entries} unit={currency} title={title} desc={t('valuation.desc')} barClass="bar-valuation" />
    </ChartCard>
  );
}
