import { WidgetFrame } from '../../components/widget-frame';
import { useT } from '../../lib/i18n';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { StakeChart } from '../../features/charts/components/stake-chart';

export function StakeWidget({ dealId, actions }: WidgetProps) {
  const t = useT();
  const { asOf } = useViewParams();
  return (
    <WidgetFrame what={t('what.stake')}>
      <WithDeal dealId={dealId} what={t('what.stake')}>
        {(d) => <StakeChart deal={d} asOf={asOf} actions={actions} />}
      </WithDeal>
    </WidgetFrame>
  );
}
