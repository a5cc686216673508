import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProgramBody, UpdateProgramBody } from '#common/contracts/exercise';
import { api } from '@/lib/api-client';
import { calendarKeys, exerciseKeys, planKeys, todayKeys } from '@/lib/query-keys';
import type { ProgramSummaryWire, ProgramWire } from './types';

/** GET /api/exercise/programs (the first 200). */
export function usePrograms() {
  return useQuery({
    queryKey: [...exerciseKeys.programs, 'list'],
    queryFn: ({ signal }) => api.get<ProgramSummaryWire[]>('/exercise/programs', { query: { limit: 200 }, signal }),
  });
}

/** GET /api/exercise/programs/:id: weeks, days and, while active, progress. */
export function useProgram(id: string | null | undefined) {
  return useQuery({
    queryKey: exerciseKeys.program(id ?? ''),
    queryFn: ({ signal }) => api.get<ProgramWire>(`/exercise/programs/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** An active program's days are calendar events and Today's workout. */
function refreshPrograms(client: ReturnType<typeof useQueryClient>) {
  for (const queryKey of [exerciseKeys.programs, calendarKeys.all, todayKeys.all, planKeys.all]) {
    void client.invalidateQueries({ queryKey });
  }
}

/** POST or PATCH /api/exercise/programs(/:id); `weeks` replaces every week. */
export function useSaveProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateProgramBody | UpdateProgramBody }) =>
      id
        ? api.patch<ProgramWire>(`/exercise/programs/${encodeURIComponent(id)}`, body)
        : api.post<ProgramWire>('/exercise/programs', body),
    onSuccess: (p) => client.setQueryData(exerciseKeys.program(p.id), p),
    onSettled: () => refreshPrograms(client),
    meta: { errorToast: false },
  });
}

/** POST /api/exercise/programs/:id/activate or /deactivate. */
export function useSetProgramActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<ProgramWire>(`/exercise/programs/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`, {}),
    onSettled: () => refreshPrograms(client),
  });
}

/** DELETE /api/exercise/programs/:id. */
export function useDeleteProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/exercise/programs/${encodeURIComponent(id)}`),
    onSettled: () => refreshPrograms(client),
  });
}
