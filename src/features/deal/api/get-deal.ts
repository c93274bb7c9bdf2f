import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { apiPaths } from '../../../lib/api-paths';
import { DealSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getDeal(dealId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.deal(dealId), DealSchema, signal);
}

export const dealQueryOptions = (dealId: string) =>
  queryOptions({ queryKey: dealKeys.detail(dealId), queryFn: ({ signal }) => getDeal(dealId, signal) });

export const useDeal = (dealId: string) => useQuery(dealQueryOptions(dealId));
