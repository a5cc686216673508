import { z } from 'zod';
import {
  BOOK_SESSIONS_SHOWN,
  type Book,
  type BookChange,
  type BookDetail,
  type BookStatus,
  type bookListQuery,
  type createBookBody,
  type ReadingSession,
  type updateBookBody,
} from '#common/contracts/books';
import { nextBookState, progressPercent } from '#common/rules/books';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { blobIdOfKey } from '../../platform/blob-store';
import { notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { deleteBlobWith } from '../blobs';
import { type RewardOutcome, type Rewards, record } from '../gamification';
import * as repo from './books.repo';

export function bookView(row: repo.BookRow): Book {
  const { user_id: _user, cover_blob_key: cover, ...rest } = row;
  return {
    ...rest,
    status: row.status as BookStatus,
    // The blob id in the address: a new cover is a new address, so a cached old one is never shown.
    cover_url: cover ? `/api/books/${row.id}/cover?v=${blobIdOfKey(cover)}` : null,
    progress_percent: progressPercent(row),
  };
}

export function sessionView(row: repo.SessionRow): ReadingSession {
  const { user_id: _user, ...rest } = row;
  return rest;
}

/** The ledger key of a book's completion: it pays once per book, ever. */
export const completionKey = (bookId: string) => `book_complete:${bookId}`;

/** Pays for finishing the book (a repeat of the key pays nothing: finished before, once). */
export async function payCompletion(
  tx: Tx,
  ctx: Ctx,
  row: repo.BookRow,
  at: Date,
  rewards?: Rewards,
): Promise<RewardOutcome | null> {
  const input = {
    type: 'book_complete' as const,
    idempotency_key: completionKey(row.id),
    source_id: row.id,
    occurred_at: at,
    data: { pages: row.total_pages ?? row.current_page },
  };
  const outcome = rewards ? await rewards.record(input) : await record(tx, ctx, input);
  return outcome.duplicate ? null : outcome;
}

const pastLastPage = () =>
  validationError([{ path: 'current_page', message: 'The current page cannot be past the last page' }]);

export async function create(ctx: Ctx, body: z.output<typeof createBookBody>): Promise<BookChange> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const state = nextBookState(
      { status: 'want_to_read', current_page: 0, total_pages: null, started_at: null, finished_at: null },
      { status: body.status ?? 'want_to_read', current_page: body.current_page, total_pages: body.total_pages ?? null },
      now,
    );
    const { finished, ...columns } = state;
    const row = await repo.insertBook(tx, {
      user_id: ctx.userId,
      title: body.title,
      author: body.author ?? null,
      isbn: body.isbn ?? null,
      rating: body.rating ?? null,
      notes: body.notes ?? null,
      ...columns,
      created_at: now,
      updated_at: now,
    });
    const book_complete = finished ? await payCompletion(tx, ctx, row, now) : null;
    return { book: bookView(row), book_complete };
  });
}

export async function update(ctx: Ctx, id: string, body: z.output<typeof updateBookBody>): Promise<BookChange> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const before = await repo.findBook(tx, ctx.userId, id, true);
    if (!before) throw notFound('book');
    const total = body.total_pages !== undefined ? body.total_pages : before.total_pages;
    const page = body.current_page ?? before.current_page;
    if (total !== null && page > total) throw pastLastPage();
    const { finished, ...state } = nextBookState(
      { ...before, status: before.status as BookStatus },
      { status: body.status, current_page: body.current_page, total_pages: body.total_pages },
      now,
    );
    const row = await repo.updateBook(tx, ctx.userId, id, { ...body, ...state, updated_at: now });
    if (!row) throw notFound('book');
    const book_complete = finished ? await payCompletion(tx, ctx, row, now) : null;
    return { book: bookView(row), book_complete };
  });
}

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof bookListQuery>): Promise<Page<Book>> {
  const rows = await repo.listBooks(ctx.database.db, ctx.userId, {
    status: query.status,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.updated_at.toISOString(), r.id]);
  return { data: page.data.map(bookView), page: page.page };
}

export async function listSessions(
  ctx: Ctx,
  bookId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<ReadingSession>> {
  const db = ctx.database.db;
  if (!(await repo.findBook(db, ctx.userId, bookId))) throw notFound('book');
  const rows = await repo.listSessions(db, ctx.userId, bookId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.read_at.toISOString(), r.id]);
  return { data: page.data.map(sessionView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<BookDetail> {
  const row = await repo.findBook(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('book');
  const rows = await repo.listSessions(ctx.database.db, ctx.userId, id, { limit: BOOK_SESSIONS_SHOWN });
  const sessions = toPage(rows, { limit: BOOK_SESSIONS_SHOWN }, (r) => [r.read_at.toISOString(), r.id]);
  return {
    ...bookView(row),
    sessions: sessions.data.map(sessionView),
    sessions_next_cursor: sessions.page.next_cursor,
  };
}

/**
 * Deletes the book with its sessions (by cascade) and its cover: the rows in one transaction,
 * then the cover's object. What its reading paid stays paid.
 */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const done = await ctx.database.db.transaction(async (tx) => {
    const row = await repo.deleteBook(tx, ctx.userId, id);
    if (!row) throw notFound('book');
    return row.cover_blob_key ? deleteBlobWith(ctx, tx, blobIdOfKey(row.cover_blob_key)) : null;
  });
  await done?.removeObject();
}
