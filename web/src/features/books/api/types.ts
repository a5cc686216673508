/** Wire shapes of the books API (timestamps as strings). */
import type { z } from 'zod';
import type {
  book,
  bookChange,
  bookDetail,
  bookStats,
  CreateBookBody,
  LogSessionBody,
  readingSession,
  sessionChange,
  UpdateBookBody,
  UpdateSessionBody,
} from '#common/contracts/books';

export type BookWire = z.input<typeof book>;
export type BookDetailWire = z.input<typeof bookDetail>;
export type BookChangeWire = z.input<typeof bookChange>;
export type ReadingSessionWire = z.input<typeof readingSession>;
export type SessionChangeWire = z.input<typeof sessionChange>;
export type BookStatsWire = z.input<typeof bookStats>;
export type { CreateBookBody, LogSessionBody, UpdateBookBody, UpdateSessionBody };
