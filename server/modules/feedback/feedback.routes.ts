import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { createFeedbackBody, feedbackItem, feedbackListQuery } from '#common/contracts/feedback';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as feedback from './feedback.service';

const tags = ['feedback'];

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The user’s own feedback, newest first, with its status and any response',
        querystring: feedbackListQuery,
        response: { 200: listEnvelope(feedbackItem) },
      },
    },
    async (request) => feedback.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Send a bug report, a feature request or praise (a few per hour at most)',
        body: createFeedbackBody,
        response: { 201: envelope(feedbackItem), 429: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await feedback.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One message the user sent, with its status and any response',
        params: idParams,
        response: { 200: envelope(feedbackItem), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await feedback.get(ctxOf(request), request.params.id) }),
  );
};
