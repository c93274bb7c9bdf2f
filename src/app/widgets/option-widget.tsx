import { WidgetFrame } from '../../components/widget-frame';
import { useT } from '../../lib/i18n';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { OptionWhatIfChart } from '../../features/charts/components/option-what-if';
import { useCurrency } from './use-currency';

export function OptionWidget({ dealId, actions }: WidgetProps) {
  const t = useT();
  const { asOf } = useViewParams();
  const { charts, setCharts, onCurrencyChange } = useCurrency();
  return (
    <WidgetFrame what={t('what.option')}>
      <WithDeal dealId={dealId} what={t('what.option')}>
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
