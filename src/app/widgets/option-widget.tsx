import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { OptionWhatIfChart } from '../../features/charts/components/option-what-if';
import { useCurrency } from './use-currency';

export function OptionWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  const { charts, setCharts, onCurrencyChange } = useCurrency();
  return (
    <WidgetFrame what="what.option">
      <WithDeal dealId={dealId} what="what.option">
        {(d) => (
          <OptionWhatIfChart
            deal={d}
            asOf={asOf}
            currency={charts.currency}
            valuation={charts.valuation}
            onCurrencyChange={onCurrencyChange}
            onValuationChange={(valuation, how) => setCharts({ valuation }, how)}
            onPresetChange={(valuation, currency) => setCharts({ valuation, currency })}
            actions={actions}
          />
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
