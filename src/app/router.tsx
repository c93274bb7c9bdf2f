import { usePrefetchQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { loadable } from '../components/loadable';
import { LoadingState } from '../components/query-state';
import { dealQueryOptions } from '../features/deal/api/get-deal';
import { metricQueryOptions } from '../features/deal/api/get-metric';
import { readsUsers } from '../lib/api-paths';
import { useT } from '../lib/i18n';
import { EmbedLayout } from './embed/embed-layout';
import { Layout } from './layout';
import { useRawSearch, useRouteParam } from './location';
import { SEED_DEAL_PATH } from './paths';
import NotFoundRoute from './routes/not-found';

// Every route is its own chunk, loaded when it is visited: an embed never downloads the dashboard.
const DashboardRoute = loadable(() => import('./routes/dashboard'), 'what.page');
const TimelineRoute = loadable(() => import('./routes/timeline'), 'what.page');
const EmbedRoute = loadable(() => import('./embed/embed-route'), 'what.page');

/**
 * Asks for a page's data as soon as its route matches, while the route's code is still loading:
 * the chunk and the data travel side by side. (On a first visit early-requests.ts asked already;
 * the cache hands its answer on.) Errors surface in the widgets, not here.
 */
function Prefetch({ users }: { users: boolean }) {
  const dealId = useRouteParam('dealId') ?? '';
  usePrefetchQuery(dealQueryOptions(dealId));
  return users ? <PrefetchUsers dealId={dealId} /> : null;
}

function PrefetchUsers({ dealId }: { dealId: string }) {
  usePrefetchQuery(metricQueryOptions(dealId, 'registered-users'));
  return null;
}

function Page({ users, children }: { users: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <Prefetch users={users} />
      <Suspense fallback={<LoadingState what={t('what.deal')} />}>{children}</Suspense>
    </>
  );
}

// "/" opens the seed deal in the view its query asks for; replacing "/", so Back never returns to it.
function OpenSeedDeal() {
  const search = useRawSearch();
  return <Redirect to={`${SEED_DEAL_PATH}${search}`} replace />;
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/embed/:dealId/:widget">
        {({ widget }) => (
          <EmbedLayout>
            <Page users={readsUsers(widget)}>
              <EmbedRoute />
            </Page>
          </EmbedLayout>
        )}
      </Route>
      <Route>
        <Layout>
          <Switch>
            <Route path="/">
              <OpenSeedDeal />
            </Route>
            <Route path="/deals/:dealId">
              <Page users>
                <DashboardRoute />
              </Page>
            </Route>
            <Route path="/deals/:dealId/timeline">
              <Page users={false}>
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
