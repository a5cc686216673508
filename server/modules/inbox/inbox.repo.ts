import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { addToCounters, counterFact, rebuildCounters } from '../../platform/counters';
import { readFact } from '../../platform/facts';
import { afterKey } from '../../platform/pagination';
import { inbox_items } from './inbox.tables';

export type InboxRow = typeof inbox_items.$inferSelect;
export type NewInboxRow = Pick<
  InboxRow,
  'user_id' | 'kind' | 'title' | 'body' | 'tags' | 'data' | 'created_at' | 'updated_at'
>;

export interface InboxFilter {
  archived: boolean;
  unread?: boolean;
  kind?: string;
  after?: [string, string];
  limit: number;
}

/**
 * The user's items newest first, keyset on (created_at, id): the open inbox is served by the
 * partial index inbox_items_user_open_idx, the archive by inbox_items_user_created_idx.
 */
export async function list(db: DbOrTx, userId: string, f: InboxFilter): Promise<InboxRow[]> {
  return db
    .select()
    .from(inbox_items)
    .where(
      and(
        eq(inbox_items.user_id, userId),
        f.archived ? isNotNull(inbox_items.archived_at) : isNull(inbox_items.archived_at),
        f.unread === undefined ? undefined : f.unread ? isNull(inbox_items.read_at) : isNotNull(inbox_items.read_at),
        f.kind ? eq(inbox_items.kind, f.kind) : undefined,
        f.after ? afterKey([inbox_items.created_at, inbox_items.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(inbox_items.created_at), desc(inbox_items.id))
    .limit(f.limit + 1);
}

/**
 * Unread items still in the inbox (the badge) are counted as they change, not on read: every
 * write below moves the `inbox:unread` counter (platform/counters.ts) in its own statement's
 * transaction.
 */
const UNREAD = 'inbox:unread';
const isUnread = (row: { read_at: Date | null; archived_at: Date | null }) => !row.read_at && !row.archived_at;
const countUnread = (db: DbOrTx, userId: string, delta: number) => addToCounters(db, userId, [[UNREAD, delta]]);

export const unreadCountFact = counterFact(UNREAD);

/** Recounts the badge of some users from their items (for items written in bulk). */
export const rebuildUnreadCounts = (tx: DbOrTx, userIds: string[]) =>
  rebuildCounters(
    tx,
    userIds,
    UNREAD,
    sql`select ${inbox_items.user_id} as user_id, ${UNREAD} as key, 1 as n from ${inbox_items}
        where ${inbox_items.user_id} = any(${`{${userIds.join(',')}}`}::uuid[])
          and ${inbox_items.read_at} is null and ${inbox_items.archived_at} is null`,
  );
export const unreadCount = (db: DbOrTx, userId: string) => readFact(db, unreadCountFact, { user: userId }, null);

/** One of the user's items; `lock` holds it until the transaction ends. */
export async function find(db: DbOrTx, userId: string, id: string, lock = false): Promise<InboxRow | null> {
  const query = db
    .select()
    .from(inbox_items)
    .where(and(eq(inbox_items.user_id, userId), eq(inbox_items.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insert(db: DbOrTx, values: NewInboxRow): Promise<InboxRow> {
  const [row] = await db.insert(inbox_items).values(values).returning();
  if (!row) throw new Error('insert into inbox_items returned no row');
  if (isUnread(row)) await countUnread(db, values.user_id, 1);
  return row;
}

export type InboxPatch = Partial<
  Pick<
    InboxRow,
    | 'title'
    | 'body'
    | 'tags'
    | 'read_at'
    | 'archived_at'
    | 'processed_at'
    | 'processed_into_type'
    | 'processed_into_id'
    | 'updated_at'
  >
>;

/** Applies a change to an item the caller found and locked; null when it is gone. */
export async function update(db: DbOrTx, before: InboxRow, patch: InboxPatch): Promise<InboxRow | null> {
  const userId = before.user_id;
  const [row] = await db
    .update(inbox_items)
    .set(patch)
    .where(and(eq(inbox_items.user_id, userId), eq(inbox_items.id, before.id)))
    .returning();
  if (!row) return null;
  const delta = Number(isUnread(row)) - Number(isUnread(before));
  if (delta !== 0) await countUnread(db, userId, delta);
  return row;
}

/** Marks every unread item in the inbox read; returns their ids. */
export async function markAllRead(db: DbOrTx, userId: string, at: Date): Promise<string[]> {
  const rows = await db
    .update(inbox_items)
    .set({ read_at: at, updated_at: at })
    .where(and(eq(inbox_items.user_id, userId), isNull(inbox_items.read_at), isNull(inbox_items.archived_at)))
    .returning({ id: inbox_items.id });
  await countUnread(db, userId, -rows.length);
  return rows.map((r) => r.id);
}

export async function remove(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const [row] = await db
    .delete(inbox_items)
    .where(and(eq(inbox_items.user_id, userId), eq(inbox_items.id, id)))
    .returning({ read_at: inbox_items.read_at, archived_at: inbox_items.archived_at });
  if (row && isUnread(row)) await countUnread(db, userId, -1);
  return row !== undefined;
}

/** Whether the user already has a notification with this key (`data.key`), so none is told twice. */
export async function hasNotification(db: DbOrTx, userId: string, key: string): Promise<boolean> {
  const rows = await db
    .select({ id: inbox_items.id })
    .from(inbox_items)
    .where(
      // Literal kind: the partial index on the key serves only `kind = 'system'` as written.
      and(
        eq(inbox_items.user_id, userId),
        sql`${inbox_items.kind} = 'system'`,
        sql`${inbox_items.data}->>'key' = ${key}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
