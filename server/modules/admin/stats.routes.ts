import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminStats, adminStatsQuery } from '#common/contracts/admin';
import { envelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as statsService from './stats.service';

const tags = ['admin'];
const config = { permission: 'analytics:view' } as const;

/** The headline figures of the whole install, and per day over a window of up to 90 days. */
export const adminStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config,
      schema: {
        tags,
        summary: 'Active users, sign-ups and activity per day, economy totals, storage and the analysis queue',
        querystring: adminStatsQuery,
        response: { 200: envelope(adminStats), 400: errorEnvelope, 403: errorEnvelope },
      },
    },
    async (request) => ({ data: await statsService.stats(ctxOf(request), request.query) }),
  );
};
