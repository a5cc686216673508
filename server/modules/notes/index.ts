import type { NoteKind } from '#common/contracts/notes';
import { defineModule, type Module } from '../../platform/module';
import type { NotesTable } from './notes.repo';
import { type NotesSchemas, notesRoutes } from './notes.routes';
import { type NotesService, notesService } from './notes.service';

export type { NotesTable } from './notes.repo';
export type { NoteInput, NotesService, NoteView } from './notes.service';
/** One kind's search: `(db, userId, terms, { archived, limit })`, best first. */
export type NotesSearch = NotesService['search'];

/**
 * The shared implementation of the notes-like sections (Ideas, Infobase, References): given a
 * table with the notes columns and the kind's contracts, it builds the kind's service (list, get,
 * create, update, delete, search) and its module with the five routes. The sections' modules are
 * thin: a table, a name and a call to this.
 */
export interface NotesKindDefinition {
  kind: NoteKind;
  /** The module's name and OpenAPI tag, e.g. `ideas`. */
  name: string;
  prefix: string;
  table: NotesTable;
  hasUrl: boolean;
  schemas: NotesSchemas;
  words: { one: string; many: string };
}

export interface NotesKind {
  module: Module;
  service: NotesService;
}

export function defineNotesKind(def: NotesKindDefinition): NotesKind {
  const service = notesService({ kind: def.kind, noun: def.words.one, table: def.table, hasUrl: def.hasUrl });
  return {
    service,
    module: defineModule({
      name: def.name,
      prefix: def.prefix,
      plugin: notesRoutes(service, def.schemas, { tag: def.name, ...def.words }),
    }),
  };
}
