import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  focusCompletion,
  focusListQuery,
  focusSession,
  focusStats,
  focusStatsQuery,
  startFocusBody,
} from '#common/contracts/focus';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as service from './focus.service';
import { stats } from './stats.service';

const tags = ['focus'];
const sessionResponse = { 200: envelope(focusSession), 404: errorEnvelope, 409: errorEnvelope };

/** The timer: start, the open session, history, stats, and the state changes of one session. */
export const focusRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Start a session; any other open session of the user is abandoned (or completes if its time was up)',
        body: startFocusBody,
        response: { 201: envelope(focusSession), 404: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await service.start(ctxOf(request), request.body) }),
  );

  app.get(
    '/active',
    {
      schema: {
        tags,
        summary: 'The open session as of the server clock, or null; a session whose time ran out completes here',
        response: { 200: envelope(focusSession.nullable()) },
      },
    },
    async (request) => ({ data: await service.active(ctxOf(request)) }),
  );

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Session history, newest first; `from`/`to` are the user’s days the sessions started in',
        querystring: focusListQuery,
        response: { 200: listEnvelope(focusSession) },
      },
    },
    async (request) => service.list(ctxOf(request), request.query),
  );

  app.get(
    '/stats',
    {
      schema: {
        tags,
        summary: 'Minutes, sessions and completion rate for the current day, week or month, and per day for a chart',
        querystring: focusStatsQuery,
        response: { 200: envelope(focusStats) },
      },
    },
    async (request) => ({ data: await stats(ctxOf(request), request.query) }),
  );

  app.post(
    '/:id/pause',
    {
      schema: {
        tags,
        summary: 'Pause; pausing a paused session answers its state (409 once it ended)',
        params: idParams,
        response: sessionResponse,
      },
    },
    async (request) => ({ data: await service.pause(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/resume',
    {
      schema: {
        tags,
        summary: 'Resume; resuming a running session answers its state (409 once it ended)',
        params: idParams,
        response: sessionResponse,
      },
    },
    async (request) => ({ data: await service.resume(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Complete when at most 5 s remain (409 focus_not_finished otherwise) and pay for the focused time; a repeat answers the first reward marked duplicate',
        params: idParams,
        response: { 200: envelope(focusCompletion), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.finish(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/abandon',
    {
      schema: {
        tags,
        summary: 'Abandon without reward; abandoning again answers its state (409 for a completed session)',
        params: idParams,
        response: sessionResponse,
      },
    },
    async (request) => ({ data: await service.giveUp(ctxOf(request), request.params.id) }),
  );
};
