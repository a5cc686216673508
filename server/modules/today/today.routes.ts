import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope } from '#common/contracts/base';
import { today } from '#common/contracts/today';
import { ctxOf } from '../../platform/access';
import * as service from './today.service';

export const todayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['today'],
        summary:
          'The home screen in one call: greeting, the recommended next action, the plan, progress, quick picks, resume-last, the teaser and user flags',
        response: { 200: envelope(today) },
      },
    },
    async (request) => ({ data: await service.today(ctxOf(request)) }),
  );
};
