import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { NoteKindInfo } from '../utils/kinds';
import type { NoteBody, NoteWire } from './types';

/** POST /api/{ideas,infobase,references}. */
export function useCreateNote(info: NoteKindInfo) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteBody) => api.post<NoteWire>(info.path, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: noteKeys.lists(info.kind) }),
        client.invalidateQueries({ queryKey: noteKeys.searches }),
      ]),
  });
}
