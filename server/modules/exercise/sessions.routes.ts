import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createSetBody,
  finishSessionBody,
  lastSets,
  lastSetsQuery,
  session,
  sessionFinish,
  sessionListQuery,
  sessionSummary,
  setParams,
  setWrite,
  startSessionBody,
  updateSetBody,
} from '#common/contracts/exercise';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as sessions from './sessions.service';
import * as sets from './sets.service';

const tags = ['exercise'];
const refusals = { 404: errorEnvelope, 409: errorEnvelope };
const all = <T>(data: T[]) => ({ data, page: { limit: data.length, next_cursor: null } });

/** Live and past workout sessions and their sets (`/api/exercise/sessions`). */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Your sessions, newest first',
        querystring: sessionListQuery,
        response: { 200: listEnvelope(sessionSummary) },
      },
    },
    async (request) => sessions.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Start a session, empty or from a template; one at a time (409 with the active one’s id)',
        body: startSessionBody.nullish(),
        response: { 201: envelope(session), ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await sessions.start(ctxOf(request), request.body ?? {}) }),
  );

  app.get(
    '/active',
    {
      schema: {
        tags,
        summary: 'The session in progress with its sets, or null; one idle for 12 hours is abandoned here',
        response: { 200: envelope(session.nullable()) },
      },
    },
    async (request) => ({ data: await sessions.active(ctxOf(request)) }),
  );

  app.get(
    '/last-sets',
    {
      schema: {
        tags,
        summary: 'For each exercise, its working sets in the latest finished session (to prefill set rows)',
        querystring: lastSetsQuery,
        response: { 200: listEnvelope(lastSets) },
      },
    },
    async (request) => all(await sessions.lastSets(ctxOf(request), request.query.exercise_ids)),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One session with its sets grouped by exercise',
        params: idParams,
        response: { 200: envelope(session), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await sessions.get(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/sets',
    {
      schema: {
        tags,
        summary: 'Log a set on your active session; says which personal records it set and what they paid',
        params: idParams,
        body: createSetBody,
        response: { 201: envelope(setWrite), ...refusals, 422: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await sets.addSet(ctxOf(request), request.params.id, request.body) }),
  );

  app.patch(
    '/:id/sets/:setId',
    {
      schema: {
        tags,
        summary: 'Change a set of your active session; the records it held are computed again',
        params: setParams,
        body: updateSetBody,
        response: { 200: envelope(setWrite), ...refusals, 422: errorEnvelope },
      },
    },
    async (request) => ({
      data: await sets.updateSet(ctxOf(request), request.params.id, request.params.setId, request.body),
    }),
  );

  app.delete(
    '/:id/sets/:setId',
    {
      schema: {
        tags,
        summary: 'Delete a set of your active session; the records it held are computed again',
        params: setParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await sets.deleteSet(ctxOf(request), request.params.id, request.params.setId);
      return reply.status(204).send(null);
    },
  );

  for (const path of ['/:id/finish', '/:id/complete']) {
    app.post(
      path,
      {
        schema: {
          tags,
          summary: 'Finish the session (with a rating and notes); pays workout_complete once',
          params: idParams,
          body: finishSessionBody.nullish(),
          response: { 200: envelope(sessionFinish), ...refusals },
        },
      },
      async (request) => ({ data: await sessions.finish(ctxOf(request), request.params.id, request.body ?? {}) }),
    );
  }

  app.post(
    '/:id/abandon',
    {
      schema: {
        tags,
        summary: 'Abandon the session; nothing is paid',
        params: idParams,
        response: { 200: envelope(session), ...refusals },
      },
    },
    async (request) => ({ data: await sessions.abandon(ctxOf(request), request.params.id) }),
  );
};

/** A set by its own id (`/api/exercise/sets/:id`), as the endpoint index names it. */
export const setRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a set of your active session (as PATCH /sessions/:id/sets/:setId)',
        params: idParams,
        body: updateSetBody,
        response: { 200: envelope(setWrite), ...refusals, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await sets.updateSetById(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a set of your active session (as DELETE /sessions/:id/sets/:setId)',
        params: idParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await sets.deleteSetById(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
