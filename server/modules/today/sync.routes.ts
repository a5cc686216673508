import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope } from '#common/contracts/base';
import { text } from '#common/contracts/text';
import { syncState } from '#common/contracts/today';
import { ctxOf } from '../../platform/access';
import { etagOf, matches } from './etag';
import * as service from './today.service';

export const syncRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/poll',
    {
      schema: {
        tags: ['sync'],
        summary:
          'Compact state for polling clients (progress, badge counts, focus, plan, server time) with an ETag; If-None-Match answers 304',
        headers: z.object({ 'if-none-match': text(2000, { trim: false }).optional() }),
        response: { 200: envelope(syncState), 304: z.null().describe('Not modified') },
      },
    },
    async (request, reply) => {
      const state = await service.poll(ctxOf(request));
      const etag = etagOf(state);
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (matches(request.headers['if-none-match'], etag)) return reply.status(304).send(null);
      return { data: state };
    },
  );
};
