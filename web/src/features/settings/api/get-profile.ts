import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { profile } from '#common/contracts/user';
import { api } from '@/lib/api-client';
import { userKeys } from '@/lib/query-keys';

export type Profile = z.input<typeof profile>;

export const profileQueryOptions = queryOptions({
  queryKey: userKeys.profile,
  queryFn: ({ signal }) => api.get<Profile>('/user', { signal }),
});

export function useProfile() {
  return useQuery(profileQueryOptions);
}
