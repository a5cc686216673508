import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { NoteKindInfo } from '../utils/kinds';

/** DELETE /api/{ideas,infobase,references}/:id. */
export function useDeleteNote(info: NoteKindInfo) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${info.path}/${encodeURIComponent(id)}`),
    onSuccess: (_data, id) => {
      client.removeQueries({ queryKey: noteKeys.detail(info.kind, id) });
      return Promise.all([
        client.invalidateQueries({ queryKey: noteKeys.lists(info.kind) }),
        client.invalidateQueries({ queryKey: noteKeys.searches }),
      ]);
    },
  });
}
