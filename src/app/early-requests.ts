import * as v from 'valibot';
import { prefetchApi } from '../lib/api-client';
import { apiPaths, SEED_DEAL_ID } from '../lib/api-paths';
import { DealSchema, MetricSeriesSchema } from '../lib/schemas';
import { startApi } from './start-api';
import type { WidgetId, WidgetQuery } from './widgets/registry';
import { isWidgetId, pageQueries } from './widgets/widget-queries';

// A page's first requests, started from its address before the app's code has arrived. A build
// loads this module as its own small script ahead of the app (see earlyRequests() in
// vite.config.ts); the queries then take these results (api-client's prefetchApi). Without it the
// data waited for React, the router and the route's code, about 200 ms; at 10,000 events its
// download, JSON parse and validation then sat on the critical path instead of beside the code.

interface FirstRequest {
  path: string;
  schema: v.GenericSchema;
}

/** The deal and the widgets (all: the dashboard) of a page at `pathname`, mirroring the routes in router.tsx. */
function pageAt(pathname: string): { dealId: string; widgets?: readonly WidgetId[] } | null {
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // A malformed address: the app shows its own message, nothing to start.
  }
  if (parts.length === 0) return { dealId: SEED_DEAL_ID };
  const [first, dealId, rest, ...more] = parts;
  if (!dealId || more.length > 0) return null;
  if (first === 'deals' && rest === undefined) return { dealId };
  if (first === 'deals' && rest === 'timeline') return { dealId, widgets: ['timeline'] };
  // An unknown widget still asks for its deal: the embed names the deal it belongs to.
  if (first === 'embed' && rest) return { dealId, widgets: isWidgetId(rest) ? [rest] : [] };
  return null;
}

function request(dealId: string, query: WidgetQuery): FirstRequest {
  if (query.endpoint === 'deal') return { path: apiPaths.deal(dealId), schema: DealSchema };
  return { path: apiPaths.metric(dealId, query.metric), schema: MetricSeriesSchema };
}

/** What a page at `pathname` asks for first: its widgets' queries (widget-queries.ts). */
export function firstViewRequests(pathname: string): FirstRequest[] {
  const page = pageAt(pathname);
  return page ? pageQueries(page.widgets).map((query) => request(page.dealId, query)) : [];
}

function startEarlyRequests({ pathname, search }: { pathname: string; search: string }): void {
  // Development and fault scenarios (?mock=) answer through the live MSW worker, which starts with the app.
  if (!startApi(search).answersEarly) return;
  for (const { path, schema } of firstViewRequests(pathname)) prefetchApi(path, schema);
}

// Only a build loads this module as a script (development has no early requests, nor have tests).
if (!import.meta.env.DEV) startEarlyRequests(window.location);
