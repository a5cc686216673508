import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { settingsKeys } from '@/lib/query-keys';
import { refreshMarket } from './cache';
import type { PurchaseWire } from './types';

/**
 * POST /api/market/purchases/:id/equip: puts a theme or cosmetic on (`equipped: true`) or takes
 * it off. A theme is the `theme` setting, so the settings are read again and it applies here at
 * once; other devices hear `equipped_changed`.
 */
export function useEquipPurchase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, equipped }: { id: string; equipped: boolean }) =>
      api.post<PurchaseWire>(`/market/purchases/${encodeURIComponent(id)}/equip`, { equipped }),
    onSettled: () => {
      refreshMarket(client);
      void client.invalidateQueries({ queryKey: settingsKeys.all });
    },
  });
}
