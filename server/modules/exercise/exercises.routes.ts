import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { createExerciseBody, exercise, exerciseListQuery, updateExerciseBody } from '#common/contracts/exercise';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as exercises from './exercises.service';

const tags = ['exercise'];

/** The exercise library (`/api/exercise/exercises`). */
export const exerciseLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary:
          'The library, built-in and your own, by name; with q, full-text matches best first; filters by primary muscle, equipment, category and level',
        querystring: exerciseListQuery,
        response: { 200: listEnvelope(exercise) },
      },
    },
    async (request) => exercises.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create an exercise of your own',
        body: createExerciseBody,
        response: { 201: envelope(exercise), 409: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await exercises.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One exercise: built-in, or your own',
        params: idParams,
        response: { 200: envelope(exercise), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await exercises.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change an exercise of your own (built-in ones are 403)',
        params: idParams,
        body: updateExerciseBody,
        response: { 200: envelope(exercise), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await exercises.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete an exercise of your own; 409 while a template or a logged set uses it',
        params: idParams,
        response: { 204: z.null(), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) => {
      await exercises.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
