import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { RevenueChart } from '../../features/charts/components/revenue-chart';
import { useCurrency } from './use-currency';

export function RevenueWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  const { charts, setCharts, onCurrencyChange } = useCurrency();
  return (
    <WidgetFrame what="what.revenue">
      <WithDeal dealId={dealId} what="what.revenue">
        {(d) => (
          <RevenueChart
            deal={d}
            asOf={asOf}
            currency={charts.currency}
            profile={charts.profile}
            onCurrencyChange={onCurrencyChange}
            onProfileChange={(profile) => setCharts({ profile })}
            actions={actions}
          />
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
