import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { bookStatuses } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';
import { blobs } from '../blobs/blobs.tables';

/** The user's books: want to read → reading → finished | abandoned, with pages and a rating. */
export const books = pgTable(
  'books',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    author: text(),
    isbn: text(),
    total_pages: integer(),
    current_page: integer().notNull().default(0),
    status: text().notNull().default('want_to_read'),
    rating: smallint(),
    notes: text(),
    cover_blob_key: text().references(() => blobs.key, { onDelete: 'set null' }),
    started_at: ts(),
    finished_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('books_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    index('books_user_status_updated_idx').on(t.user_id, t.status, t.updated_at, t.id),
    index('books_cover_blob_idx').on(t.cover_blob_key),
    check('books_title_length', sql`char_length(${t.title}) between 1 and 500`),
    check('books_status_valid', oneOf(t.status, bookStatuses)),
    check('books_rating_range', sql`${t.rating} between 1 and 5`),
    check('books_total_pages_range', sql`${t.total_pages} between 1 and 100000`),
    // Reading sessions advance the book, capped at its length.
    check(
      'books_current_page_range',
      sql`${t.current_page} >= 0 and (${t.total_pages} is null or ${t.current_page} <= ${t.total_pages})`,
    ),
    check('books_finished_dated', sql`${t.status} <> 'finished' or ${t.finished_at} is not null`),
  ],
);

/** A reading session: pages and/or minutes read in one sitting. */
export const reading_sessions = pgTable(
  'reading_sessions',
  {
    id: id(),
    user_id: ownerId(),
    book_id: uuid()
      .notNull()
      .references(() => books.id, { onDelete: 'cascade' }),
    pages_read: integer().notNull().default(0),
    start_page: integer(),
    end_page: integer(),
    minutes: integer().notNull().default(0),
    read_at: ts().notNull().defaultNow(),
    notes: text(),
    xp_awarded: integer().notNull().default(0),
    coins_awarded: integer().notNull().default(0),
    created_at: createdAt(),
  },
  (t) => [
    index('reading_sessions_book_read_idx').on(t.book_id, t.read_at, t.id),
    index('reading_sessions_user_read_idx').on(t.user_id, t.read_at, t.id),
    check('reading_sessions_something_read', sql`${t.pages_read} > 0 or ${t.minutes} > 0`),
    check('reading_sessions_pages_range', sql`${t.pages_read} between 0 and 10000`),
    check('reading_sessions_minutes_range', sql`${t.minutes} between 0 and 1440`),
    check(
      'reading_sessions_page_span',
      sql`${t.start_page} is null or ${t.end_page} is null or ${t.end_page} >= ${t.start_page}`,
    ),
    check('reading_sessions_rewards_non_negative', sql`${t.xp_awarded} >= 0 and ${t.coins_awarded} >= 0`),
  ],
);
