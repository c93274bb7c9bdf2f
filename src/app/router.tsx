import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { dealQueryOptions } from '../features/deal/api/get-deal';
import { metricQueryOptions } from '../features/deal/api/get-metric';
import { EmbedLayout } from './embed/embed-layout';
import { Layout } from './layout';
import { SEED_DEAL_PATH } from './paths';
import NotFoundRoute from './routes/not-found';

/**
 * Starts a page's requests while its code is still loading: the route's chunk and its data
 * travel side by side instead of one after the other. Errors surface in the widgets, not here.
 */
function prefetch(queryClient: QueryClient | undefined, withMetrics: boolean) {
  return ({ params }: LoaderFunctionArgs) => {
    const dealId = params.dealId;
    if (queryClient && dealId) {
      void queryClient.prefetchQuery(dealQueryOptions(dealId));
      if (withMetrics) void queryClient.prefetchQuery(metricQueryOptions(dealId, 'registered-users'));
    }
    return null;
  };
}

// Search changes (chart controls, timeline range) must not run the loader again: only a new deal does.
const onlyForNewDeal: RouteObject['shouldRevalidate'] = ({ currentParams, nextParams }) =>
  currentParams.dealId !== nextParams.dealId;

// Every route is its own chunk, loaded when it is visited: an embed never downloads the dashboard.
export function createRoutes(queryClient?: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      children: [
        { path: '/', element: <Navigate to={SEED_DEAL_PATH} replace /> },
        {
          path: '/deals/:dealId',
          loader: prefetch(queryClient, true),
          shouldRevalidate: onlyForNewDeal,
          lazy: async () => ({ Component: (await import('./routes/dashboard')).default }),
        },
        {
          path: '/deals/:dealId/timeline',
          loader: prefetch(queryClient, false),
          shouldRevalidate: onlyForNewDeal,
          lazy: async () => ({ Component: (await import('./routes/timeline')).default }),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
    {
      element: <EmbedLayout />,
      children: [
        {
          path: '/embed/:dealId/:widget',
          loader: prefetch(queryClient, true),
          shouldRevalidate: onlyForNewDeal,
          lazy: async () => ({ Component: (await import('./embed/embed-route')).default }),
        },
      ],
    },
  ];
}

export const createRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));
