import type { FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope, pageQuery } from '#common/contracts/base';
import {
  book,
  bookChange,
  bookDetail,
  bookListQuery,
  bookStats,
  bookStatsQuery,
  COVER_MAX_BYTES,
  createBookBody,
  logSessionBody,
  readingSession,
  sessionChange,
  sessionParams,
  updateBookBody,
  updateSessionBody,
} from '#common/contracts/books';
import { text } from '#common/contracts/text';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import { AppError, badRequest } from '../../platform/errors';
import * as books from './books.service';
import * as cover from './cover.service';
import * as sessions from './sessions.service';
import { stats } from './stats.service';

const tags = ['books'];
const noContent = z.null().describe('No content');

/** How long a browser may keep a cover: its address changes with each new cover. */
export const COVER_MAX_AGE_SECONDS = 86_400;

const imageBody = z.any().meta({ type: 'string', format: 'binary' });

const contentLength = (request: FastifyRequest) => {
  const raw = request.headers['content-length'];
  return raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
};

export const bookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The user’s books, last touched first; `status` picks one shelf',
        querystring: bookListQuery,
        response: { 200: listEnvelope(book) },
      },
    },
    async (request) => books.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Add a book (to “want to read” unless a status is given); adding it finished pays its completion',
        body: createBookBody,
        response: { 201: envelope(bookChange) },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await books.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/stats',
    {
      schema: {
        tags,
        summary:
          'Reading stats: pages per week (12 weeks), this week, the reading streak, books finished per year against the yearly goal, shelf counts',
        querystring: bookStatsQuery,
        response: { 200: envelope(bookStats) },
      },
    },
    async (request) => ({ data: await stats(ctxOf(request), request.query.year) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One book with its newest reading sessions',
        params: idParams,
        response: { 200: envelope(bookDetail), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await books.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary:
          'Change a book; `reading` dates its start, `finished` (or reaching the last page) its end and pays its completion once ever',
        params: idParams,
        body: updateBookBody,
        response: { 200: envelope(bookChange), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await books.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a book with its sessions and cover (what its reading paid stays)',
        params: idParams,
        response: { 204: noContent, 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await books.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/sessions',
    {
      schema: {
        tags,
        summary: 'A book’s reading sessions, newest first',
        params: idParams,
        querystring: pageQuery,
        response: { 200: listEnvelope(readingSession), 404: errorEnvelope },
      },
    },
    async (request) => books.listSessions(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    '/:id/sessions',
    {
      schema: {
        tags,
        summary:
          'Log reading: pages (or an end page, capped at the last page) and/or minutes; the book moves on and may finish; pays through the game layer',
        params: idParams,
        body: logSessionBody,
        response: { 201: envelope(sessionChange), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await sessions.log(ctxOf(request), request.params.id, request.body) }),
  );

  app.patch(
    '/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change a session: the book moves by the difference, its reward is reversed and paid again',
        params: sessionParams,
        body: updateSessionBody,
        response: { 200: envelope(sessionChange), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({
      data: await sessions.update(ctxOf(request), request.params.id, request.params.sessionId, request.body),
    }),
  );

  app.delete(
    '/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Delete a session: its reward is reversed and the book moves back by its pages',
        params: sessionParams,
        response: { 204: noContent, 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await sessions.remove(ctxOf(request), request.params.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/:id/cover',
    {
      schema: {
        tags,
        summary: `Upload the book’s cover: a multipart form with one \`file\` part (JPEG, PNG, WebP or GIF, read from the content; at most ${COVER_MAX_BYTES / 1024 / 1024} MB); replaces the old one`,
        consumes: ['multipart/form-data'],
        params: idParams,
        body: z.object({ file: imageBody }),
        response: { 200: envelope(book), 404: errorEnvelope, 413: errorEnvelope, 415: errorEnvelope },
      },
      // The body is a stream the handler reads: its schema is for the document only.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => true
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const length = contentLength(request);
      try {
        if (!request.isMultipart()) {
          throw new AppError('unsupported_media_type', 'Send the cover as a multipart/form-data upload.');
        }
        cover.checkAnnouncedSize(length);
        const part = await request
          .file({ limits: { fileSize: COVER_MAX_BYTES + 1, files: 1, fields: 5, parts: 6 } })
          .catch(() => {
            throw badRequest('The upload is not a well-formed multipart form.');
          });
        if (!part) throw new AppError('validation_error', 'Attach the image as the `file` part.');
        const data = await cover.upload(ctx, request.params.id, { body: part.file, contentLength: length });
        return reply.send({ data });
      } catch (err) {
        // What the client is still sending will not be read: this connection carries no other request.
        reply.header('connection', 'close');
        throw err;
      }
    },
  );

  app.get(
    '/:id/cover',
    {
      schema: {
        tags,
        summary: 'The book’s cover image (private cache, ETag; 304 when it has not changed)',
        params: idParams,
        querystring: z.object({ v: text(100, { trim: false }).optional() }),
        headers: z.object({ 'if-none-match': z.string().max(200).optional() }),
        produces: ['image/*'],
        response: { 200: imageBody.describe('The image'), 304: noContent, 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      const opened = await cover.open(ctxOf(request), request.params.id);
      const etag = opened.blob.sha256 ? `"${opened.blob.sha256}"` : undefined;
      reply.header('cache-control', `private, max-age=${COVER_MAX_AGE_SECONDS}`);
      if (etag) reply.header('etag', etag);
      if (etag && request.headers['if-none-match'] === etag) {
        opened.body.destroy();
        return reply.status(304).send(null);
      }
      reply.header('content-type', opened.blob.content_type).header('content-length', opened.size);
      return reply.send(opened.body);
    },
  );

  app.delete(
    '/:id/cover',
    {
      schema: {
        tags,
        summary: 'Remove the book’s cover',
        params: idParams,
        response: { 204: noContent, 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await cover.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
