import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshMarket } from './cache';
import type { PurchaseWire, UserRewardWire } from './types';

/** POST /api/market/user-rewards/:id/claim: a granted reward goes into the inventory, once. */
export function useClaimUserReward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ reward: UserRewardWire; purchase: PurchaseWire }>(
        `/market/user-rewards/${encodeURIComponent(id)}/claim`,
      ),
    onSettled: () => refreshMarket(client),
  });
}
