import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listEnvelope } from '#common/contracts/base';
import { personalRecord, recordsQuery, recordTimelineQuery } from '#common/contracts/exercise';
import { ctxOf } from '../../platform/access';
import * as records from './records.service';

const tags = ['exercise'];

/** Personal records (`/api/exercise/records`). */
export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Your personal records by exercise, each with the value it beat and the improvement',
        querystring: recordsQuery,
        response: { 200: listEnvelope(personalRecord) },
      },
    },
    async (request) => records.list(ctxOf(request), request.query),
  );

  app.get(
    '/timeline',
    {
      schema: {
        tags,
        summary: 'Your personal records, newest first',
        querystring: recordTimelineQuery,
        response: { 200: listEnvelope(personalRecord) },
      },
    },
    async (request) => records.timeline(ctxOf(request), request.query),
  );
};
