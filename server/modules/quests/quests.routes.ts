import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createQuestBody,
  personalQuest,
  questClaim,
  questCompletion,
  questListQuery,
  universalQuestState,
  updateQuestBody,
} from '#common/contracts/quests';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import { claimUniversalQuest, listUniversalQuests } from '../gamification';
import * as service from './quests.service';

const tags = ['quests'];
const questResponse = { 200: envelope(personalQuest), 404: errorEnvelope, 409: errorEnvelope };

export const questRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/universal',
    {
      schema: {
        tags,
        summary: 'Every active universal quest with the user’s progress in its current period (the whole catalogue)',
        response: { 200: listEnvelope(universalQuestState) },
      },
    },
    async (request) => {
      const data = await listUniversalQuests(ctxOf(request));
      return { data, page: { limit: data.length, next_cursor: null } };
    },
  );

  app.post(
    '/universal/:id/claim',
    {
      schema: {
        tags,
        summary:
          'Claim a completed universal quest’s reward for the current period, once (409 before completion or twice)',
        params: idParams,
        response: { 200: envelope(questClaim), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await claimUniversalQuest(ctxOf(request), request.params.id) }),
  );

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The user’s personal quests, newest first; `status=open` for active and accepted ones',
        querystring: questListQuery,
        response: { 200: listEnvelope(personalQuest) },
      },
    },
    async (request) => service.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a personal quest (active); its reward is fixed from the difficulty',
        body: createQuestBody,
        response: { 201: envelope(personalQuest) },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await service.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One personal quest; a repeatable one completed in an earlier period re-opens',
        params: idParams,
        response: { 200: envelope(personalQuest), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Edit a quest; target and progress only while it is open (409 otherwise)',
        params: idParams,
        body: updateQuestBody,
        response: questResponse,
      },
    },
    async (request) => ({ data: await service.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a quest (rewards paid stay paid)',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await service.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept an active quest (409 from any other state)',
        params: idParams,
        response: questResponse,
      },
    },
    async (request) => ({ data: await service.accept(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Complete an accepted quest and pay its reward, once (per period for a repeatable one); 409 from any other state',
        params: idParams,
        response: { 200: envelope(questCompletion), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.complete(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/abandon',
    {
      schema: {
        tags,
        summary: 'Abandon an active or accepted quest (409 once completed or abandoned)',
        params: idParams,
        response: questResponse,
      },
    },
    async (request) => ({ data: await service.abandon(ctxOf(request), request.params.id) }),
  );
};
