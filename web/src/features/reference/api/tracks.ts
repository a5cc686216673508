import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { referenceKeys } from '@/lib/query-keys';
import type { TrackFilters, TrackWire, UpdateTrackBody } from './types';

const trackPath = (id: string) => `/reference/tracks/${encodeURIComponent(id)}`;

/** How many tracks a page of the library holds. */
export const TRACKS_PAGE = 50;

/** GET /api/reference/tracks: newest first, filtered by words (`q`) and a tag, a page at a time (keyset cursor). */
export function useTracks(filters: TrackFilters) {
  return useInfiniteQuery({
    queryKey: referenceKeys.tracks(filters),
    queryFn: ({ pageParam, signal }) =>
      api.page<TrackWire>('/reference/tracks', {
        query: { q: filters.q, tag: filters.tag, limit: TRACKS_PAGE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/reference/tracks/:id. */
export function useTrack(id: string) {
  return useQuery({
    queryKey: referenceKeys.track(id),
    queryFn: ({ signal }) => api.get<TrackWire>(trackPath(id), { signal }),
  });
}

/** PATCH /api/reference/tracks/:id. */
export function useUpdateTrack(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTrackBody) => api.patch<TrackWire>(trackPath(id), body),
    onSuccess: (saved) => {
      client.setQueryData(referenceKeys.track(id), saved);
      return client.invalidateQueries({ queryKey: referenceKeys.trackLists });
    },
  });
}

/** DELETE /api/reference/tracks/:id (its file, annotations and regions go with it). */
export function useDeleteTrack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(trackPath(id)),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: referenceKeys.track(id) });
      return client.invalidateQueries({ queryKey: referenceKeys.trackLists });
    },
  });
}

/** Where the player streams the track from (ranged, so seeking works). */
export const trackAudioUrl = (id: string) => `/api${trackPath(id)}/audio`;
