import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { localSignInBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import { type SessionState, sessionQueryOptions } from '@/lib/auth';

export type LocalSignInInput = z.input<typeof localSignInBody>;

/** POST /api/auth/local, then the fresh session. */
export function useLocalSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: LocalSignInInput): Promise<SessionState> => {
      await api.post<unknown>('/auth/local', input);
      return client.fetchQuery({ ...sessionQueryOptions, staleTime: 0 });
    },
  });
}
