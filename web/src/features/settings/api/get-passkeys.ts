import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passkey } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import { userKeys } from '@/lib/query-keys';

export type Passkey = z.input<typeof passkey>;

export const passkeysQueryOptions = queryOptions({
  queryKey: userKeys.passkeys,
  queryFn: ({ signal }) => api.get<Passkey[]>('/user/passkeys', { signal }),
});

export function usePasskeys() {
  return useQuery(passkeysQueryOptions);
}
