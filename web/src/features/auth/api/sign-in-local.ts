import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { localSignInBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import type { SessionState } from '@/lib/auth';
import { authKeys } from '@/lib/query-keys';

export type LocalSignInInput = z.input<typeof localSignInBody>;

/** POST /api/auth/local; the answer is the new session, which moves the sign-in page on. */
export function useLocalSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LocalSignInInput) => api.post<SessionState>('/auth/local', input),
    onSuccess: (state) => client.setQueryData(authKeys.session, state),
    meta: { errorToast: false }, // the form shows it beside the field it concerns
  });
}
