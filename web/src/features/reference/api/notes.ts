import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applyOptimistic, type OptimisticSnapshot, rollbackOptimistic } from '@/lib/optimistic';
import { referenceKeys } from '@/lib/query-keys';
import type {
  AnnotationWire,
  CreateAnnotationBody,
  CreateRegionBody,
  RegionWire,
  UpdateAnnotationBody,
  UpdateRegionBody,
} from './types';

const under = (trackId: string, what: 'annotations' | 'regions') =>
  `/reference/tracks/${encodeURIComponent(trackId)}/${what}`;
const item = (what: 'annotations' | 'regions', id: string) => `/reference/${what}/${encodeURIComponent(id)}`;

/** GET /api/reference/tracks/:id/annotations, by start time. */
export function useAnnotations(trackId: string) {
  return useQuery({
    queryKey: referenceKeys.annotations(trackId),
    queryFn: ({ signal }) =>
      api.get<AnnotationWire[]>(under(trackId, 'annotations'), { query: { limit: 200 }, signal }),
  });
}

/** GET /api/reference/tracks/:id/regions, by start time. */
export function useRegions(trackId: string) {
  return useQuery({
    queryKey: referenceKeys.regions(trackId),
    queryFn: ({ signal }) => api.get<RegionWire[]>(under(trackId, 'regions'), { query: { limit: 200 }, signal }),
  });
}

/** Create, edit and delete the annotations of one track; each refreshes its list. */
export function useAnnotationMutations(trackId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: referenceKeys.annotations(trackId) });
  return {
    create: useMutation({
      mutationFn: (body: CreateAnnotationBody) => api.post<AnnotationWire>(under(trackId, 'annotations'), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateAnnotationBody }) =>
        api.patch<AnnotationWire>(item('annotations', id), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete(item('annotations', id)),
      onSuccess: refresh,
    }),
  };
}

/** A region as the list shows it before the server has answered (its id is a stand-in). */
function guessedRegion(trackId: string, body: CreateRegionBody): RegionWire {
  const now = new Date().toISOString();
  return {
    id: `pending-${crypto.randomUUID()}`,
    track_id: trackId,
    name: body.name,
    kind: body.kind ?? 'section',
    start_ms: body.start_ms,
    end_ms: body.end_ms,
    color: body.color ?? null,
    notes: body.notes ?? null,
    is_favorite: body.is_favorite ?? false,
    created_at: now,
    updated_at: now,
  };
}

/** Whether a region is still waiting for the server (it cannot be edited until it has an id). */
export const isPendingRegion = (region: { id: string }) => region.id.startsWith('pending-');

/**
 * Create, edit and delete the regions of one track. Each shows at once in the cached list
 * (drawn, dragged or deleted on the timeline), is put back if the server refuses, and refreshes
 * the list when it settles.
 */
export function useRegionMutations(trackId: string) {
  const client = useQueryClient();
  const key = referenceKeys.regions(trackId);
  const settle = () => client.invalidateQueries({ queryKey: key });
  const rollback = (_e: unknown, _v: unknown, snapshot: OptimisticSnapshot<RegionWire[]> | undefined) =>
    rollbackOptimistic(client, snapshot);
  return {
    create: useMutation({
      mutationFn: (body: CreateRegionBody) => api.post<RegionWire>(under(trackId, 'regions'), body),
      onMutate: (body) => {
        const guess = guessedRegion(trackId, body);
        return { ...applyOptimistic<RegionWire[]>(client, key, (list) => [...list, guess]), guessId: guess.id };
      },
      // The stand-in becomes the stored region at once, so it can be edited before the list is read again.
      onSuccess: (saved, _body, context) =>
        client.setQueryData<RegionWire[]>(key, (list) => list?.map((r) => (r.id === context?.guessId ? saved : r))),
      onError: rollback,
      onSettled: settle,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateRegionBody }) =>
        api.patch<RegionWire>(item('regions', id), body),
      onMutate: ({ id, body }) =>
        applyOptimistic<RegionWire[]>(client, key, (list) =>
          list.map((r) => (r.id === id ? ({ ...r, ...body } as RegionWire) : r)),
        ),
      onError: rollback,
      onSettled: settle,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete(item('regions', id)),
      onMutate: (id) => applyOptimistic<RegionWire[]>(client, key, (list) => list.filter((r) => r.id !== id)),
      onError: rollback,
      onSettled: settle,
    }),
  };
}
