import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminAnalysis, adminAnalysisListQuery } from '#common/contracts/admin';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as analyses from './analyses.service';

const tags = ['admin'];
const config = { permission: 'system:admin' } as const;

/** The analysis queue across users: read it, retry what failed, cancel what is waiting or running. */
export const adminAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config,
      schema: {
        tags,
        summary: 'Every user’s track analyses, newest first; filter by status',
        querystring: adminAnalysisListQuery,
        response: { 200: listEnvelope(adminAnalysis), 403: errorEnvelope },
      },
    },
    async (request) => analyses.list(ctxOf(request), request.query),
  );

  const write = (summary: string) => ({
    config,
    schema: {
      tags,
      summary,
      params: idParams,
      response: { 200: envelope(adminAnalysis), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
    },
  });

  app.post('/:id/retry', write('Queue a failed or cancelled analysis again, due now'), async (request) => ({
    data: await analyses.retry(ctxOf(request), request.params.id),
  }));

  app.post('/:id/cancel', write('Cancel a queued or running analysis'), async (request) => ({
    data: await analyses.cancel(ctxOf(request), request.params.id),
  }));
};
