import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createWorkoutBody,
  duplicateWorkoutBody,
  updateWorkoutBody,
  workout,
  workoutListQuery,
  workoutSummary,
} from '#common/contracts/exercise';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as workouts from './workouts.service';

const tags = ['exercise'];

/** Workout templates (`/api/exercise/workouts`). */
export const workoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Your workout templates, newest first (archived ones with archived=true)',
        querystring: workoutListQuery,
        response: { 200: listEnvelope(workoutSummary) },
      },
    },
    async (request) => workouts.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a template with its ordered exercises and their targets',
        body: createWorkoutBody,
        response: { 201: envelope(workout), 422: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await workouts.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One template with its exercises in order',
        params: idParams,
        response: { 200: envelope(workout), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await workouts.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a template; `exercises` replaces its whole list',
        params: idParams,
        body: updateWorkoutBody,
        response: { 200: envelope(workout), 404: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await workouts.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a template (sessions done from it stay; program days using it become rest days)',
        params: idParams,
        response: { 204: z.null(), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await workouts.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/duplicate',
    {
      schema: {
        tags,
        summary: 'Copy a template and its exercises',
        params: idParams,
        body: duplicateWorkoutBody.nullish(),
        response: { 201: envelope(workout), 404: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await workouts.duplicate(ctxOf(request), request.params.id, request.body?.name) }),
  );
};
