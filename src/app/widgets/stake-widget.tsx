import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { StakeChart } from '../../features/charts/components/stake-chart';

export function StakeWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  return (
    <WidgetFrame what="what.stake">
      <WithDeal dealId={dealId} what="what.stake">
        {(d) => <StakeChart deal={d} asOf={asOf} actions={actions} />}
      </WithDeal>
    </WidgetFrame>
  );
}
