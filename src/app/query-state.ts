import {
  dehydrate,
  hashKey,
  hydrate,
  type DehydratedState,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { HttpError } from '../lib/api-client';

// The query cache a prerendered page was drawn from, as it travels in the page's JSON block: the
// answers (React Query's dehydrated state) and the API's refusals (a 404 for a metric a deal does
// not have), so that the client starts from exactly what the server drew: the same figures, and the
// same "could not load" where the API said no.

interface Refusal {
  queryKey: QueryKey;
  status: number;
  code: string;
  message: string;
}

export interface QueryState {
  cache: DehydratedState;
  refused: Refusal[];
  /** The answers are not in the block: the page fetches them before it is taken over (a generated deal's page). */
  fetch?: true;
}

interface WriteOptions {
  /** Only these queries (all without it): the ones the page's widgets use. */
  keys?: readonly QueryKey[];
  /** The refusals only, the answers to be fetched: for pages whose answers weigh megabytes. */
  fetchAnswers?: boolean;
}

/**
 * The cache as JSON: its answers and its refusals (HttpError); any other failure is the caller's to
 * stop on.
 */
export function writeQueryState(
  queryClient: QueryClient,
  { keys, fetchAnswers = false }: WriteOptions = {},
): QueryState {
  const wanted = keys && new Set(keys.map((key) => hashKey(key)));
  const shouldWrite = (query: { queryHash: string }) => !wanted || wanted.has(query.queryHash);
  const refused: Refusal[] = [];
  for (const query of queryClient.getQueryCache().getAll()) {
    if (!shouldWrite(query)) continue;
    const { error } = query.state;
    if (error instanceof HttpError) {
      refused.push({ queryKey: query.queryKey, status: error.status, code: error.code, message: error.message });
    }
  }
  const cache = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => !fetchAnswers && shouldWrite(query) && query.state.status === 'success',
  });
  return fetchAnswers ? { cache, refused, fetch: true } : { cache, refused };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether a page's state block says to fetch its answers (readQueryState has put its refusals in). */
export function fetchesAnswers(state: unknown): boolean {
  return isObject(state) && state.fetch === true;
}

/**
 * Puts a page's query state into the client's cache. A block of another shape is reported and
 * left out (the page then asks the API), never thrown.
 */
export function readQueryState(queryClient: QueryClient, state: unknown): void {
  if (!isObject(state) || !isObject(state.cache) || !Array.isArray(state.refused)) {
    console.error('The page’s prerendered data has an unknown shape; it asks the API again.');
    return;
  }
  // The answers arrived with the page: they count as fetched now, not when the build asked for
  // them, or every page opened more than the queries' staleTime after its build would ask again.
  const now = Date.now();
  const cache = state.cache as unknown as DehydratedState;
  hydrate(queryClient, {
    ...cache,
    queries: cache.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  });
  for (const refusal of state.refused as Refusal[]) {
    const query = queryClient.getQueryCache().build(queryClient, { queryKey: refusal.queryKey });
    query.setState({
      status: 'error',
      fetchStatus: 'idle',
      error: new HttpError(refusal.status, refusal.code, refusal.message),
      errorUpdatedAt: now,
      fetchFailureCount: 1,
    });
  }
}
