import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { userSession } from '#common/contracts/user';
import { api } from '@/lib/api-client';
import { userKeys } from '@/lib/query-keys';

export type UserSession = z.input<typeof userSession>;

export const sessionsQueryOptions = queryOptions({
  queryKey: userKeys.sessions,
  queryFn: ({ signal }) => api.get<UserSession[]>('/user/sessions', { signal }),
});

export function useSessions() {
  return useQuery(sessionsQueryOptions);
}
