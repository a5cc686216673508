import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams } from '#common/contracts/base';
import {
  createPlanItemBody,
  generatePlanBody,
  plan,
  planItemChange,
  planNotesBody,
  planQuery,
  reorderPlanBody,
  updatePlanItemBody,
} from '#common/contracts/plan';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as items from './items.service';
import * as plans from './plan.service';

const tags = ['plan'];

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'A day’s plan (default: the user’s today); an absent plan reads as empty and nothing is created',
        querystring: planQuery,
        response: { 200: envelope(plan) },
      },
    },
    async (request) => ({ data: await plans.get(ctxOf(request), request.query.date) }),
  );

  app.patch(
    '',
    {
      schema: {
        tags,
        summary: 'Set or clear a day’s notes (default: today); creates the plan if absent',
        body: planNotesBody,
        response: { 200: envelope(plan) },
      },
    },
    async (request) => ({ data: await plans.setNotes(ctxOf(request), request.body) }),
  );

  app.post(
    '/generate',
    {
      schema: {
        tags,
        summary:
          'Build or merge a day’s plan: a focus block, calendar events, habits due, quests in progress; completed and hand-added items are kept',
        body: generatePlanBody,
        response: { 200: envelope(plan) },
      },
    },
    async (request) => ({ data: await plans.generate(ctxOf(request), request.body ?? {}) }),
  );

  app.post(
    '/items',
    {
      schema: {
        tags,
        summary: 'Add an item by hand at the end of a day’s plan (at most 200 items)',
        body: createPlanItemBody,
        response: { 201: envelope(plan), 409: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await items.add(ctxOf(request), request.body) }),
  );

  app.patch(
    '/items/:id',
    {
      schema: {
        tags,
        summary: 'Edit an item; `completed: false` reopens it and takes back its 2 XP',
        params: idParams,
        body: updatePlanItemBody,
        response: { 200: envelope(plan), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await items.edit(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/items/:id',
    {
      schema: {
        tags,
        summary: 'Remove an item from its plan (what it paid stays paid)',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await items.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/items/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete an item: 2 XP, paid once however often it is sent',
        params: idParams,
        response: { 200: envelope(planItemChange), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await items.complete(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/reorder',
    {
      schema: {
        tags,
        summary: 'Order a day’s items; `ids` must name each of them exactly once (422 otherwise)',
        body: reorderPlanBody,
        response: { 200: envelope(plan) },
      },
    },
    async (request) => ({ data: await items.reorder(ctxOf(request), request.body) }),
  );
};
