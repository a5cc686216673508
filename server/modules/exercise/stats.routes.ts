import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope } from '#common/contracts/base';
import { exerciseStats, statsQuery } from '#common/contracts/exercise';
import { ctxOf } from '../../platform/access';
import * as stats from './stats.service';

const tags = ['exercise'];

/** Training statistics (`/api/exercise/stats`). */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary:
          'The last weeks (12 by default, up to 52): sessions, active minutes, volume by muscle group, and the records set',
        querystring: statsQuery,
        response: { 200: envelope(exerciseStats) },
      },
    },
    async (request) => ({ data: await stats.stats(ctxOf(request), request.query) }),
  );
};
