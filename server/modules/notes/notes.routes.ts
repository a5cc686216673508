import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { noteListQuery } from '#common/contracts/notes';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import type { NoteChanges, NoteInput, NotesService } from './notes.service';

/** The contracts of one kind: its item, its create and update bodies (a reference adds `url`). */
export interface NotesSchemas {
  item: z.ZodType;
  create: z.ZodType<NoteInput, unknown>;
  update: z.ZodType<NoteChanges, unknown>;
}

/** The five routes of one kind of note, under its prefix. */
export function notesRoutes(
  service: NotesService,
  schemas: NotesSchemas,
  words: { tag: string; one: string; many: string },
): FastifyPluginAsyncZod {
  const tags = [words.tag];
  return async (app) => {
    app.get(
      '',
      {
        schema: {
          tags,
          summary: `The user’s ${words.many}, pinned first, then the most recently edited; filter by category or tag; archived=true for the archive`,
          querystring: noteListQuery,
          response: { 200: listEnvelope(schemas.item) },
        },
      },
      async (request) => service.list(ctxOf(request), request.query),
    );

    app.post(
      '',
      {
        schema: {
          tags,
          summary: `Write a new ${words.one}`,
          body: schemas.create,
          response: { 201: envelope(schemas.item) },
        },
      },
      async (request, reply) => reply.status(201).send({ data: await service.create(ctxOf(request), request.body) }),
    );

    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: `One ${words.one}`,
          params: idParams,
          response: { 200: envelope(schemas.item), 404: errorEnvelope },
        },
      },
      async (request) => ({ data: await service.get(ctxOf(request), request.params.id) }),
    );

    app.patch(
      '/:id',
      {
        schema: {
          tags,
          summary: `Edit, pin or unpin, archive or bring back a ${words.one}`,
          params: idParams,
          body: schemas.update,
          response: { 200: envelope(schemas.item), 404: errorEnvelope },
        },
      },
      async (request) => ({ data: await service.update(ctxOf(request), request.params.id, request.body) }),
    );

    app.delete(
      '/:id',
      {
        schema: {
          tags,
          summary: `Delete a ${words.one} for good`,
          params: idParams,
          response: { 204: z.null().describe('No content'), 404: errorEnvelope },
        },
      },
      async (request, reply) => {
        await service.remove(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
