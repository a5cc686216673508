import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminFeedbackItem, adminFeedbackListQuery, triageFeedbackBody } from '#common/contracts/admin';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as feedback from './feedback.service';

const tags = ['admin'];
const config = { permission: 'content:moderate' } as const;

/** Feedback triage: every user's messages, and their status, priority and response. */
export const adminFeedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config,
      schema: {
        tags,
        summary: 'Every user’s feedback, newest first; filter by status, type and priority',
        querystring: adminFeedbackListQuery,
        response: { 200: listEnvelope(adminFeedbackItem), 403: errorEnvelope },
      },
    },
    async (request) => feedback.list(ctxOf(request), request.query),
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One message, with its author, priority and any response',
        params: idParams,
        response: { 200: envelope(adminFeedbackItem), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await feedback.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Triage a message: status, priority and/or a response, which tells the author in their inbox',
        params: idParams,
        body: triageFeedbackBody,
        response: { 200: envelope(adminFeedbackItem), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await feedback.triage(ctxOf(request), request.params.id, request.body) }),
  );
};
