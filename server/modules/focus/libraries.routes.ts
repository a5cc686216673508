import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope, pageQuery } from '#common/contracts/base';
import {
  addFocusLibraryTrackBody,
  createFocusLibraryBody,
  focusLibrary,
  focusLibraryDetail,
  libraryTrackParams,
  updateFocusLibraryBody,
} from '#common/contracts/focus';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as service from './libraries.service';

const tags = ['focus'];
const noContent = { 204: z.null().describe('No content'), 404: errorEnvelope };

/** Focus music libraries: named, ordered collections of the user's uploaded tracks. */
export const libraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The user’s music libraries, newest first, with their track counts',
        querystring: pageQuery,
        response: { 200: listEnvelope(focusLibrary) },
      },
    },
    async (request) => service.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a music library',
        body: createFocusLibraryBody,
        response: { 201: envelope(focusLibraryDetail) },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await service.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'A library with its tracks in order',
        params: idParams,
        response: { 200: envelope(focusLibraryDetail), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Rename, describe or favourite a library',
        params: idParams,
        body: updateFocusLibraryBody,
        response: { 200: envelope(focusLibraryDetail), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a library (the tracks stay in the reference library)',
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await service.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/tracks',
    {
      schema: {
        tags,
        summary:
          'Add one of the user’s uploaded tracks (404 for a missing or foreign track, 409 if already there); answers the library',
        params: idParams,
        body: addFocusLibraryTrackBody,
        response: { 201: envelope(focusLibraryDetail), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await service.addTrack(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id/tracks/:track_id',
    {
      schema: {
        tags,
        summary: 'Take a track out of the library (the track itself stays)',
        params: libraryTrackParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await service.removeTrack(ctxOf(request), request.params.id, request.params.track_id);
      return reply.status(204).send(null);
    },
  );
};
