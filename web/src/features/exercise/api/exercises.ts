import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateExerciseBody, ExerciseListQuery, UpdateExerciseBody } from '#common/contracts/exercise';
import { api } from '@/lib/api-client';
import { exerciseKeys } from '@/lib/query-keys';
import type { ExerciseWire } from './types';

export type LibraryFilters = Omit<ExerciseListQuery, 'limit' | 'cursor'>;

export const libraryOptions = (filters: LibraryFilters, limit = 30) =>
  infiniteQueryOptions({
    queryKey: exerciseKeys.library({ ...filters, limit }),
    queryFn: ({ pageParam, signal }) =>
      api.page<ExerciseWire>('/exercise/exercises', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.next_cursor ?? undefined,
  });

/** GET /api/exercise/exercises: the library, by name or (with `q`) best match first, a page at a time. */
export function useLibrary(filters: LibraryFilters, limit?: number) {
  return useInfiniteQuery(libraryOptions(filters, limit));
}

/** GET /api/exercise/exercises/:id. */
export function useExercise(id: string | null) {
  return useQuery({
    queryKey: exerciseKeys.exercise(id ?? ''),
    queryFn: ({ signal }) => api.get<ExerciseWire>(`/exercise/exercises/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** POST, PATCH and DELETE /api/exercise/exercises: the user's own exercises. */
export function useSaveExercise() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateExerciseBody | UpdateExerciseBody }) =>
      id
        ? api.patch<ExerciseWire>(`/exercise/exercises/${encodeURIComponent(id)}`, body)
        : api.post<ExerciseWire>('/exercise/exercises', body),
    onSettled: () => client.invalidateQueries({ queryKey: ['exercise', 'library'] }),
    onSuccess: (e) => client.setQueryData(exerciseKeys.exercise(e.id), e),
    meta: { errorToast: false }, // the form shows it
  });
}

export function useDeleteExercise() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/exercise/exercises/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: ['exercise', 'library'] }),
    meta: { errorToast: false }, // the confirmation says why (in use)
  });
}
