import type { QueryClient } from '@tanstack/react-query';
import { gamificationKeys, marketKeys, todayKeys } from '@/lib/query-keys';

/** A purchase, redeem, equip or claim changed the wallet, the inventory and the game numbers. */
export function refreshMarket(client: QueryClient): void {
  for (const queryKey of [marketKeys.all, gamificationKeys.summary, todayKeys.all]) {
    void client.invalidateQueries({ queryKey });
  }
}
