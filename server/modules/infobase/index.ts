import {
  type CreateInfobaseBody,
  createInfobaseBody,
  type InfobaseEntry,
  infobaseEntry,
  updateNoteBody,
} from '#common/contracts/notes';
import type { Tx } from '../../db/client';
import { defineNotesKind, type NotesSearch } from '../notes';
import { infobase_entries } from './infobase.tables';

/** The Infobase (SPEC §6): one kind of note, built by the shared notes implementation in modules/notes. */
const kind = defineNotesKind({
  kind: 'infobase',
  name: 'infobase',
  prefix: '/api/infobase',
  table: infobase_entries,
  hasUrl: false,
  schemas: { item: infobaseEntry, create: createInfobaseBody, update: updateNoteBody },
  words: { one: 'infobase entry', many: 'infobase entries' },
});

export const infobaseModule = kind.module;

/**
 * Writes an infobase entry for `userId` inside the caller's transaction, by the same rules as
 * `POST /api/infobase` (the input is checked against the same contract; callers validate first,
 * so a failure here is a programming error).
 */
export function createInfobaseEntry(tx: Tx, userId: string, input: CreateInfobaseBody): Promise<InfobaseEntry> {
  return kind.service.insert(tx, userId, createInfobaseBody.parse(input));
}

/** The user's infobase entries matching a search, best first (used by the search across notes). */
export const searchInfobase: NotesSearch = kind.service.search;
