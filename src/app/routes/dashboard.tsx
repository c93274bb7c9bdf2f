import type { ComponentType } from 'react';
import { Link } from 'wouter';
import { loadable } from '../../components/loadable';
import { LoadingState } from '../../components/query-state';
import { AsOfControl } from '../../components/as-of-control';
import { AddressNoteContext, UrlNotice } from '../../components/url-notice';
import { isDealNotFound } from '../../lib/api-client';
import { useT, type WhatKey } from '../../lib/i18n';
import { useDeal } from '../../features/deal/api/get-deal';
import { DealHeader } from '../../features/deal/components/deal-header';
import { WithDeal } from '../../features/deal/components/with-deal';
import { EmbedButton } from '../embed/embed-button';
import { useRawSearch, useRouteParam } from '../location';
import { paths, SEED_DEAL_ID } from '../paths';
import { usePageNotes } from '../use-page-notes';
import { useDealTitle } from '../use-deal-title';
import { useViewParams } from '../use-view-params';
import { KpisWidget } from '../widgets/kpis-widget';
import { WIDGET_IDS, WIDGETS, type WidgetId } from '../widgets/registry';
import { StakeWidget } from '../widgets/stake-widget';
import { ValuationWidget } from '../widgets/valuation-widget';
import type { WidgetProps } from '../widgets/widget-props';
import { NotFound } from './not-found';

// The first view is the header, the key figures and the first two charts; they come with the page.
// The widgets below the fold load beside it and draw right after, so the first chart waits for
// neither their code nor their rendering. The timeline's code (axis, clustering, windowed list) too.
const WITH_THE_PAGE: Partial<Record<WidgetId, ComponentType<WidgetProps>>> = {
  kpis: KpisWidget,
  stake: StakeWidget,
  valuation: ValuationWidget,
};
const later = (what: WhatKey) => (
  <section className="chart-card chart-card--pending">
    <LoadingState what={what} />
  </section>
);
// The key figures lead and the timeline has its own panel (site.ts: onDashboard); the rest is the chart grid.
const CHARTS = WIDGET_IDS.filter((id) => WIDGETS[id].onDashboard === 'grid').map((id) => ({
  id,
  Widget: WITH_THE_PAGE[id] ?? loadable<WidgetProps>(WIDGETS[id].load, WIDGETS[id].what, later),
}));
const TimelineWidget = loadable(WIDGETS.timeline.load, WIDGETS.timeline.what);

// Each widget asks for its data itself (the cache shares one request), so one failing request
// shows an error in the widgets that need it, and the rest of the dashboard stays.
export default function DashboardRoute() {
  const dealId = useRouteParam('dealId') ?? SEED_DEAL_ID;
  const t = useT();
  const search = useRawSearch();
  const deal = useDeal(dealId);
  const { asOf, problems, setAsOf } = useViewParams();
  const { notes, report } = usePageNotes(deal.data, asOf);
  useDealTitle(deal.data, asOf);

  if (isDealNotFound(deal.error)) return <NotFound dealId={dealId} />;

  const embed = (widget: WidgetId) => <EmbedButton dealId={dealId} widget={widget} title={t(WIDGETS[widget].title)} />;

  return (
    <AddressNoteContext.Provider value={report}>
      <UrlNotice problems={problems} notes={notes} />
      <WithDeal dealId={dealId} what="what.deal">
        {(d) => (
          <DealHeader deal={d} asOf={asOf}>
            <AsOfControl value={asOf} onChange={setAsOf} />
          </DealHeader>
        )}
      </WithDeal>
      <KpisWidget dealId={dealId} actions={embed('kpis')} />
      <div className="chart-grid">
        {CHARTS.map(({ id, Widget }) => (
          <Widget key={id} dealId={dealId} actions={embed(id)} />
        ))}
      </div>
      <section className="timeline-panel" aria-labelledby="timeline-panel-title">
        <div className="timeline-panel__header">
          <h2 id="timeline-panel-title" className="section-title">
            {t(WIDGETS.timeline.title)}
          </h2>
          <Link className="no-print" href={`${paths.timeline(dealId)}${search}`}>
            {t('timeline.open')}
          </Link>
        </div>
        <TimelineWidget dealId={dealId} compact headingLevel={3} actions={embed('timeline')} />
      </section>
    </AddressNoteContext.Provider>
  );
}
