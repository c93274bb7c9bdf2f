import { Link, useLocation, useParams } from 'react-router';
import { AsOfControl } from '../../components/as-of-control';
import { UrlNotice } from '../../components/url-notice';
import { WidgetFrame } from '../../components/widget-frame';
import { HttpError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { OptionWhatIfChart } from '../../features/charts/components/option-what-if';
import { RevenueChart } from '../../features/charts/components/revenue-chart';
import { StakeChart } from '../../features/charts/components/stake-chart';
import { UsersChart } from '../../features/charts/components/users-chart';
import { ValuationChart } from '../../features/charts/components/valuation-chart';
import type { Currency } from '../../features/charts/utils/currency';
import { useDeal } from '../../features/deal/api/get-deal';
import { DealHeader } from '../../features/deal/components/deal-header';
import { KpiCards } from '../../features/deal/components/kpi-cards';
import { WithDeal } from '../../features/deal/components/with-deal';
import { WithMetric } from '../../features/deal/components/with-metric';
import { Timeline } from '../../features/timeline/components/timeline';
import { paths, SEED_DEAL_ID } from '../paths';
import { useViewParams } from '../use-view-params';
import { NotFound } from './not-found';

// Each widget asks for its data itself (the cache shares one request), so one failing request
// shows an error in the widgets that need it, and the rest of the dashboard stays.
export default function DashboardRoute() {
  const { dealId = SEED_DEAL_ID } = useParams();
  const t = useT();
  const { search } = useLocation();
  const deal = useDeal(dealId);
  const { asOf, charts, timeline, problems, setCharts, setTimeline, setAsOf } = useViewParams();

  if (deal.error instanceof HttpError && deal.error.status === 404) return <NotFound dealId={dealId} />;

  const onCurrencyChange = (currency: Currency) => setCharts({ currency, valuation: null });

  return (
    <>
      <UrlNotice problems={problems} />
      <WithDeal dealId={dealId} what={t('what.deal')}>
        {(d) => (
          <DealHeader deal={d} asOf={asOf}>
            <AsOfControl value={asOf} onChange={setAsOf} />
          </DealHeader>
        )}
      </WithDeal>
      <WidgetFrame what={t('kpi.heading')}>
        <WithDeal dealId={dealId} what={t('kpi.heading')}>
          {(d) => <KpiCards deal={d} asOf={asOf} />}
        </WithDeal>
      </WidgetFrame>
      <div className="chart-grid">
        <WidgetFrame what={t('what.stake')}>
          <WithDeal dealId={dealId} what={t('what.stake')}>
            {(d) => <StakeChart deal={d} asOf={asOf} />}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.valuation')}>
          <WithDeal dealId={dealId} what={t('what.valuation')}>
            {(d) => (
              <ValuationChart deal={d} asOf={asOf} currency={charts.currency} onCurrencyChange={onCurrencyChange} />
            )}
          </WithDeal>
        </WidgetFrame>
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
              />
            )}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.users')}>
          <WithDeal dealId={dealId} what={t('what.users')}>
            {(d) => (
              <WithMetric dealId={dealId} metric="registered-users" what={t('what.users')}>
                {(series) => <UsersChart deal={d} series={series} asOf={asOf} />}
              </WithMetric>
            )}
          </WithDeal>
        </WidgetFrame>
        <WidgetFrame what={t('what.option')}>
          <WithDeal dealId={dealId} what={t('what.option')}>
            {(d) => (
              <OptionWhatIfChart
                deal={d}
                asOf={asOf}
                currency={charts.currency}
                valuation={charts.valuation}
                onCurrencyChange={onCurrencyChange}
                onValuationChange={(valuation) => setCharts({ valuation })}
              />
            )}
          </WithDeal>
        </WidgetFrame>
      </div>
      <section className="timeline-panel" aria-labelledby="timeline-panel-title">
        <div className="timeline-panel__header">
          <h2 id="timeline-panel-title" className="section-title">
            {t('timeline.title')}
          </h2>
          <Link to={{ pathname: paths.timeline(dealId), search }}>{t('timeline.open')}</Link>
        </div>
        <WidgetFrame what={t('what.timeline')}>
          <WithDeal dealId={dealId} what={t('what.timeline')}>
            {(d) => <Timeline deal={d} asOf={asOf} view={timeline} onViewChange={setTimeline} compact />}
          </WithDeal>
        </WidgetFrame>
      </section>
    </>
  );
}
