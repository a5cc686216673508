import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshMarket } from './cache';
import type { PurchaseWire } from './types';

/** POST /api/market/purchases/:id/redeem: starts a boost, or marks a personal reward enjoyed. */
export function useRedeemPurchase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PurchaseWire>(`/market/purchases/${encodeURIComponent(id)}/redeem`),
    onSettled: () => refreshMarket(client),
  });
}
