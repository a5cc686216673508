import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';
import type { MarketPageWire } from './types';

export const marketQueryOptions = queryOptions({
  queryKey: marketKeys.page,
  queryFn: ({ signal }) => api.get<MarketPageWire>('/market', { signal }),
});

/**
 * GET /api/market: the wallet, level, running boost, what is worn, the catalogue by category,
 * recommendations, personal rewards and granted rewards waiting to be claimed.
 */
export function useMarket() {
  return useQuery(marketQueryOptions);
}
