import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { ValuationChart } from '../../features/charts/components/valuation-chart';
import { useCurrency } from './use-currency';

export function ValuationWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  const { charts, onCurrencyChange } = useCurrency();
  return (
    <WidgetFrame what="what.valuation">
      <WithDeal dealId={dealId} what="what.valuation">
        {(d) => (
          <ValuationChart
            deal={d}
            asOf={asOf}
            currency={charts.currency}
            onCurrencyChange={onCurrencyChange}
            actions={actions}
          />
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
