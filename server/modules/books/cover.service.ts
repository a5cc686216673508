import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { type Book, COVER_MAX_BYTES, COVER_TYPES } from '#common/contracts/books';
import type { Ctx } from '../../platform/access';
import { blobIdOfKey } from '../../platform/blob-store';
import { AppError, notFound } from '../../platform/errors';
import { peek } from '../../platform/uploads';
import { deleteBlob, deleteBlobWith, type OpenBlob, openBlob, storeBlob } from '../blobs';
import * as repo from './books.repo';
import { bookView } from './books.service';

/**
 * Book covers: the type is read from the file's first bytes (`file-type`), never from its name
 * or declared type; the file streams into the blob store under the size limit.
 */

/** Enough bytes for every image header file-type reads. */
const SNIFF_BYTES = 4100;
/** What a form may add around its one file: a larger announced body is refused unread. */
const FORM_OVERHEAD = 64 * 1024;
const MB = 1024 * 1024;

export const tooLarge = () =>
  new AppError('payload_too_large', `A cover can be at most ${Math.round(COVER_MAX_BYTES / MB)} MB.`);
const notAnImage = (detail = 'This file is not an image Cadence can show.') =>
  new AppError('unsupported_media_type', `${detail} Upload a JPEG, PNG, WebP or GIF image.`);

/** Refuses a form announced larger than any cover may be, before reading it. */
export function checkAnnouncedSize(contentLength: number | undefined): void {
  if (contentLength !== undefined && contentLength > COVER_MAX_BYTES + FORM_OVERHEAD) throw tooLarge();
}

/** The accepted image type of a file from its first bytes; 415 otherwise. */
export async function sniffImage(head: Buffer): Promise<string> {
  if (head.length === 0) throw notAnImage('The file is empty.');
  const mime = (await fileTypeFromBuffer(head))?.mime;
  if (!mime || !(COVER_TYPES as readonly string[]).includes(mime)) throw notAnImage();
  return mime;
}

/**
 * Stores a new cover for the book and drops the old one: the file is checked by content (415)
 * and size (413) while it streams into the store, then the book points at it and the old
 * cover's row goes in one transaction, its object after. A refusal leaves the old cover.
 */
export async function upload(
  ctx: Ctx,
  bookId: string,
  input: { body: Readable; contentLength: number | undefined },
): Promise<Book> {
  checkAnnouncedSize(input.contentLength);
  if (!(await repo.findBook(ctx.database.db, ctx.userId, bookId))) throw notFound('book');
  const { head, whole } = await peek(input.body, SNIFF_BYTES);
  let mime: string;
  try {
    mime = await sniffImage(head);
  } catch (err) {
    whole.destroy();
    throw err;
  }
  const blob = await storeBlob(ctx, {
    purpose: 'book_cover',
    contentType: mime,
    body: whole,
    maxBytes: COVER_MAX_BYTES,
  }).catch((err: unknown) => {
    whole.destroy();
    if (err instanceof AppError && err.code === 'payload_too_large') throw tooLarge();
    throw err;
  });
  try {
    const { row, old } = await ctx.database.db.transaction(async (tx) => {
      const book = await repo.findBook(tx, ctx.userId, bookId, true);
      if (!book) throw notFound('book');
      const row = await repo.updateBook(tx, ctx.userId, bookId, {
        cover_blob_key: blob.key,
        updated_at: ctx.clock.now(),
      });
      if (!row) throw notFound('book');
      const old = book.cover_blob_key ? await deleteBlobWith(ctx, tx, blobIdOfKey(book.cover_blob_key)) : null;
      return { row, old };
    });
    await old?.removeObject();
    return bookView(row);
  } catch (err) {
    await deleteBlob(ctx, blob.id).catch(() => {});
    throw err;
  }
}

/** The book's cover (404 without one). */
export async function open(ctx: Ctx, bookId: string): Promise<OpenBlob> {
  const book = await repo.findBook(ctx.database.db, ctx.userId, bookId);
  if (!book) throw notFound('book');
  if (!book.cover_blob_key) throw notFound('cover');
  return openBlob(ctx, blobIdOfKey(book.cover_blob_key));
}

/** Removes the book's cover: the book forgets it and its row goes in one transaction, its object after. */
export async function remove(ctx: Ctx, bookId: string): Promise<void> {
  const done = await ctx.database.db.transaction(async (tx) => {
    const book = await repo.findBook(tx, ctx.userId, bookId, true);
    if (!book) throw notFound('book');
    if (!book.cover_blob_key) throw notFound('cover');
    await repo.updateBook(tx, ctx.userId, bookId, { cover_blob_key: null, updated_at: ctx.clock.now() });
    return deleteBlobWith(ctx, tx, blobIdOfKey(book.cover_blob_key));
  });
  await done?.removeObject();
}
