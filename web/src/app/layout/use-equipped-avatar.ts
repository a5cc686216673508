import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PurchaseWire } from '@/features/market/api/types';
import { api } from '@/lib/api-client';
import { marketKeys } from '@/lib/query-keys';

/** The avatar's cosmetics: an asset name per slot, or null for the default. */
export interface AvatarCosmetics {
  frame: string | null;
  badge: string | null;
  background: string | null;
}

const none: AvatarCosmetics = { frame: null, badge: null, background: null };

/** The slots of the equipped purchases whose item is an avatar cosmetic (`effect: {type:'avatar', slot, asset}`). */
export function avatarCosmetics(purchases: PurchaseWire[]): AvatarCosmetics {
  const worn = { ...none };
  for (const p of purchases) {
    const effect = p.item?.effect;
    if (p.state !== 'equipped' || effect?.type !== 'avatar') continue;
    const { slot, asset } = effect;
    if ((slot === 'frame' || slot === 'badge' || slot === 'background') && typeof asset === 'string') {
      worn[slot] = asset;
    }
  }
  return worn;
}

const equippedQueryOptions = queryOptions({
  queryKey: marketKeys.equipped,
  queryFn: ({ signal }) =>
    api.get<PurchaseWire[]>('/market/purchases', { query: { state: 'equipped', limit: 50 }, signal }),
  // `equipped_changed` and every market change refresh it.
  staleTime: 5 * 60_000,
  select: avatarCosmetics,
});

/**
 * GET /api/market/purchases?state=equipped: what the user wears on their avatar. Cached under
 * the market's key, so equipping on any device (`equipped_changed`) refreshes it.
 */
export function useEquippedAvatar(): AvatarCosmetics {
  return useQuery(equippedQueryOptions).data ?? none;
}
