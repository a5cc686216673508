import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { noteKeys } from '@/lib/query-keys';
import type { NoteKindInfo } from '../utils/kinds';
import type { NoteWire } from './types';

/** GET /api/{ideas,infobase,references}/:id (a search result opens its note this way). */
export function useNote(info: NoteKindInfo, id: string | null) {
  return useQuery({
    queryKey: noteKeys.detail(info.kind, id ?? ''),
    queryFn: ({ signal }) => api.get<NoteWire>(`${info.path}/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}
