import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { focusLibrary, focusLibraryDetail, UpdateFocusLibraryBody } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';

export type FocusLibraryWire = z.input<typeof focusLibrary>;
export type FocusLibraryDetailWire = z.input<typeof focusLibraryDetail>;
export type FocusLibraryTrackWire = FocusLibraryDetailWire['tracks'][number];

const libraryPath = (id: string) => `/focus/libraries/${encodeURIComponent(id)}`;

/** GET /api/focus/libraries: the user's music libraries, newest first. */
export function useFocusLibraries() {
  return useQuery({
    queryKey: focusKeys.libraries,
    queryFn: ({ signal }) => api.get<FocusLibraryWire[]>('/focus/libraries', { query: { limit: 200 }, signal }),
  });
}

/** GET /api/focus/libraries/:id: a library with its tracks in order (none while `id` is null). */
export function useFocusLibrary(id: string | null) {
  return useQuery({
    queryKey: focusKeys.library(id ?? ''),
    queryFn: ({ signal }) => api.get<FocusLibraryDetailWire>(libraryPath(id ?? ''), { signal }),
    enabled: id !== null,
  });
}

/** Every write answers the library: keep it, and refresh the list (names, track counts). */
function useLibraryWrite<V>(write: (vars: V) => Promise<FocusLibraryDetailWire>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (library) => {
      client.setQueryData(focusKeys.library(library.id), library);
      return client.invalidateQueries({ queryKey: focusKeys.libraries, exact: true });
    },
  });
}

/** POST /api/focus/libraries. */
export const useCreateLibrary = () =>
  useLibraryWrite((name: string) => api.post<FocusLibraryDetailWire>('/focus/libraries', { name }));

/** PATCH /api/focus/libraries/:id. */
export const useUpdateLibrary = () =>
  useLibraryWrite(({ id, body }: { id: string; body: UpdateFocusLibraryBody }) =>
    api.patch<FocusLibraryDetailWire>(libraryPath(id), body),
  );

/** POST /api/focus/libraries/:id/tracks: adds one of the user's reference tracks at the end. */
export const useAddLibraryTrack = () =>
  useLibraryWrite(({ id, trackId }: { id: string; trackId: string }) =>
    api.post<FocusLibraryDetailWire>(`${libraryPath(id)}/tracks`, { track_id: trackId }),
  );

/** DELETE /api/focus/libraries/:id/tracks/:track_id (the track itself stays). */
export function useRemoveLibraryTrack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, trackId }: { id: string; trackId: string }) =>
      api.delete(`${libraryPath(id)}/tracks/${encodeURIComponent(trackId)}`),
    onSuccess: (_data, { id }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: focusKeys.library(id) }),
        client.invalidateQueries({ queryKey: focusKeys.libraries, exact: true }),
      ]),
  });
}

/** DELETE /api/focus/libraries/:id (its tracks stay in the reference library). */
export function useDeleteLibrary() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(libraryPath(id)),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: focusKeys.library(id) });
      return client.invalidateQueries({ queryKey: focusKeys.libraries, exact: true });
    },
  });
}
