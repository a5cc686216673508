import { and, count, desc, eq, gt, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
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
