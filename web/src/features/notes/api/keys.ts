import type { NoteKind } from '#common/contracts/notes';
import type { NoteFilters } from './types';

/** Query keys of the notes feature; every notes query starts with `notes`. */
export const noteKeys = {
  all: ['notes'] as const,
  lists: (kind: NoteKind) => ['notes', kind, 'list'] as const,
  list: (kind: NoteKind, filters: NoteFilters) => ['notes', kind, 'list', filters] as const,
  detail: (kind: NoteKind, id: string) => ['notes', kind, 'detail', id] as const,
  searches: ['notes', 'search'] as const,
  search: (q: string) => ['notes', 'search', q] as const,
};
