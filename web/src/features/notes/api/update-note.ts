import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { NoteKindInfo } from '../utils/kinds';
import type { NoteChanges, NoteWire } from './types';

/** PATCH /api/{ideas,infobase,references}/:id: edit, pin, archive or bring back. */
export function useUpdateNote(info: NoteKindInfo) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: NoteChanges }) =>
      api.patch<NoteWire>(`${info.path}/${encodeURIComponent(id)}`, body),
    onSuccess: (note) => {
      client.setQueryData(noteKeys.detail(info.kind, note.id), note);
      return Promise.all([
        client.invalidateQueries({ queryKey: noteKeys.lists(info.kind) }),
        client.invalidateQueries({ queryKey: noteKeys.searches }),
      ]);
    },
  });
}
