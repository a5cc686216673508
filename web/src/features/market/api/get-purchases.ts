import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';
import type { InventoryFilter, PurchaseWire } from './types';

const PAGE_SIZE = 20;

export const purchasesQueryOptions = (filter: InventoryFilter) =>
  infiniteQueryOptions({
    queryKey: marketKeys.purchaseList(filter),
    queryFn: ({ pageParam, signal }) =>
      api.page<PurchaseWire>('/market/purchases', {
        query: { state: filter === 'all' ? undefined : filter, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/market/purchases: the inventory, newest first, optionally in one state. */
export function usePurchases(filter: InventoryFilter) {
  return useInfiniteQuery(purchasesQueryOptions(filter));
}
