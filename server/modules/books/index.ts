import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { Book } from '#common/contracts/books';
import type { DbOrTx } from '../../db/client';
import { type Fact, mapFact, readFact } from '../../platform/facts';
import { defineModule } from '../../platform/module';
import { currentBookRowFact } from './books.repo';
import { bookRoutes } from './books.routes';

/** Books and reading. Covers are multipart uploads: parsed here only, with limits per request. */
const booksPlugin: FastifyPluginAsync = async (app) => {
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(bookRoutes);
};

export const booksModule = defineModule({ name: 'books', prefix: '/api/books', plugin: booksPlugin });

export type CurrentBook = Pick<Book, 'id' | 'title' | 'author' | 'current_page' | 'total_pages'>;

/** The book the user is reading (status `reading`, most recently updated), for composed reads. */
export const currentBookFact: Fact<CurrentBook | null, unknown> = mapFact(currentBookRowFact, (row) =>
  row
    ? { id: row.id, title: row.title, author: row.author, current_page: row.current_page, total_pages: row.total_pages }
    : null,
);

/** The book the user is reading, or null; for the plan's generator. */
export const currentBook = (db: DbOrTx, userId: string): Promise<CurrentBook | null> =>
  readFact(db, currentBookFact, { user: userId }, null);
