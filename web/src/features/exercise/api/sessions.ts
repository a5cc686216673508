import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSetBody, FinishSessionBody, StartSessionBody, UpdateSetBody } from '#common/contracts/exercise';
import { api } from '@/lib/api-client';
import { exerciseKeys } from '@/lib/query-keys';
import { refreshTraining } from './cache';
import type { LastSetsWire, SessionFinishWire, SessionSummaryWire, SessionWire, SetWriteWire } from './types';

/** GET /api/exercise/sessions/active: the session in progress with its sets, or null. */
export function useActiveSession() {
  return useQuery({
    queryKey: exerciseKeys.active,
    queryFn: ({ signal }) => api.get<SessionWire | null>('/exercise/sessions/active', { signal }),
  });
}

/** GET /api/exercise/sessions/:id. */
export function useSession(id: string) {
  return useQuery({
    queryKey: exerciseKeys.session(id),
    queryFn: ({ signal }) => api.get<SessionWire>(`/exercise/sessions/${encodeURIComponent(id)}`, { signal }),
  });
}

export const sessionListOptions = infiniteQueryOptions({
  queryKey: exerciseKeys.sessionList,
  queryFn: ({ pageParam, signal }) =>
    api.page<SessionSummaryWire>('/exercise/sessions', { query: { limit: 10, cursor: pageParam }, signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.page.next_cursor ?? undefined,
});

/** GET /api/exercise/sessions: past and present, newest first. */
export function useSessionList() {
  return useInfiniteQuery(sessionListOptions);
}

/** GET /api/exercise/sessions/last-sets: last time's working sets of each exercise. */
export function useLastSets(exerciseIds: readonly string[]) {
  const ids = [...new Set(exerciseIds)].slice(0, 50).sort().join(',');
  return useQuery({
    queryKey: exerciseKeys.lastSets(ids),
    queryFn: ({ signal }) =>
      api.get<LastSetsWire[]>('/exercise/sessions/last-sets', { query: { exercise_ids: ids }, signal }),
    enabled: ids !== '',
    staleTime: 60_000,
  });
}

/** POST /api/exercise/sessions: one at a time (409 `session_active` while one runs). */
export function useStartSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartSessionBody) => api.post<SessionWire>('/exercise/sessions', body),
    onSuccess: (s) => client.setQueryData(exerciseKeys.active, s),
    onSettled: () => client.invalidateQueries({ queryKey: exerciseKeys.sessions }),
    meta: { errorToast: false }, // the caller leads to the running session instead
  });
}

const setsPath = (sessionId: string) => `/exercise/sessions/${encodeURIComponent(sessionId)}/sets`;

/** Keeps the active session's cache in step with a set write's answer. */
function afterWrite(client: ReturnType<typeof useQueryClient>) {
  void client.invalidateQueries({ queryKey: exerciseKeys.active });
  void client.invalidateQueries({ queryKey: exerciseKeys.records });
}

/** POST /api/exercise/sessions/:id/sets: the set, the records it set and what they paid. */
export function useLogSet(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSetBody) => api.post<SetWriteWire>(setsPath(sessionId), body),
    onSettled: () => afterWrite(client),
  });
}

/** PATCH /api/exercise/sessions/:id/sets/:setId. */
export function useUpdateSet(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ setId, body }: { setId: string; body: UpdateSetBody }) =>
      api.patch<SetWriteWire>(`${setsPath(sessionId)}/${encodeURIComponent(setId)}`, body),
    onSettled: () => afterWrite(client),
    meta: { errorToast: false },
  });
}

/** DELETE /api/exercise/sessions/:id/sets/:setId. */
export function useDeleteSet(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (setId: string) => api.delete(`${setsPath(sessionId)}/${encodeURIComponent(setId)}`),
    onSettled: () => afterWrite(client),
  });
}

/** POST /api/exercise/sessions/:id/finish: pays `workout_complete` once. */
export function useFinishSession(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FinishSessionBody) =>
      api.post<SessionFinishWire>(`/exercise/sessions/${encodeURIComponent(sessionId)}/finish`, body),
    // The active session is read again (not set to null here), so the page can leave it first.
    onSuccess: (r) => client.setQueryData(exerciseKeys.session(r.session.id), r.session),
    onSettled: () => refreshTraining(client),
    meta: { errorToast: false },
  });
}

/** POST /api/exercise/sessions/:id/abandon: nothing is paid. */
export function useAbandonSession(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SessionWire>(`/exercise/sessions/${encodeURIComponent(sessionId)}/abandon`, {}),
    onSettled: () => refreshTraining(client),
  });
}
