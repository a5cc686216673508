import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, idParams, listEnvelope, pageQuery } from '#common/contracts/base';
import { analysis } from '#common/contracts/reference';
import { ctxOf } from '../../platform/access';
import * as analyses from './analyses.service';

const tags = ['reference'];

/** A track's analyses: listed, read, and asked for again. The queue runs them (analysis-runner.ts). */
export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/tracks/:id/analyses',
    {
      schema: {
        tags,
        summary: 'The track’s analyses, newest first',
        params: idParams,
        querystring: pageQuery,
        response: { 200: listEnvelope(analysis) },
      },
    },
    async (request) => analyses.listAnalyses(ctxOf(request), request.params.id, request.query),
  );

  app.post(
    '/tracks/:id/analyses',
    {
      schema: {
        tags,
        summary: 'Analyse the track again (answers the analysis already queued or running, if any)',
        params: idParams,
        response: { 202: envelope(analysis) },
      },
    },
    async (request, reply) =>
      reply.status(202).send({ data: await analyses.requestAnalysis(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/analyses/:id',
    {
      schema: {
        tags,
        summary: 'One analysis with its results',
        params: idParams,
        response: { 200: envelope(analysis) },
      },
    },
    async (request) => ({ data: await analyses.getAnalysis(ctxOf(request), request.params.id) }),
  );
};
