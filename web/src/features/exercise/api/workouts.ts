import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateWorkoutBody, UpdateWorkoutBody } from '#common/contracts/exercise';
import { api } from '@/lib/api-client';
import { exerciseKeys } from '@/lib/query-keys';
import type { WorkoutSummaryWire, WorkoutWire } from './types';

/** GET /api/exercise/workouts: the templates, newest first (the first 200). */
export function useWorkouts(archived = false) {
  return useQuery({
    queryKey: exerciseKeys.workoutList(archived),
    queryFn: ({ signal }) =>
      api.get<WorkoutSummaryWire[]>('/exercise/workouts', { query: { archived, limit: 200 }, signal }),
  });
}

/** GET /api/exercise/workouts/:id: a template with its exercises in order. */
export function useWorkout(id: string | null | undefined) {
  return useQuery({
    queryKey: exerciseKeys.workout(id ?? ''),
    queryFn: ({ signal }) => api.get<WorkoutWire>(`/exercise/workouts/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** POST or PATCH /api/exercise/workouts(/:id): the list of exercises is written whole. */
export function useSaveWorkout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateWorkoutBody | UpdateWorkoutBody }) =>
      id
        ? api.patch<WorkoutWire>(`/exercise/workouts/${encodeURIComponent(id)}`, body)
        : api.post<WorkoutWire>('/exercise/workouts', body),
    onSuccess: (w) => client.setQueryData(exerciseKeys.workout(w.id), w),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: exerciseKeys.workouts });
      void client.invalidateQueries({ queryKey: exerciseKeys.programs });
    },
    meta: { errorToast: false },
  });
}

/** POST /api/exercise/workouts/:id/duplicate: "<name> (copy)". */
export function useDuplicateWorkout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<WorkoutWire>(`/exercise/workouts/${encodeURIComponent(id)}/duplicate`, {}),
    onSettled: () => client.invalidateQueries({ queryKey: exerciseKeys.workouts }),
  });
}

/** DELETE /api/exercise/workouts/:id: sessions keep their history; program days become rest. */
export function useDeleteWorkout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/exercise/workouts/${encodeURIComponent(id)}`),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: exerciseKeys.workouts });
      void client.invalidateQueries({ queryKey: exerciseKeys.programs });
    },
  });
}
