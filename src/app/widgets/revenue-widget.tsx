import { WidgetFrame } from '../../components/widget-frame';
import { useT } from '../../lib/i18n';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { RevenueChart } from '../../features/charts/components/revenue-chart';
import { useCurrency } from './use-currency';

export function RevenueWidget({ dealId, actions }: WidgetProps) {
  const t = useT();
  const { asOf } = useViewParams();
  const { charts, setCharts, onCurrencyChange } = useCurrency();
  return (
    <WidgetFrame what={t('what.revenue')}>
      <WithDeal dealId={dealId} what={t('what.revenue')}>
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
