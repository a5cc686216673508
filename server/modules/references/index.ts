import { createReferenceBody, reference, updateReferenceBody } from '#common/contracts/notes';
import { defineNotesKind, type NotesSearch } from '../notes';
import { user_references } from './references.tables';

/** The References library (SPEC §6): one kind of note, built by the shared notes implementation in modules/notes. */
const kind = defineNotesKind({
  kind: 'reference',
  name: 'references',
  prefix: '/api/references',
  table: user_references,
  hasUrl: true,
  schemas: { item: reference, create: createReferenceBody, update: updateReferenceBody },
  words: { one: 'reference', many: 'references' },
});

export const referencesModule = kind.module;

/** The user's references matching a search, best first (used by the search across notes). */
export const searchReferences: NotesSearch = kind.service.search;
