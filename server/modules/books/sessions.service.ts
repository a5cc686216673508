import type { z } from 'zod';
import type { BookStatus, logSessionBody, SessionChange, updateSessionBody } from '#common/contracts/books';
import { countPages, nextBookState } from '#common/rules/books';
import { dayKey } from '#common/time/day';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { Rewards, reverse } from '../gamification';
import * as repo from './books.repo';
import { bookView, completionKey, payCompletion, sessionView } from './books.service';

/** The ledger key of a session's reward: editing reverses it and pays it again. */
export const sessionKey = (sessionId: string) => `reading_session:${sessionId}`;

/** A session may be dated a little ahead (clocks differ), never later. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

function checkReadAt(ctx: Ctx, readAt: Date): void {
  if (readAt.getTime() > ctx.clock.now().getTime() + FUTURE_SLACK_MS) {
    throw validationError([{ path: 'read_at', message: 'A session cannot be in the future' }]);
  }
}

const nothingRead = () =>
  conflict('Nothing to log: no pages counted (the book is at its last page) and no minutes.', 'nothing_read');

async function lockedBook(tx: Tx, ctx: Ctx, bookId: string) {
  const book = await repo.findBook(tx, ctx.userId, bookId, true);
  if (!book) throw notFound('book');
  return book;
}

/**
 * Pays for a session (and for the book, when the session finished it) in one unit of rewards,
 * after reversing what the session paid before when it is edited; writes the session's reward
 * and the book's new state. All inside the caller's transaction.
 */
async function settle(
  tx: Tx,
  ctx: Ctx,
  input: {
    book: repo.BookRow;
    session: repo.SessionRow;
    page: number;
    edited: boolean;
  },
): Promise<SessionChange> {
  const { book, session } = input;
  const now = ctx.clock.now();
  const state = nextBookState(
    { ...book, status: book.status as BookStatus },
    { current_page: input.page, read: true },
    session.read_at,
  );
  const { finished, ...columns } = state;
  const updated = await repo.updateBook(tx, ctx.userId, book.id, { ...columns, updated_at: now });
  if (!updated) throw notFound('book');
  const key = sessionKey(session.id);
  const day = dayKey(session.read_at, ctx.user.timezone, ctx.user.day_start_hour);
  // The old reward is taken back in a unit of its own (same transaction): the game layer keeps
  // a unit from both taking back and advancing the same quest progress.
  if (input.edited) await reverse(tx, ctx, key);
  const rewards = await Rewards.open(tx, ctx, { keys: [key, completionKey(book.id)], day });
  const reward = await rewards.record({
    type: 'reading_session',
    idempotency_key: key,
    source_id: session.id,
    occurred_at: session.read_at,
    data: { pages: session.pages_read, minutes: session.minutes },
  });
  const book_complete = finished ? await payCompletion(tx, ctx, updated, session.read_at, rewards) : null;
  await rewards.close();
  const paid = await repo.updateSession(tx, ctx.userId, session.id, {
    xp_awarded: Math.max(0, reward.xp),
    coins_awarded: Math.max(0, reward.coins),
  });
  return { session: sessionView(paid), book: bookView(updated), reward, book_complete };
}

/**
 * Logs a sitting: its pages (or end page) count from where the book stands, capped at the last
 * page; the book moves on, starts (`want_to_read` → `reading`) and finishes at its last page.
 */
export async function log(ctx: Ctx, bookId: string, body: z.output<typeof logSessionBody>): Promise<SessionChange> {
  const now = ctx.clock.now();
  const readAt = body.read_at ?? now;
  checkReadAt(ctx, readAt);
  return ctx.database.db.transaction(async (tx) => {
    const book = await lockedBook(tx, ctx, bookId);
    const byPages = body.pages !== undefined || body.end_page !== undefined;
    const counted = countPages(book.current_page, book.total_pages, body);
    const minutes = body.minutes ?? 0;
    if (counted.pages === 0 && minutes === 0) throw nothingRead();
    const session = await repo.insertSession(tx, {
      user_id: ctx.userId,
      book_id: book.id,
      pages_read: counted.pages,
      start_page: byPages ? counted.start_page : null,
      end_page: byPages ? counted.end_page : null,
      minutes,
      read_at: readAt,
      notes: body.notes ?? null,
      created_at: now,
    });
    return settle(tx, ctx, { book, session, page: book.current_page + counted.pages, edited: false });
  });
}

/**
 * Changes a session: the book moves by the difference in pages (capped at its last page), and
 * the session's reward is reversed and paid again for what it now holds.
 */
export async function update(
  ctx: Ctx,
  bookId: string,
  sessionId: string,
  body: z.output<typeof updateSessionBody>,
): Promise<SessionChange> {
  if (body.read_at) checkReadAt(ctx, body.read_at);
  return ctx.database.db.transaction(async (tx) => {
    const book = await lockedBook(tx, ctx, bookId);
    const before = await repo.findSession(tx, ctx.userId, bookId, sessionId, true);
    if (!before) throw notFound('reading session');
    // Where the book would stand without this session.
    const base = Math.max(0, book.current_page - before.pages_read);
    const start = before.start_page ?? base;
    let pages = before.pages_read;
    let span = { start_page: before.start_page, end_page: before.end_page };
    if (body.pages !== undefined || body.end_page !== undefined) {
      const asked = body.end_page !== undefined ? Math.max(0, body.end_page - start) : (body.pages ?? 0);
      pages = countPages(base, book.total_pages, { pages: asked }).pages;
      span = { start_page: start, end_page: start + pages };
    }
    const minutes = body.minutes ?? before.minutes;
    if (pages === 0 && minutes === 0) throw nothingRead();
    const session = await repo.updateSession(tx, ctx.userId, sessionId, {
      pages_read: pages,
      ...span,
      minutes,
      read_at: body.read_at ?? before.read_at,
      notes: body.notes !== undefined ? body.notes : before.notes,
    });
    return settle(tx, ctx, { book, session, page: base + pages, edited: true });
  });
}

/** Deletes a session: its reward is reversed and the book moves back by its pages (its status stays). */
export async function remove(ctx: Ctx, bookId: string, sessionId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const book = await lockedBook(tx, ctx, bookId);
    const session = await repo.findSession(tx, ctx.userId, bookId, sessionId, true);
    if (!session) throw notFound('reading session');
    await reverse(tx, ctx, sessionKey(session.id));
    await repo.deleteSession(tx, ctx.userId, session.id);
    await repo.updateBook(tx, ctx.userId, book.id, {
      current_page: Math.max(0, book.current_page - session.pages_read),
      updated_at: ctx.clock.now(),
    });
  });
}
