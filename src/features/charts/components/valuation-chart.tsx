import type { ReactNode } from 'react';
import { useLocale } from '../../../lib/i18n';
import type { Deal } from '../../../lib/schemas';
import type { ChartModel } from '../models/chart-model';
import { selectValuationChart, type ValuationChartModel } from '../models/valuation-model';
import type { Currency } from '../utils/currency';
import { CurrencySwitch } from './currency-switch';
import { FigureBarsCard } from './figure-bars';

interface ValuationChartProps {
  deal: Deal;
  actions?: ReactNode;
  asOf?: string | null;
  currency: Currency;
  onCurrencyChange: (currency: Currency) => void;
}

export function ValuationChartView({
  model,
  actions,
  controls,
}: {
  model: ChartModel<ValuationChartModel>;
  actions?: ReactNode;
  controls?: ReactNode;
}) {
  return (
    <FigureBarsCard widget="valuation" barClass="bar-valuation" model={model} actions={actions} controls={controls} />
  );
}

export function ValuationChart({ deal, actions, asOf = null, currency, onCurrencyChange }: ValuationChartProps) {
  const locale = useLocale();
  return (
    <ValuationChartView
      model={selectValuationChart(deal, { currency }, locale, asOf)}
      actions={actions}
      controls={<CurrencySwitch value={currency} onChange={onCurrencyChange} />}
    />
  );
}
