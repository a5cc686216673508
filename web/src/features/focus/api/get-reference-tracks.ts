import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { track } from '#common/contracts/reference';
import { api } from '@/lib/api-client';
import { referenceKeys } from '@/lib/query-keys';

type TrackWire = z.input<typeof track>;

/**
 * GET /api/reference/tracks: the user's newest 200 tracks, to add to a music library. The key is
 * the Reference library's own, unfiltered, so both pages share the cache and its refreshes.
 */
export function useReferenceTracks() {
  return useQuery({
    queryKey: referenceKeys.tracks({}),
    queryFn: ({ signal }) => api.get<TrackWire[]>('/reference/tracks', { query: { limit: 200 }, signal }),
  });
}

/** Where a track of a music library streams from (GET /api/reference/tracks/:id/audio). */
export const referenceTrackAudioUrl = (id: string) => `/api/reference/tracks/${encodeURIComponent(id)}/audio`;
