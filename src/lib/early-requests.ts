import * as v from 'valibot';
import { prefetchApi } from './api-client';
import { apiPaths, readsUsers, SEED_DEAL_ID } from './api-paths';
import { answersWithoutCode } from './mocking';
import { DealSchema, MetricSeriesSchema } from './schemas';

// A page's first requests, started from its address before the app's code has arrived. A build
// loads this module as its own small script ahead of the app (see earlyRequests() in
// vite.config.ts); the queries then take these results (api-client's prefetchApi). Without it the
// data waited for React, the router and the route's code, about 200 ms; at 10,000 events its
// download, JSON parse and validation then sat on the critical path instead of beside the code.

interface FirstRequest {
  path: string;
  schema: v.GenericSchema;
}

/** What a page at `pathname` asks for first, mirroring the routes in app/router.tsx. */
export function firstViewRequests(pathname: string): FirstRequest[] {
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return []; // A malformed address: the app shows its own message, nothing to start.
  }
  const deal = (dealId: string): FirstRequest => ({ path: apiPaths.deal(dealId), schema: DealSchema });
  const users = (dealId: string): FirstRequest => ({
    path: apiPaths.metric(dealId, 'registered-users'),
    schema: MetricSeriesSchema,
  });
  if (parts.length === 0) return [deal(SEED_DEAL_ID), users(SEED_DEAL_ID)];
  const [first, dealId, rest, ...more] = parts;
  if (!dealId || more.length > 0) return [];
  if (first === 'deals' && rest === undefined) return [deal(dealId), users(dealId)];
  if (first === 'deals' && rest === 'timeline') return [deal(dealId)];
  if (first === 'embed' && rest) return readsUsers(rest) ? [deal(dealId), users(dealId)] : [deal(dealId)];
  return [];
}

export function startEarlyRequests({ pathname, search }: { pathname: string; search: string }): void {
  // Development and fault scenarios (?mock=) answer through the live MSW worker, which starts later.
  if (!answersWithoutCode(search)) return;
  for (const { path, schema } of firstViewRequests(pathname)) prefetchApi(path, schema);
}

if (typeof window !== 'undefined') startEarlyRequests(window.location);
