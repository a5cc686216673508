import { z } from 'zod';
import type {
  CreateNoteBody,
  createNoteBody,
  NoteKind,
  SearchHit,
  UpdateNoteBody,
  updateNoteBody,
} from '#common/contracts/notes';
import { parseMarked, type SearchTerms } from '#common/rules/search';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as repo from './notes.repo';

/** What one kind of note is: its table, the noun of its 404s and whether it carries a link. */
export interface NotesKindSpec {
  kind: NoteKind;
  /** "idea", "infobase entry", "reference": the object named in a 404. */
  noun: string;
  table: repo.NotesTable;
  hasUrl: boolean;
}

/** A note as the API shows it; `url` only for kinds with a link. */
export type NoteView = Omit<repo.NoteRow, 'user_id' | 'url'> & { url?: string | null };

/** The bodies every kind accepts, with the link a reference adds. */
export type NoteInput = z.output<typeof createNoteBody> & { url?: string | null };
export type NoteChanges = z.output<typeof updateNoteBody> & { url?: string | null };

export interface NoteListParams {
  archived: 'true' | 'false';
  category?: string;
  tag?: string;
  cursor?: string;
  limit: number;
}

const cursorShape = z.tuple([z.boolean(), z.iso.datetime(), z.uuid()]);

/** The service of one kind of note; `notesService(spec)` builds it once per kind. */
export function notesService(spec: NotesKindSpec) {
  const { table } = spec;

  const view = ({ user_id: _owner, url, ...row }: repo.NoteRow): NoteView => (spec.hasUrl ? { ...row, url } : row);

  const values = (body: NoteInput): repo.NoteValues => ({
    title: body.title,
    body: body.body,
    category: body.category ?? null,
    tags: body.tags,
    is_pinned: body.is_pinned,
    ...(spec.hasUrl ? { url: body.url ?? null } : {}),
  });

  /** Inserts a note for `userId` inside the caller's transaction (other modules come here too). */
  async function insert(db: DbOrTx, userId: string, body: NoteInput): Promise<NoteView> {
    return view(await repo.insertNote(db, table, userId, values(body)));
  }

  async function list(ctx: Ctx, query: NoteListParams): Promise<Page<NoteView>> {
    const rows = await repo.listNotes(ctx.database.db, table, ctx.userId, {
      archived: query.archived === 'true',
      category: query.category,
      tag: query.tag,
      after: decodeCursor(query.cursor, cursorShape),
      limit: query.limit,
    });
    const page = toPage(rows, query, (r) => [r.is_pinned, r.updated_at.toISOString(), r.id]);
    return { data: page.data.map(view), page: page.page };
  }

  async function get(ctx: Ctx, id: string): Promise<NoteView> {
    const row = await repo.findNote(ctx.database.db, table, ctx.userId, id);
    if (!row) throw notFound(spec.noun);
    return view(row);
  }

  function create(ctx: Ctx, body: NoteInput): Promise<NoteView> {
    return insert(ctx.database.db, ctx.userId, body);
  }

  /** One statement: the edit and the archive stamp land together or not at all. */
  async function update(ctx: Ctx, id: string, body: NoteChanges): Promise<NoteView> {
    const { archived, url, ...fields } = body;
    const patch: repo.NotePatch = { ...fields };
    if (spec.hasUrl && url !== undefined) patch.url = url;
    if (archived !== undefined) patch.archived_at = repo.archiveStamp(table, archived, ctx.clock.now());
    const row = await repo.updateNote(ctx.database.db, table, ctx.userId, id, patch);
    if (!row) throw notFound(spec.noun);
    return view(row);
  }

  async function remove(ctx: Ctx, id: string): Promise<void> {
    if (!(await repo.deleteNote(ctx.database.db, table, ctx.userId, id))) throw notFound(spec.noun);
  }

  /** The user's notes of this kind matching the terms, best first, with highlighted title and snippet. */
  async function search(
    db: DbOrTx,
    userId: string,
    terms: SearchTerms,
    opts: { archived: boolean; limit: number },
  ): Promise<SearchHit[]> {
    const rows = await repo.searchNotes(db, table, userId, terms, opts);
    return rows.map((r) => ({
      kind: spec.kind,
      id: r.id,
      title: parseMarked(r.title_marked, repo.MATCH_START, repo.MATCH_STOP),
      snippet: parseMarked(r.body_marked, repo.MATCH_START, repo.MATCH_STOP),
      category: r.category,
      tags: r.tags,
      archived: r.archived_at !== null,
      rank: r.rank,
      updated_at: r.updated_at,
    }));
  }

  return { insert, list, get, create, update, remove, search };
}

export type NotesService = ReturnType<typeof notesService>;
export type { CreateNoteBody, UpdateNoteBody };
