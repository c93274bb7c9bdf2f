import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { dealsQueryOptions } from '../features/deal/api/get-deals';
import { pageAt } from './pages';
import { pageQueries } from './widgets/widget-queries';
import { widgetQueryOptions } from './widgets/widget-query-options';

/**
 * What the page at `pathname` asks the API for, as the router's prefetching asks for it: what the
 * prerender step draws it from and serialises, and what a page that carries no state fetches
 * before the client takes its HTML over (main.tsx).
 */
export function pageQueryOptions(pathname: string): FetchQueryOptions[] {
  const page = pageAt(pathname);
  if (!page) return [];
  if (page.kind === 'index') return [dealsQueryOptions(null) as FetchQueryOptions];
  return pageQueries(page.widgets).map((query) => widgetQueryOptions(page.dealId, query) as FetchQueryOptions);
}

/**
 * Asks for what the page at `pathname` was drawn from, before the client takes over a prerendered
 * page that carries only its refusals (a generated deal's): every query the cache has nothing for.
 */
export async function fetchPageState(queryClient: QueryClient, pathname: string): Promise<void> {
  const cache = queryClient.getQueryCache();
  const missing = pageQueryOptions(pathname).filter((query) => !cache.find({ queryKey: query.queryKey, exact: true }));
  await Promise.all(missing.map((query) => queryClient.prefetchQuery(query)));
}
