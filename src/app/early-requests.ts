import * as v from 'valibot';
import { prefetchApi } from '../lib/api-client';
import { apiPaths } from '../lib/api-paths';
import { DealSchema, EventListSchema, MetricSeriesSchema } from '../lib/schemas';
import { startApi } from './start-api';
import { pageAt } from './pages';
import { isPrerendered } from './prerendered-view';
import type { WidgetQuery } from './widgets/registry';
import { pageQueries } from './widgets/widget-queries';

// A page's first requests, started from its address before the app's code has arrived. A build
// loads this module as its own small script ahead of the app (see earlyRequests() in
// vite.config.ts); the queries then take these results (api-client's prefetchApi). Without it the
// data waited for React, the router and the route's code, about 200 ms; at 10,000 events its
// download, JSON parse and validation then sat on the critical path instead of beside the code.

interface FirstRequest {
  path: string;
  schema: v.GenericSchema;
}

function request(dealId: string, query: WidgetQuery): FirstRequest {
  if (query.endpoint === 'deal') return { path: apiPaths.dealKeyEvents(dealId), schema: DealSchema };
  if (query.endpoint === 'events') return { path: apiPaths.events(dealId), schema: EventListSchema };
  return { path: apiPaths.metric(dealId, query.metric), schema: MetricSeriesSchema };
}

/** What a page at `pathname` asks for first: its widgets' queries (widget-queries.ts). */
export function firstViewRequests(pathname: string): FirstRequest[] {
  const page = pageAt(pathname);
  if (!page || page.kind === 'index') return [];
  return pageQueries(page.widgets).map((query) => request(page.dealId, query));
}

function startEarlyRequests({ pathname, search }: { pathname: string; search: string }): void {
  // Development and fault scenarios (?mock=) answer through the live MSW worker, which starts with the app.
  if (!startApi(search).answersEarly) return;
  // A prerendered page brings its answers with it (its query-state block), or fetches them itself
  // (a generated deal's, main.tsx), skipping the ones its block says the API refused.
  if (isPrerendered(document)) return;
  for (const { path, schema } of firstViewRequests(pathname)) prefetchApi(path, schema);
}

// Only a build loads this module as a script (development has no early requests, nor have tests).
if (!import.meta.env.DEV) startEarlyRequests(window.location);
