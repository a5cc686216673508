import { and, count, desc, eq, gt, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { type UserRow, userFact } from '../user';
import { feedback } from './feedback.tables';

export type FeedbackRow = typeof feedback.$inferSelect;

/** The user's feedback, newest first, keyset on (created_at, id) served by feedback_user_created_idx. */
export async function listFeedback(
  db: DbOrTx,
  userId: string,
  page: { after?: [string, string]; limit: number },
): Promise<FeedbackRow[]> {
  return db
    .select()
    .from(feedback)
    .where(
      and(
        eq(feedback.user_id, userId),
        page.after ? afterKey([feedback.created_at, feedback.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(feedback.created_at), desc(feedback.id))
    .limit(page.limit + 1);
}

export async function findFeedback(db: DbOrTx, userId: string, id: string): Promise<FeedbackRow | null> {
  const [row] = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.user_id, userId), eq(feedback.id, id)));
  return row ?? null;
}

/** How many messages the user sent after `since`, and when the oldest of them was sent. */
export async function sentSince(db: DbOrTx, userId: string, since: Date): Promise<{ n: number; oldest: Date | null }> {
  const [row] = await db
    .select({ n: count(), oldest: min(feedback.created_at) })
    .from(feedback)
    .where(and(eq(feedback.user_id, userId), gt(feedback.created_at, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/** Holds the user's feedback writes in turn until the transaction ends, so the hourly count is exact. */
export async function lockUserFeedback(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`feedback:${userId}`}))`);
}

export async function insertFeedback(
  db: DbOrTx,
  values: Pick<FeedbackRow, 'user_id' | 'type' | 'title' | 'body' | 'context' | 'created_at' | 'updated_at'>,
): Promise<FeedbackRow> {
  const [row] = await db.insert(feedback).values(values).returning();
  if (!row) throw new Error('insert into feedback returned no row');
  return row;
}

// ── Triage (the admin console) ─────────────────────────────────────────────────────────────

/** A message with its author, as the admin console reads it. */
export interface FeedbackWithAuthor {
  row: FeedbackRow;
  author: UserRow;
}

export interface TriageFilter {
  status?: string;
  type?: string;
  priority?: string;
}

const author = userFact(sql`${feedback.user_id}`);

function withAuthor(rows: { row: FeedbackRow; author: unknown }[]): FeedbackWithAuthor[] {
  return rows.map(({ row, author: value }) => {
    const user = author.read(value, undefined);
    if (!user) throw new Error(`feedback ${row.id} has no author`);
    return { row, author: user };
  });
}

/**
 * Every user's feedback, newest first, keyset on (created_at, id). A status, type or priority
 * picks the index that starts with it (`feedback_{status,type,priority}_created_idx`), else
 * `feedback_created_idx` serves the order; further filters are checked on the rows it reads.
 */
export async function listAllFeedback(
  db: DbOrTx,
  filter: TriageFilter,
  page: { after?: [string, string]; limit: number },
): Promise<FeedbackWithAuthor[]> {
  const rows = await db
    .select({ row: feedback, author: author.sql.mapWith((v: unknown) => v) })
    .from(feedback)
    .where(
      and(
        filter.status ? eq(feedback.status, filter.status) : undefined,
        filter.type ? eq(feedback.type, filter.type) : undefined,
        filter.priority ? eq(feedback.priority, filter.priority) : undefined,
        page.after ? afterKey([feedback.created_at, feedback.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(feedback.created_at), desc(feedback.id))
    .limit(page.limit + 1);
  return withAuthor(rows);
}

/** Any user's message with its author; `lock` holds the row until the transaction ends. */
export async function findAnyFeedback(
  db: DbOrTx,
  id: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<FeedbackWithAuthor | null> {
  const query = db
    .select({ row: feedback, author: author.sql.mapWith((v: unknown) => v) })
    .from(feedback)
    .where(eq(feedback.id, id));
  const rows = lock ? await query.for('update', { of: feedback }) : await query;
  return withAuthor(rows)[0] ?? null;
}

export type TriagePatch = Partial<Pick<FeedbackRow, 'status' | 'priority' | 'admin_response' | 'responded_at'>> &
  Pick<FeedbackRow, 'updated_at'>;

export async function updateTriage(db: DbOrTx, id: string, patch: TriagePatch): Promise<FeedbackRow> {
  const [row] = await db.update(feedback).set(patch).where(eq(feedback.id, id)).returning();
  if (!row) throw new Error(`feedback ${id} vanished while locked`);
  return row;
}
