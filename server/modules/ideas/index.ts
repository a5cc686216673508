import { type CreateIdeaBody, createIdeaBody, type Idea, idea, updateNoteBody } from '#common/contracts/notes';
import type { Tx } from '../../db/client';
import { defineNotesKind, type NotesSearch } from '../notes';
import { ideas } from './ideas.tables';

/** Ideas (SPEC §6): one kind of note, built by the shared notes implementation in modules/notes. */
const kind = defineNotesKind({
  kind: 'idea',
  name: 'ideas',
  prefix: '/api/ideas',
  table: ideas,
  hasUrl: false,
  schemas: { item: idea, create: createIdeaBody, update: updateNoteBody },
  words: { one: 'idea', many: 'ideas' },
});

export const ideasModule = kind.module;

/**
 * Writes an idea for `userId` inside the caller's transaction, by the same rules as
 * `POST /api/ideas` (the input is checked against the same contract; callers validate first, so a
 * failure here is a programming error).
 */
export function createIdea(tx: Tx, userId: string, input: CreateIdeaBody): Promise<Idea> {
  return kind.service.insert(tx, userId, createIdeaBody.parse(input));
}

/** The user's ideas matching a search, best first (used by the search across notes). */
export const searchIdeas: NotesSearch = kind.service.search;
