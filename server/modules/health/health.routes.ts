import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope } from '#common/contracts/base';
import { healthSchema } from '#common/contracts/health';
import { RETRY_AFTER_SECONDS } from '../../platform/errors';
import * as service from './health.service';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness and readiness: database reachable, migration version, build version',
        response: { 200: envelope(healthSchema), 503: envelope(healthSchema) },
      },
    },
    async (_request, reply) => {
      const health = await service.check(app.deps);
      if (health.database.status !== 'ok') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return reply.status(health.database.status === 'ok' ? 200 : 503).send({ data: health });
    },
  );
};
