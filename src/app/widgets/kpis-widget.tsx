import { WidgetFrame } from '../../components/widget-frame';
import { useT } from '../../lib/i18n';
import { WithDeal } from '../../features/deal/components/with-deal';
import { useViewParams } from '../use-view-params';
import type { WidgetProps } from './widget-props';
import { KpiCards } from '../../features/deal/components/kpi-cards';

export function KpisWidget({ dealId, actions }: WidgetProps) {
  const t = useT();
  const { asOf } = useViewParams();
  return (
    <WidgetFrame what={t('kpi.heading')}>
      <WithDeal dealId={dealId} what={t('kpi.heading')}>
        {(d) => <KpiCards deal={d} asOf={asOf} actions={actions} />}
      </WithDeal>
    </WidgetFrame>
  );
}
