import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { KpiCards } from '../../features/deal/components/kpi-cards';

export function KpisWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  return (
    <WidgetFrame what="what.kpis">
      <WithDeal dealId={dealId} what="what.kpis">
        {(d) => <KpiCards deal={d} asOf={asOf} actions={actions} />}
      </WithDeal>
    </WidgetFrame>
  );
}
