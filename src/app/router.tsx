import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { SEED_DEAL_PATH } from './paths';
import DashboardRoute from './routes/dashboard';
import NotFoundRoute from './routes/not-found';
import TimelineRoute from './routes/timeline';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Navigate to={SEED_DEAL_PATH} replace /> },
      { path: '/deals/:dealId', element: <DashboardRoute /> },
      { path: '/deals/:dealId/timeline', element: <TimelineRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
