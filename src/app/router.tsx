import { usePrefetchQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Boundary } from '../components/boundary';
import { loadable } from '../components/loadable';
import { LoadingState } from '../components/query-state';
import { dealsQueryOptions } from '../features/deal/api/get-deals';
import { parseAsOf } from '../lib/url-params';
import { EmbedLayout } from './embed/embed-layout';
import { Layout } from './layout';
import { useRawSearch, useRouteParam } from './location';
import { SEED_DEAL_PATH } from './paths';
import NotFoundRoute from './routes/not-found';
import { ROUTES, type WidgetQuery } from './site';
import { WIDGET_IDS, type WidgetId } from './widgets/registry';
import { isWidgetId, pageQueries } from './widgets/widget-queries';
import { widgetQueryOptions } from './widgets/widget-query-options';

// Every route is its own chunk, loaded when it is visited: an embed never downloads the dashboard.
const DashboardRoute = loadable(() => import('./routes/dashboard'), 'what.page');
const TimelineRoute = loadable(() => import('./routes/timeline'), 'what.page');
const EmbedRoute = loadable(() => import('./embed/embed-route'), 'what.page');
const DealsIndexRoute = loadable(() => import('./routes/deals-index'), 'what.page');

/**
 * Asks for a page's data as soon as its route matches, while the route's code is still loading:
 * the chunk and the data travel side by side, each widget's queries (widget-queries.ts). (On
 * a first visit early-requests.ts asked already; the cache hands its answer on.) Errors surface
 * in the widgets, not here.
 */
function Prefetch({ widgets }: { widgets: readonly WidgetId[] }) {
  const dealId = useRouteParam('dealId') ?? '';
  return pageQueries(widgets).map((query) => (
    <PrefetchQuery key={JSON.stringify(query)} dealId={dealId} query={query} />
  ));
}

// One component per query, so each calls its hook once, always the same.
function PrefetchQuery({ dealId, query }: { dealId: string; query: WidgetQuery }) {
  usePrefetchQuery(widgetQueryOptions(dealId, query));
  return null;
}

/** A deal's page showing `widgets`. */
function Page({ widgets, children }: { widgets: readonly WidgetId[]; children: ReactNode }) {
  return (
    <>
      <Prefetch widgets={widgets} />
      <Boundary fallback={<LoadingState what="what.deal" />}>{children}</Boundary>
    </>
  );
}

// The deals index asks for its list (as known on the address's day) while its code loads.
function DealsIndexPage() {
  usePrefetchQuery(dealsQueryOptions(parseAsOf(new URLSearchParams(useRawSearch()))));
  return (
    <Boundary fallback={<LoadingState what="what.deals" />}>
      <DealsIndexRoute />
    </Boundary>
  );
}

// "/" opens the seed deal in the view its query asks for; replacing "/", so Back never returns to it.
function OpenSeedDeal() {
  const search = useRawSearch();
  return <Redirect to={`${SEED_DEAL_PATH}${search}`} replace />;
}

// The routes table (site.ts) gives every path and the widgets each page shows; pages.test.ts checks
// that this router and pageAt (pages.ts) match the same addresses.
export function AppRoutes() {
  return (
    <Switch>
      <Route path={ROUTES.embed.path}>
        {({ widget }) => (
          <EmbedLayout>
            <Page widgets={isWidgetId(widget) ? [widget] : []}>
              <EmbedRoute />
            </Page>
          </EmbedLayout>
        )}
      </Route>
      <Route>
        <Layout>
          <Switch>
            <Route path={ROUTES.seed.path}>
              <OpenSeedDeal />
            </Route>
            <Route path={ROUTES.index.path}>
              <DealsIndexPage />
            </Route>
            <Route path={ROUTES.dashboard.path}>
              <Page widgets={WIDGET_IDS}>
                <DashboardRoute />
              </Page>
            </Route>
            <Route path={ROUTES.timeline.path}>
              <Page widgets={ROUTES.timeline.widgets}>
                <TimelineRoute />
              </Page>
            </Route>
            <Route>
              <NotFoundRoute />
            </Route>
          </Switch>
        </Layout>
      </Route>
    </Switch>
  );
}
