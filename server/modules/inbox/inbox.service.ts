import { z } from 'zod';
import type {
  createInboxBody,
  InboxItem,
  InboxList,
  inboxListQuery,
  ReadAllResult,
  updateInboxBody,
} from '#common/contracts/inbox';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { publish } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/pagination';
import * as repo from './inbox.repo';
import { itemView } from './inbox.view';

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof inboxListQuery>): Promise<InboxList> {
  const db = ctx.database.db;
  const rows = await repo.list(db, ctx.userId, {
    archived: query.archived === 'true',
    unread: query.unread === undefined ? undefined : query.unread === 'true',
    kind: query.kind,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { data: page.data.map(itemView), page: page.page, unread_count: await repo.unreadCount(db, ctx.userId) };
}

/** Unread items in the inbox (not archived): the nav badge and the Today screen. */
export const unreadInboxFact = repo.unreadCountFact;

export async function get(ctx: Ctx, id: string): Promise<InboxItem> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('inbox item');
  return itemView(row);
}

/** Quick capture: a new unread item at the top of the inbox. */
export async function capture(ctx: Ctx, body: z.output<typeof createInboxBody>): Promise<InboxItem> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      kind: 'capture',
      title: body.title,
      body: body.body || null,
      tags: body.tags ?? [],
      data: {},
      created_at: now,
      updated_at: now,
    });
    await publish(tx, ctx.userId, 'inbox_item', { item_id: row.id, action: 'created' });
    return itemView(row);
  });
}

/**
 * Edits the text, or marks the item read or unread, archived or not. Marking something as it
 * already is changes nothing (its first time is kept).
 */
export async function update(ctx: Ctx, id: string, body: z.output<typeof updateInboxBody>): Promise<InboxItem> {
  return ctx.database.db.transaction(async (tx) => {
    const item = await repo.find(tx, ctx.userId, id, true);
    if (!item) throw notFound('inbox item');
    const now = ctx.clock.now();
    const toggle = (wanted: boolean | undefined, current: Date | null) =>
      wanted === undefined ? undefined : wanted ? (current ?? now) : null;
    const row = await repo.update(tx, item, {
      title: body.title,
      body: body.body === undefined ? undefined : body.body || null,
      tags: body.tags,
      read_at: toggle(body.read, item.read_at),
      archived_at: toggle(body.archived, item.archived_at),
      updated_at: now,
    });
    if (!row) throw notFound('inbox item');
    await publish(tx, ctx.userId, 'inbox_item', { item_id: id, action: 'updated' });
    return itemView(row);
  });
}

/** Marks every unread item in the inbox read (archived ones are left as they are). */
export async function readAll(ctx: Ctx): Promise<ReadAllResult> {
  return ctx.database.db.transaction(async (tx) => {
    const ids = await repo.markAllRead(tx, ctx.userId, ctx.clock.now());
    // One event tells every device to refresh; the ids would add nothing it needs.
    const first = ids[0];
    if (first) await publish(tx, ctx.userId, 'inbox_item', { item_id: first, action: 'updated' });
    return { updated: ids.length, unread_count: await repo.unreadCount(tx, ctx.userId) };
  });
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repo.remove(tx, ctx.userId, id))) throw notFound('inbox item');
    await publish(tx, ctx.userId, 'inbox_item', { item_id: id, action: 'deleted' });
  });
}
