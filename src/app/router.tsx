import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { EmbedLayout } from './embed/embed-layout';
import { Layout } from './layout';
import { SEED_DEAL_PATH } from './paths';
import NotFoundRoute from './routes/not-found';

// Every route is its own chunk, loaded when it is visited: an embed never downloads the dashboard.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Navigate to={SEED_DEAL_PATH} replace /> },
      { path: '/deals/:dealId', lazy: async () => ({ Component: (await import('./routes/dashboard')).default }) },
      {
        path: '/deals/:dealId/timeline',
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
        lazy: async () => ({ Component: (await import('./embed/embed-route')).default }),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
