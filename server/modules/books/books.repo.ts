import { and, desc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { BookStatus } from '#common/contracts/books';
import type { DbOrTx } from '../../db/client';
import { rowFromJson } from '../../db/json-rows';
import { type Fact, fact, param } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { books, reading_sessions } from './books.tables';

export type BookRow = typeof books.$inferSelect;
export type NewBookRow = typeof books.$inferInsert;
export type SessionRow = typeof reading_sessions.$inferSelect;
export type NewSessionRow = typeof reading_sessions.$inferInsert;

/**
 * The user's books, last touched first, keyset on (updated_at, id): one shelf through
 * books_user_status_updated_idx, all of them through books_user_updated_idx.
 */
export async function listBooks(
  db: DbOrTx,
  userId: string,
  query: { status?: BookStatus | undefined; after?: [string, string] | undefined; limit: number },
): Promise<BookRow[]> {
  return db
    .select()
    .from(books)
    .where(
      and(
        eq(books.user_id, userId),
        query.status ? eq(books.status, query.status) : undefined,
        query.after ? afterKey([books.updated_at, books.id], query.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(books.updated_at), desc(books.id))
    .limit(query.limit + 1);
}

/** One of the user's books; `lock` holds it until the transaction ends. */
export async function findBook(db: DbOrTx, userId: string, id: string, lock = false): Promise<BookRow | null> {
  const query = db
    .select()
    .from(books)
    .where(and(eq(books.user_id, userId), eq(books.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertBook(db: DbOrTx, values: NewBookRow): Promise<BookRow> {
  const [row] = await db.insert(books).values(values).returning();
  if (!row) throw new Error('insert into books returned no row');
  return row;
}

export type BookPatch = Partial<Omit<NewBookRow, 'id' | 'user_id' | 'created_at'>>;

export async function updateBook(db: DbOrTx, userId: string, id: string, patch: BookPatch): Promise<BookRow | null> {
  const [row] = await db
    .update(books)
    .set(patch)
    .where(and(eq(books.user_id, userId), eq(books.id, id)))
    .returning();
  return row ?? null;
}

/** Deletes the book (its sessions go by cascade); answers the row as it was. */
export async function deleteBook(db: DbOrTx, userId: string, id: string): Promise<BookRow | null> {
  const [row] = await db
    .delete(books)
    .where(and(eq(books.user_id, userId), eq(books.id, id)))
    .returning();
  return row ?? null;
}

/** A book's sessions, newest first, keyset on (read_at, id) served by reading_sessions_book_read_idx. */
export async function listSessions(
  db: DbOrTx,
  userId: string,
  bookId: string,
  page: { after?: [string, string] | undefined; limit: number },
): Promise<SessionRow[]> {
  return db
    .select()
    .from(reading_sessions)
    .where(
      and(
        eq(reading_sessions.book_id, bookId),
        eq(reading_sessions.user_id, userId),
        page.after ? afterKey([reading_sessions.read_at, reading_sessions.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(reading_sessions.read_at), desc(reading_sessions.id))
    .limit(page.limit + 1);
}

export async function findSession(
  db: DbOrTx,
  userId: string,
  bookId: string,
  id: string,
  lock = false,
): Promise<SessionRow | null> {
  const query = db
    .select()
    .from(reading_sessions)
    .where(
      and(eq(reading_sessions.user_id, userId), eq(reading_sessions.book_id, bookId), eq(reading_sessions.id, id)),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertSession(db: DbOrTx, values: NewSessionRow): Promise<SessionRow> {
  const [row] = await db.insert(reading_sessions).values(values).returning();
  if (!row) throw new Error('insert into reading_sessions returned no row');
  return row;
}

export async function updateSession(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<Omit<NewSessionRow, 'id' | 'user_id' | 'book_id' | 'created_at'>>,
): Promise<SessionRow> {
  const [row] = await db
    .update(reading_sessions)
    .set(patch)
    .where(and(eq(reading_sessions.user_id, userId), eq(reading_sessions.id, id)))
    .returning();
  if (!row) throw new Error('update of reading_sessions returned no row');
  return row;
}

export async function deleteSession(db: DbOrTx, userId: string, id: string): Promise<void> {
  await db.delete(reading_sessions).where(and(eq(reading_sessions.user_id, userId), eq(reading_sessions.id, id)));
}

/**
 * Pages and minutes per user-day since `from` (the first instant of the first day), through
 * reading_sessions_user_read_idx: one row a day at most.
 */
export async function readingDays(db: DbOrTx, userId: string, from: Date, timeZone: string, dayStartHour: number) {
  const day = sql<string>`to_char((${reading_sessions.read_at} at time zone ${timeZone}) - make_interval(hours => ${dayStartHour}::int), 'YYYY-MM-DD')`;
  return (
    db
      .select({
        day,
        pages: sql<number>`coalesce(sum(${reading_sessions.pages_read}), 0)`.mapWith(Number),
        minutes: sql<number>`coalesce(sum(${reading_sessions.minutes}), 0)`.mapWith(Number),
      })
      .from(reading_sessions)
      .where(and(eq(reading_sessions.user_id, userId), gte(reading_sessions.read_at, from)))
      // By position: the expression's parameters would not match a repeated copy of it.
      .groupBy(sql`1`)
  );
}

/** Finished books per year of finishing (in the user's time zone), through books_user_status_updated_idx. */
export async function finishedPerYear(db: DbOrTx, userId: string, timeZone: string, dayStartHour: number) {
  const year = sql<number>`extract(year from (${books.finished_at} at time zone ${timeZone}) - make_interval(hours => ${dayStartHour}::int))::int`;
  return db
    .select({ year: year.mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) })
    .from(books)
    .where(and(eq(books.user_id, userId), eq(books.status, 'finished'), isNotNull(books.finished_at)))
    .groupBy(sql`1`);
}

/** How many books are on each shelf, through books_user_status_updated_idx. */
export async function shelfCounts(db: DbOrTx, userId: string) {
  return db
    .select({ status: books.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(books)
    .where(eq(books.user_id, userId))
    .groupBy(books.status);
}

/**
 * The book the user is reading: status `reading`, the most recently updated, through
 * books_user_status_updated_idx (platform/facts.ts).
 */
export const currentBookRowFact: Fact<BookRow | null, unknown> = fact(
  sql`(select row_to_json(b) from ${books} b
         where b.user_id = ${param.user} and b.status = 'reading'
         order by b.updated_at desc, b.id desc limit 1)`,
  (value) => (value ? rowFromJson(books, value) : null),
);
