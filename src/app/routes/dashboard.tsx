import { Link } from 'wouter';
import { loadable } from '../../components/loadable';
import { LoadingState } from '../../components/query-state';
import { AsOfControl } from '../../components/as-of-control';
import { UrlNotice } from '../../components/url-notice';
import { HttpError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { DealHeader } from '../../features/deal/components/deal-header';
import { WithDeal } from '../../features/deal/components/with-deal';
import { EmbedButton } from '../embed/embed-button';
import { useRawSearch, useRouteParam } from '../location';
import { paths, SEED_DEAL_ID } from '../paths';
import { useViewParams } from '../use-view-params';
import { KpisWidget } from '../widgets/kpis-widget';
import { StakeWidget } from '../widgets/stake-widget';
import { ValuationWidget } from '../widgets/valuation-widget';
import type { WidgetProps } from '../widgets/widget-props';
import { NotFound } from './not-found';

// The first view is the header, the key figures and the first two charts; they come with the page.
// The widgets below the fold load beside it and draw right after, so the first chart waits for
// neither their code nor their rendering. The timeline's code (axis, clustering, windowed list) too.
const later = (what: string) => (
  <section className="chart-card chart-card--pending">
    <LoadingState what={what} />
  </section>
);
const RevenueWidget = loadable<WidgetProps>(
  () => import('../widgets/revenue-widget').then((m) => ({ default: m.RevenueWidget })),
  'what.revenue',
  later,
);
const UsersWidget = loadable<WidgetProps>(
  () => import('../widgets/users-widget').then((m) => ({ default: m.UsersWidget })),
  'what.users',
  later,
);
const OptionWidget = loadable<WidgetProps>(
  () => import('../widgets/option-widget').then((m) => ({ default: m.OptionWidget })),
  'what.option',
  later,
);
const TimelineWidget = loadable<Parameters<typeof import('../widgets/timeline-widget').TimelineWidget>[0]>(
  () => import('../widgets/timeline-widget').then((m) => ({ default: m.TimelineWidget })),
  'what.timeline',
);

// Each widget asks for its data itself (the cache shares one request), so one failing request
// shows an error in the widgets that need it, and the rest of the dashboard stays.
export default function DashboardRoute() {
  const dealId = useRouteParam('dealId') ?? SEED_DEAL_ID;
  const t = useT();
  const search = useRawSearch();
  const deal = useDeal(dealId);
  const { asOf, problems, setAsOf } = useViewParams();

  if (deal.error instanceof HttpError && deal.error.status === 404) return <NotFound dealId={dealId} />;

  const embed = (widget: Parameters<typeof EmbedButton>[0]['widget'], title: string) => (
    <EmbedButton dealId={dealId} widget={widget} title={title} />
  );

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
      <KpisWidget dealId={dealId} actions={embed('kpis', t('kpi.heading'))} />
      <div className="chart-grid">
        <StakeWidget dealId={dealId} actions={embed('stake', t('stake.title'))} />
        <ValuationWidget dealId={dealId} actions={embed('valuation', t('valuation.title'))} />
        <RevenueWidget dealId={dealId} actions={embed('revenue', t('revenue.title'))} />
        <UsersWidget dealId={dealId} actions={embed('users', t('users.title'))} />
        <OptionWidget dealId={dealId} actions={embed('option', t('option.title'))} />
      </div>
      <section className="timeline-panel" aria-labelledby="timeline-panel-title">
        <div className="timeline-panel__header">
          <h2 id="timeline-panel-title" className="section-title">
            {t('timeline.title')}
          </h2>
          <Link className="no-print" href={`${paths.timeline(dealId)}${search}`}>
            {t('timeline.open')}
          </Link>
        </div>
        <TimelineWidget dealId={dealId} compact headingLevel={3} actions={embed('timeline', t('timeline.title'))} />
      </section>
    </>
  );
}
