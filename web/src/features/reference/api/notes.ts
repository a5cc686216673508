import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
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

/** Create, edit and delete the regions of one track; each refreshes its list. */
export function useRegionMutations(trackId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: referenceKeys.regions(trackId) });
  return {
    create: useMutation({
      mutationFn: (body: CreateRegionBody) => api.post<RegionWire>(under(trackId, 'regions'), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateRegionBody }) =>
        api.patch<RegionWire>(item('regions', id), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete(item('regions', id)),
      onSuccess: refresh,
    }),
  };
}
