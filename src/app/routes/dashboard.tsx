import { useParams } from 'react-router';
import { WidgetFrame } from '../../components/widget-frame';
import { HttpError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { OptionWhatIfChart } from '../../features/charts/components/option-what-if';
import { RevenueChart } from '../../features/charts/components/revenue-chart';
import { StakeChart } from '../../features/charts/components/stake-chart';
import { UsersChart } from '../../features/charts/components/users-chart';
import { ValuationChart } from '../../features/charts/components/valuation-chart';
import { useChartParams } from '../../features/charts/utils/use-chart-params';
import { useDeal } from '../../features/deal/api/get-deal';
import { DealHeader } from '../../features/deal/components/deal-header';
import { KpiCards } from '../../features/deal/components/kpi-cards';
import { WithDeal } from '../../features/deal/components/with-deal';
import { WithMetric } from '../../features/deal/components/with-metric';
import { SEED_DEAL_ID } from '../paths';
import { NotFound } from './not-found';

// Each widget asks for its data itself (the cache shares one request), so one failing request
// shows an error in the widgets that need it, and the rest of the dashboard stays.
export default function DashboardRoute() {
  const { dealId = SEED_DEAL_ID } = useParams();
  const t = useT();
  const deal = useDeal(dealId);
  const [params, setParams] = useChartParams();

  if (deal.error instanceof HttpError && deal.error.status === 404) return <NotFound dealId={dealId} />;

  const onCurrencyChange = (currency: typeof params.currency) => setParams({ currency, valuation: null });

  return (
    <>
      <WithDeal dealId={dealId} what={t('what.deal')}>
        {(d) => <DealHeader deal={d} />}
      </WithDeal>
      <WidgetFrame what={t('kpi.heading')}>
        <WithDeal dealId={dealId} what={t('kpi.heading')}>
          {(d) => <KpiCards deal={d} />}
        </WithDeal>
      </WidgetFrame>
      <div className="chart-grid">
        <WidgetFrame what={t('what.stake')}>
          <WithDeal dealId={dealId} what={t('what.stake')}>
            {(d) => <StakeChart deal={d} />}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.valuation')}>
          <WithDeal dealId={dealId} what={t('what.valuation')}>
            {(d) => <ValuationChart deal={d} currency={params.currency} onCurrencyChange={onCurrencyChange} />}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.revenue')}>
          <WithDeal dealId={dealId} what={t('what.revenue')}>
            {(d) => (
              <RevenueChart
                deal={d}
                currency={params.currency}
                profile={params.profile}
                onCurrencyChange={onCurrencyChange}
                onProfileChange={(profile) => setParams({ profile })}
              />
            )}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.users')}>
          <WithDeal dealId={dealId} what={t('what.users')}>
            {(d) => (
              <WithMetric dealId={dealId} metric="registered-users" what={t('what.users')}>
                {(series) => <UsersChart deal={d} series={series} />}
              </WithMetric>
            )}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.option')}>
          <WithDeal dealId={dealId} what={t('what.option')}>
            {(d) => (
              <OptionWhatIfChart
                deal={d}
                currency={params.currency}
                valuation={params.valuation}
                onCurrencyChange={onCurrencyChange}
                onValuationChange={(valuation) => setParams({ valuation })}
              />
            )}
          </WithDeal>
        </WidgetFrame>
      </div>
    </>
  );
}
