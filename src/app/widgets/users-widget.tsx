import { WidgetFrame } from '../../components/widget-frame';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { UsersChart } from '../../features/charts/components/users-chart';
import { WithMetric } from '../../features/deal/components/with-metric';

export function UsersWidget({ dealId, actions }: WidgetProps) {
  const { asOf } = useViewParams();
  return (
    <WidgetFrame what="what.users">
      <WithDeal dealId={dealId} what="what.users">
        {(d) => (
          <WithMetric dealId={dealId} metric="registered-users" what="what.users">
            {(series) => <UsersChart deal={d} series={series} asOf={asOf} actions={actions} />}
          </WithMetric>
        )}
      </WithDeal>
    </WidgetFrame>
  );
}
