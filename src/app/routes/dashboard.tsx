import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-state';
import { WidgetFrame } from '../../components/widget-frame';
import { HttpError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { DealHeader } from '../../features/deal/components/deal-header';
import { KpiCards } from '../../features/deal/components/kpi-cards';
import { SEED_DEAL_ID } from '../paths';
import { NotFound } from './not-found';

export default function DashboardRoute() {
  const { dealId = SEED_DEAL_ID } = useParams();
  const t = useT();
  const deal = useDeal(dealId);

  if (deal.error instanceof HttpError && deal.error.status === 404) return <NotFound dealId={dealId} />;
  if (deal.error) return <ErrorState what={t('what.deal')} error={deal.error} onRetry={() => void deal.refetch()} />;
  if (!deal.data) return <LoadingState what={t('what.deal')} />;

  return (
    <>
      <DealHeader deal={deal.data} />
      <WidgetFrame what={t('kpi.heading')}>
        <KpiCards deal={deal.data} />
      </WidgetFrame>
    </>
  );
}
