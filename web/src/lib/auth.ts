import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { sessionState, sessionUser } from '#common/contracts/auth';
import type { Permission } from '#common/permissions';
import { api } from './api-client';
import { queryClient, setAuthFailureHandler } from './query-client';
import { authKeys } from './query-keys';

/** The wire shapes (timestamps as strings). */
export type SessionState = z.input<typeof sessionState>;
export type SessionUser = z.input<typeof sessionUser>;

export const sessionQueryOptions = queryOptions({
  queryKey: authKeys.session,
  queryFn: ({ signal }) => api.get<SessionState>('/auth/session', { signal }),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

/** The signed-in user; only call below the route guard, which guarantees one. */
export function useUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useUser() needs a signed-in user');
  return data.user;
}

/** True when the session user may do `permission`. */
/** Whether the user holds the permission, or any one of a list of them. */
export function hasPermission(
  user: SessionUser | null | undefined,
  permission: Permission | readonly Permission[],
): boolean {
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  return wanted.some((p) => user?.permissions.includes(p));
}

/** Whether the user still has to accept the terms or confirm their age. */
export const needsTerms = (state: SessionState): boolean => !state.terms_accepted || !state.age_verified;

/** Forgets everything about the previous user and marks the session signed out. */
export function clearSession(client = queryClient): void {
  const current = client.getQueryData<SessionState>(authKeys.session);
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
  if (current) client.setQueryData<SessionState>(authKeys.session, { ...current, user: null });
  else void client.invalidateQueries({ queryKey: authKeys.session });
}

let leftOnPurpose = false;

/** True after the user signed out on purpose: the route guard then sends them to sign-in without a return path. */
export const signedOutOnPurpose = () => leftOnPurpose;

/** Called by the route guard once a user is signed in again. */
export function forgetSignOut(): void {
  leftOnPurpose = false;
}

/**
 * Ends the session in the app after the server ended it: `leave` moves the page on (to sign-in),
 * then every cached query of the user is dropped.
 */
export async function endSession(client: QueryClient, leave?: () => void | Promise<void>): Promise<void> {
  leftOnPurpose = true;
  await leave?.();
  clearSession(client);
}

// A 401 anywhere means the session is gone; `terms_required` means the terms changed.
setAuthFailureHandler((code) => {
  const current = queryClient.getQueryData<SessionState>(authKeys.session);
  if (code === 'unauthenticated') {
    if (current?.user) clearSession();
  } else if (!current || !needsTerms(current)) {
    void queryClient.invalidateQueries({ queryKey: authKeys.session });
  }
});

/**
 * POST /api/auth/signout. `leave` runs before the session is cleared, so a page can move to
 * sign-in itself rather than the route guard sending it there with a return path.
 */
export function useSignOut(leave?: () => void | Promise<void>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/signout'),
    onSuccess: () => endSession(client, leave),
  });
}
