import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createProgramBody,
  program,
  programListQuery,
  programSummary,
  updateProgramBody,
} from '#common/contracts/exercise';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as programs from './programs.service';

const tags = ['exercise'];

/** Training programs (`/api/exercise/programs`). */
export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Your training programs, newest first',
        querystring: programListQuery,
        response: { 200: listEnvelope(programSummary) },
      },
    },
    async (request) => programs.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a program of weeks × days (each day a workout or rest)',
        body: createProgramBody,
        response: { 201: envelope(program), 422: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await programs.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One program with its weeks, days and, while active, its progress',
        params: idParams,
        response: { 200: envelope(program), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await programs.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a program; `weeks` replaces its weeks and days, and its calendar events follow',
        params: idParams,
        body: updateProgramBody,
        response: { 200: envelope(program), 404: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await programs.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a program and its calendar events',
        params: idParams,
        response: { 204: z.null(), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await programs.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/activate',
    {
      schema: {
        tags,
        summary: 'Make it your one active program from this Monday, and put its workouts in the calendar',
        params: idParams,
        response: { 200: envelope(program), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await programs.activate(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'End the program’s run and take its workouts off the calendar',
        params: idParams,
        response: { 200: envelope(program), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await programs.deactivate(ctxOf(request), request.params.id) }),
  );
};
