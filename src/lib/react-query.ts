import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isClientError } from './api-client';

/** Retry a failure that may pass (network, 5xx) at most twice; never a 4xx or a bad payload. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !isClientError(error) && failureCount < 2;
}

export const queryDefaults: DefaultOptions = {
  queries: {
    retry: shouldRetry,
    // A page's loader may have asked already: a failure it met is shown, with "Try again", not re-asked.
    retryOnMount: false,
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  },
};

export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { ...queryDefaults.queries, ...overrides } } });
}
