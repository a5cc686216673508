import { z } from 'zod';
import { bookStatuses } from '../enums';
import { dateKey, pageQuery, timestamp } from './base';
import { rewardOutcome } from './gamification';
import { longText, text } from './text';

/** Books, reading sessions and reading stats (`/api/books`, SPEC §6 Books, docs/RULES.md "Books"). */

export const bookStatus = z.enum(bookStatuses);
export type BookStatus = z.output<typeof bookStatus>;

export const BOOK_TITLE_MAX = 500;
export const BOOK_AUTHOR_MAX = 300;
export const BOOK_ISBN_MAX = 20;
export const BOOK_NOTES_MAX = 10_000;
export const BOOK_PAGES_MAX = 100_000;
export const SESSION_PAGES_MAX = 10_000;
export const SESSION_MINUTES_MAX = 1440;
export const SESSION_NOTES_MAX = 2000;
/** A cover is at most this many bytes (413 beyond): JPEG, PNG, WebP or GIF (415 otherwise). */
export const COVER_MAX_BYTES = 5 * 1024 * 1024;
export const COVER_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

export const book = z.object({
  id: z.uuid(),
  title: z.string(),
  author: z.string().nullable(),
  isbn: z.string().nullable(),
  total_pages: z.number().int().nullable(),
  current_page: z.number().int(),
  status: bookStatus,
  rating: z.number().int().nullable(),
  notes: z.string().nullable(),
  /** Where the cover is served (changes with each new cover), or null without one. */
  cover_url: z.string().nullable(),
  /** 0–100 when the length is known. */
  progress_percent: z.number().int().nullable(),
  started_at: timestamp.nullable(),
  finished_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Book = z.output<typeof book>;

export const readingSession = z.object({
  id: z.uuid(),
  book_id: z.uuid(),
  /** The pages that counted (capped at the book's last page). */
  pages_read: z.number().int(),
  start_page: z.number().int().nullable(),
  end_page: z.number().int().nullable(),
  minutes: z.number().int(),
  read_at: timestamp,
  notes: z.string().nullable(),
  xp_awarded: z.number().int(),
  coins_awarded: z.number().int(),
  created_at: timestamp,
});
export type ReadingSession = z.output<typeof readingSession>;

/** How many sessions `GET /api/books/:id` carries; the rest through `GET /api/books/:id/sessions`. */
export const BOOK_SESSIONS_SHOWN = 50;

export const bookDetail = book.extend({
  /** The newest sessions first (at most BOOK_SESSIONS_SHOWN). */
  sessions: z.array(readingSession),
  sessions_next_cursor: z.string().nullable(),
});
export type BookDetail = z.output<typeof bookDetail>;

/** A book as a write left it, and the completion reward when that write finished it for the first time. */
export const bookChange = z.object({ book, book_complete: rewardOutcome.nullable() });
export type BookChange = z.output<typeof bookChange>;

const pages = z.number().int().min(1).max(BOOK_PAGES_MAX);
const page = z.number().int().min(0).max(BOOK_PAGES_MAX);

const bookFields = {
  title: text(BOOK_TITLE_MAX).min(1),
  author: text(BOOK_AUTHOR_MAX).min(1).nullable(),
  isbn: text(BOOK_ISBN_MAX)
    .regex(/^[0-9Xx -]+$/, 'Use digits, X, spaces or dashes')
    .nullable(),
  total_pages: pages.nullable(),
  current_page: page,
  status: bookStatus,
  rating: z.number().int().min(1).max(5).nullable(),
  notes: longText(BOOK_NOTES_MAX).nullable(),
};

const pageWithinBook = (b: { current_page?: number; total_pages?: number | null }) =>
  b.current_page === undefined || b.total_pages == null || b.current_page <= b.total_pages;
const PAGE_PAST_END = { message: 'The current page cannot be past the last page', path: ['current_page'] };

export const createBookBody = z
  .strictObject({
    title: bookFields.title,
    author: bookFields.author.optional(),
    isbn: bookFields.isbn.optional(),
    total_pages: bookFields.total_pages.optional(),
    current_page: bookFields.current_page.optional(),
    status: bookFields.status.optional(),
    rating: bookFields.rating.optional(),
    notes: bookFields.notes.optional(),
  })
  .refine(pageWithinBook, PAGE_PAST_END);
export type CreateBookBody = z.input<typeof createBookBody>;

/** Any of the fields; a page past the (new) last page is 422. */
export const updateBookBody = z
  .strictObject({
    title: bookFields.title.optional(),
    author: bookFields.author.optional(),
    isbn: bookFields.isbn.optional(),
    total_pages: bookFields.total_pages.optional(),
    current_page: bookFields.current_page.optional(),
    status: bookFields.status.optional(),
    rating: bookFields.rating.optional(),
    notes: bookFields.notes.optional(),
  })
  .refine(pageWithinBook, PAGE_PAST_END);
export type UpdateBookBody = z.input<typeof updateBookBody>;

export const bookListQuery = pageQuery.extend({ status: bookStatus.optional() });

const sessionFields = {
  /** Pages read in the sitting. */
  pages: z.number().int().min(1).max(SESSION_PAGES_MAX),
  /** Or the page the sitting ended on (pages = end_page − where the book was). */
  end_page: z.number().int().min(1).max(BOOK_PAGES_MAX),
  minutes: z.number().int().min(0).max(SESSION_MINUTES_MAX),
  read_at: timestamp,
  notes: longText(SESSION_NOTES_MAX).nullable(),
};

const notBoth = (b: { pages?: number; end_page?: number }) => b.pages === undefined || b.end_page === undefined;
const NOT_BOTH = { message: 'Give the pages read or the end page, not both', path: ['end_page'] };

/** Pages (or an end page) and/or minutes; `read_at` defaults to now. */
export const logSessionBody = z
  .strictObject({
    pages: sessionFields.pages.optional(),
    end_page: sessionFields.end_page.optional(),
    minutes: sessionFields.minutes.optional(),
    read_at: sessionFields.read_at.optional(),
    notes: sessionFields.notes.optional(),
  })
  .refine(notBoth, NOT_BOTH)
  .refine((b) => b.pages !== undefined || b.end_page !== undefined || (b.minutes ?? 0) > 0, {
    message: 'Log some pages or some minutes',
    path: ['pages'],
  });
export type LogSessionBody = z.input<typeof logSessionBody>;

/** A session's new pages (or end page), minutes, time or notes: its reward is paid again. */
export const updateSessionBody = z
  .strictObject({
    pages: z.number().int().min(0).max(SESSION_PAGES_MAX).optional(),
    end_page: sessionFields.end_page.optional(),
    minutes: sessionFields.minutes.optional(),
    read_at: sessionFields.read_at.optional(),
    notes: sessionFields.notes.optional(),
  })
  .refine(notBoth, NOT_BOTH);
export type UpdateSessionBody = z.input<typeof updateSessionBody>;

export const sessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });

/** A session as a write left it, its book, its reward, and the book's completion reward when it finished it. */
export const sessionChange = z.object({
  session: readingSession,
  book,
  reward: rewardOutcome,
  book_complete: rewardOutcome.nullable(),
});
export type SessionChange = z.output<typeof sessionChange>;

export const bookStatsQuery = z.object({ year: z.coerce.number().int().min(1900).max(2199).optional() });

export const STATS_WEEKS = 12;

export const bookStats = z.object({
  /** The user's today. */
  today: dateKey,
  /** The last STATS_WEEKS weeks (Monday first), oldest first; the last is this week. */
  pages_per_week: z.array(z.object({ week_start: dateKey, pages: z.number().int(), minutes: z.number().int() })),
  this_week: z.object({ pages: z.number().int(), minutes: z.number().int() }),
  /** Days in a row with a session, up to today (a streak still open from yesterday counts). */
  streak_days: z.number().int(),
  /** Books finished each year, newest first. */
  finished_per_year: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  /** The year asked for (this year by default), its finished count and the yearly goal. */
  year: z.object({ year: z.number().int(), finished: z.number().int(), goal: z.number().int().nullable() }),
  /** How many books are on each shelf. */
  shelves: z.record(bookStatus, z.number().int()),
});
export type BookStats = z.output<typeof bookStats>;
