import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PurchaseBody } from '#common/contracts/market';
import { request } from '@/lib/api-client';
import { refreshMarket } from './cache';
import type { PurchaseResultWire } from './types';

export interface PurchaseVariables {
  body: PurchaseBody;
  /** One per confirmed purchase; a retry of the same confirmation sends the same one. */
  idempotencyKey: string;
}

/**
 * POST /api/market/purchase: one unit of a catalogue item or a personal reward. A refusal is a
 * 409 whose message the purchase dialog shows (`insufficient_coins`, `out_of_stock`…).
 */
export function usePurchase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: PurchaseVariables) =>
      request<PurchaseResultWire>('POST', '/market/purchase', {
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    onSettled: () => refreshMarket(client),
    meta: { errorToast: false }, // the purchase dialog shows it
  });
}
