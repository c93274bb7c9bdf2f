import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { apiPaths } from '../../../lib/api-paths';
import { DealListSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getDeals(signal?: AbortSignal) {
  return apiGet(apiPaths.deals(), DealListSchema, signal);
}

export const dealsQueryOptions = () =>
  queryOptions({ queryKey: dealKeys.list(), queryFn: ({ signal }) => getDeals(signal) });

export const useDeals = () => useQuery(dealsQueryOptions());
