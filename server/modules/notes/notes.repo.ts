import { and, arrayContains, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SearchTerms } from '#common/rules/search';
import type { DbOrTx } from '../../db/client';
import { SEARCH_CONFIG } from '../../db/table-helpers';
import { afterKey } from '../../platform/pagination';

/**
 * One repository for every notes-like table (ideas, infobase entries, references): the tables
 * have the same columns (a reference adds `url`), so each query is written once over the columns
 * the table hands in.
 */
export type NotesTable = PgTable & {
  id: AnyPgColumn;
  user_id: AnyPgColumn;
  title: AnyPgColumn;
  body: AnyPgColumn;
  url?: AnyPgColumn;
  category: AnyPgColumn;
  tags: AnyPgColumn;
  is_pinned: AnyPgColumn;
  archived_at: AnyPgColumn;
  search: AnyPgColumn;
  created_at: AnyPgColumn;
  updated_at: AnyPgColumn;
};

export interface NoteRow {
  id: string;
  user_id: string;
  title: string;
  body: string;
  url: string | null;
  category: string | null;
  tags: string[];
  is_pinned: boolean;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export type NoteValues = Pick<NoteRow, 'title' | 'body' | 'category' | 'tags' | 'is_pinned'> & { url?: string | null };
/** `archived_at` may be SQL, so archiving keeps a stamp already there in the same statement. */
export type NotePatch = Partial<NoteValues & { archived_at: Date | null | SQL }>;

// The generated `search` column is never read back: only the note's own fields.
function columns(t: NotesTable) {
  return {
    id: t.id,
    user_id: t.user_id,
    title: t.title,
    body: t.body,
    url: t.url ?? sql<null>`null`,
    category: t.category,
    tags: t.tags,
    is_pinned: t.is_pinned,
    archived_at: t.archived_at,
    created_at: t.created_at,
    updated_at: t.updated_at,
  };
}

export interface NoteFilter {
  archived: boolean;
  category?: string;
  tag?: string;
  /** The last row served: [is_pinned, updated_at, id]. */
  after?: [boolean, string, string];
  limit: number;
}

/**
 * The list: pinned first, then the most recently edited, keyset on (is_pinned, updated_at, id)
 * descending, which the partial `*_user_open_idx` serves backwards. The archive is ordered by
 * (updated_at, id) alone, served by `*_user_updated_idx`: archiving stamps `updated_at`, so the
 * most recently archived come first.
 */
export function listNotesQuery(db: DbOrTx, t: NotesTable, userId: string, f: NoteFilter) {
  const keyset = f.archived
    ? f.after && afterKey([t.updated_at, t.id], f.after.slice(1), 'desc')
    : f.after && afterKey([t.is_pinned, t.updated_at, t.id], f.after, 'desc');
  return db
    .select(columns(t))
    .from(t)
    .where(
      and(
        eq(t.user_id, userId),
        f.archived ? isNotNull(t.archived_at) : isNull(t.archived_at),
        f.category ? eq(t.category, f.category) : undefined,
        f.tag ? arrayContains(t.tags, [f.tag]) : undefined,
        keyset,
      ),
    )
    .orderBy(...(f.archived ? [] : [desc(t.is_pinned)]), desc(t.updated_at), desc(t.id))
    .limit(f.limit + 1);
}

export async function listNotes(db: DbOrTx, t: NotesTable, userId: string, f: NoteFilter): Promise<NoteRow[]> {
  return (await listNotesQuery(db, t, userId, f)) as NoteRow[];
}

export async function findNote(db: DbOrTx, t: NotesTable, userId: string, id: string): Promise<NoteRow | null> {
  const [row] = await db
    .select(columns(t))
    .from(t)
    .where(and(eq(t.user_id, userId), eq(t.id, id)));
  return (row as NoteRow | undefined) ?? null;
}

export async function insertNote(db: DbOrTx, t: NotesTable, userId: string, values: NoteValues): Promise<NoteRow> {
  const [row] = await db
    .insert(t)
    .values({ ...values, user_id: userId })
    .returning(columns(t));
  if (!row) throw new Error('insert of a note returned no row');
  return row as NoteRow;
}

/** Applies the patch to the user's note; null when they have no such note. */
export async function updateNote(
  db: DbOrTx,
  t: NotesTable,
  userId: string,
  id: string,
  patch: NotePatch,
): Promise<NoteRow | null> {
  if (Object.values(patch).every((v) => v === undefined)) return findNote(db, t, userId, id);
  const [row] = await db
    .update(t)
    .set(patch)
    .where(and(eq(t.user_id, userId), eq(t.id, id)))
    .returning(columns(t));
  return (row as NoteRow | undefined) ?? null;
}

/** `archived_at` for archiving (the first stamp stays) or bringing back. */
export function archiveStamp(t: NotesTable, archived: boolean, now: Date): SQL | null {
  return archived ? sql`coalesce(${t.archived_at}, ${now.toISOString()}::timestamptz)` : null;
}

export async function deleteNote(db: DbOrTx, t: NotesTable, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(t)
    .where(and(eq(t.user_id, userId), eq(t.id, id)))
    .returning({ id: t.id });
  return rows.length > 0;
}

// ── Full-text search ─────────────────────────────────────────────────────────

/** Marks around matches in ts_headline output: control characters, removed from the text first. */
export const MATCH_START = '\u0001';
export const MATCH_STOP = '\u0002';

export interface SearchRow {
  id: string;
  title_marked: string;
  body_marked: string;
  category: string | null;
  tags: string[];
  archived_at: Date | null;
  updated_at: Date;
  rank: number;
}

function tsquery(terms: SearchTerms): SQL {
  const cfg = sql.raw(`'${SEARCH_CONFIG}'::regconfig`);
  const words = sql`websearch_to_tsquery(${cfg}, ${terms.words})`;
  // The prefix is letters and digits only (checked by the caller's rule), so to_tsquery cannot fail on it.
  return terms.prefix === null ? words : sql`(${words} && to_tsquery(${cfg}, ${`${terms.prefix}:*`}))`;
}

const marks = sql.raw(`chr(1) || chr(2)`);
const titleOptions = sql.raw(`'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)`);
const bodyOptions = sql.raw(
  `'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=' || chr(1) || ', StopSel=' || chr(2)`,
);

/**
 * The user's notes matching the terms, best first: ts_rank with the default weights, where the
 * title (weight A, 1.0) counts above the body (weight B, 0.4). Titles and bodies come back with
 * the matches between MATCH_START and MATCH_STOP.
 */
export async function searchNotes(
  db: DbOrTx,
  t: NotesTable,
  userId: string,
  terms: SearchTerms,
  opts: { archived: boolean; limit: number },
): Promise<SearchRow[]> {
  const q = tsquery(terms);
  const cfg = sql.raw(`'${SEARCH_CONFIG}'::regconfig`);
  const rank = sql<number>`ts_rank(${t.search}, ${q})`;
  const rows = await db
    .select({
      id: t.id,
      title_marked: sql<string>`ts_headline(${cfg}, translate(${t.title}, ${marks}, ''), ${q}, ${titleOptions})`,
      body_marked: sql<string>`ts_headline(${cfg}, translate(${t.body}, ${marks}, ''), ${q}, ${bodyOptions})`,
      category: t.category,
      tags: t.tags,
      archived_at: t.archived_at,
      updated_at: t.updated_at,
      rank: sql<number>`${rank}::float8`,
    })
    .from(t)
    .where(and(eq(t.user_id, userId), sql`${t.search} @@ ${q}`, opts.archived ? undefined : isNull(t.archived_at)))
    .orderBy(desc(rank), desc(t.updated_at), desc(t.id))
    .limit(opts.limit);
  return rows as SearchRow[];
}
