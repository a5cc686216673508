import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminSession, adminSessionListQuery } from '#common/contracts/admin';
import { idParams, listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import { LIVE_SESSIONS_LIMIT } from '../auth';
import * as sessions from './sessions.service';

const tags = ['admin'];

/** A user's live sessions, and ending one of them. */
export const adminSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'A user’s live sessions, most recently used first (a short list, whole)',
        querystring: adminSessionListQuery,
        response: { 200: listEnvelope(adminSession), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({
      data: await sessions.list(ctxOf(request), request.query.user_id),
      page: { limit: LIVE_SESSIONS_LIMIT, next_cursor: null },
    }),
  );

  app.delete(
    '/:id',
    {
      config: { permission: 'users:update' },
      schema: {
        tags,
        summary: 'End one session, on every instance',
        params: idParams,
        response: { 204: z.null().describe('No content'), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await sessions.revoke(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
