import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { teaser } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type TeaserWire = z.input<typeof teaser>;

export const teaserQueryOptions = queryOptions({
  queryKey: gamificationKeys.teaser,
  queryFn: ({ signal }) => api.get<TeaserWire>('/gamification/teaser', { signal }),
});

/** GET /api/gamification/teaser: the nearest unearned achievement and its "n/m" label. */
export function useTeaser() {
  return useQuery(teaserQueryOptions);
}
