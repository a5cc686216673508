import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdminRoleName,
  adminRole,
  adminSession,
  adminUser,
  adminUserDetail,
  GrantRoleBody,
} from '#common/contracts/admin';
import { api } from '@/lib/api-client';
import { adminUserKeys } from '@/lib/query-keys';

/** The wire shapes (timestamps as strings). */
export type AdminUserWire = z.input<typeof adminUser>;
export type AdminUserDetailWire = z.input<typeof adminUserDetail>;
export type AdminSessionWire = z.input<typeof adminSession>;
export type AdminRoleWire = z.input<typeof adminRole>;

const PAGE_SIZE = 25;
const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

export const adminUsersQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: adminUserKeys.list(q),
    queryFn: ({ pageParam, signal }) =>
      api.page<AdminUserWire>('/admin/users', {
        query: { q: q || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/admin/users: users newest first; `q` (3+ characters, or empty) finds part of a name or email. */
export function useAdminUsers(q: string) {
  return useInfiniteQuery(adminUsersQueryOptions(q));
}

/** GET /api/admin/users/:id: a person's profile, roles, sign-in methods, activity and storage. */
export function useAdminUser(id: string) {
  return useQuery({
    queryKey: adminUserKeys.detail(id),
    queryFn: ({ signal }) => api.get<AdminUserDetailWire>(userPath(id), { signal }),
  });
}

/** GET /api/admin/sessions?user_id=: their live sessions. */
export function useAdminUserSessions(id: string) {
  return useQuery({
    queryKey: adminUserKeys.sessions(id),
    queryFn: ({ signal }) => api.get<AdminSessionWire[]>('/admin/sessions', { query: { user_id: id }, signal }),
  });
}

/** GET /api/admin/roles: every role, its parent and permissions. */
export function useAdminRoles() {
  return useQuery({
    queryKey: adminUserKeys.roles,
    queryFn: ({ signal }) => api.get<AdminRoleWire[]>('/admin/roles', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every change to a person refreshes the lists and their page. */
function usePeopleMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: adminUserKeys.all }),
  });
}

/** POST /api/admin/users/:id/disable: sign-in refused, every session ended. */
export const useDisableUser = () =>
  usePeopleMutation((id: string) => api.post<AdminUserWire>(`${userPath(id)}/disable`));

/** POST /api/admin/users/:id/enable. */
export const useEnableUser = () => usePeopleMutation((id: string) => api.post<AdminUserWire>(`${userPath(id)}/enable`));

/** DELETE /api/admin/users/:id/sessions: signed out everywhere. */
export const useRevokeUserSessions = () =>
  usePeopleMutation((id: string) => api.delete<{ ended: number }>(`${userPath(id)}/sessions`));

/** DELETE /api/admin/sessions/:id: one session ended. */
export const useRevokeAdminSession = () =>
  usePeopleMutation((sessionId: string) => api.delete(`/admin/sessions/${encodeURIComponent(sessionId)}`));

/** DELETE /api/admin/users/:id: the user and everything they own. */
export const useDeleteUser = () => usePeopleMutation((id: string) => api.delete(userPath(id)));

/** PUT /api/admin/users/:id/roles/:role: granted, optionally until a time. */
export const useGrantRole = () =>
  usePeopleMutation(({ id, role, body = {} }: { id: string; role: AdminRoleName; body?: GrantRoleBody }) =>
    api.put<AdminUserDetailWire>(`${userPath(id)}/roles/${role}`, body),
  );

/** DELETE /api/admin/users/:id/roles/:role. */
export const useRemoveRole = () =>
  usePeopleMutation(({ id, role }: { id: string; role: AdminRoleName }) =>
    api.delete<AdminUserDetailWire>(`${userPath(id)}/roles/${role}`),
  );
