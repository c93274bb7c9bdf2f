import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { DealSchema } from '../../../lib/schemas';
import { dealKeys } from './deal-keys';

export function getDeal(dealId: string, signal?: AbortSignal) {
  return apiGet(`/api/deals/${encodeURIComponent(dealId)}`, DealSchema, signal);
}

export const dealQueryOptions = (dealId: string) =>
  queryOptions({ queryKey: dealKeys.detail(dealId), queryFn: ({ signal }) => getDeal(dealId, signal) });

export const useDeal = (dealId: string) => useQuery(dealQueryOptions(dealId));
