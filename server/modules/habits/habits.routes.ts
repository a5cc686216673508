import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  archiveHabitBody,
  completeHabitBody,
  createHabitBody,
  habit,
  habitCompletion,
  habitDay,
  habitHistory,
  habitHistoryQuery,
  habitListQuery,
  habitLogParams,
  reorderHabitsBody,
  skipHabitBody,
  updateHabitBody,
} from '#common/contracts/habits';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as days from './days.service';
import * as service from './habits.service';

const tags = ['habits'];
const one = { 200: envelope(habit), 404: errorEnvelope };

export const habitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary:
          'The user’s habits in their order (active, or `archived=true`), each with today’s state, streaks and strength',
        querystring: habitListQuery,
        response: { 200: listEnvelope(habit) },
      },
    },
    async (request) => service.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a habit (daily, chosen weekdays or N times a week) at the end of the list',
        body: createHabitBody,
        response: { 201: envelope(habit), 422: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await service.create(ctxOf(request), request.body) }),
  );

  app.post(
    '/reorder',
    {
      schema: {
        tags,
        summary: 'Put the named habits first, in this order (404 if any is not the user’s; nothing changes then)',
        body: reorderHabitsBody,
        response: { 200: listEnvelope(habit).omit({ page: true }), 404: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.reorder(ctxOf(request), request.body.ids) }),
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'One habit as of today', params: idParams, response: one } },
    async (request) => ({ data: await service.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change name, looks, schedule or target (the schedule must stay consistent: 422)',
        params: idParams,
        body: updateHabitBody,
        response: { ...one, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete the habit and its days (what it paid stays earned)',
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
    '/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive the habit (history kept); `{"archived": false}` brings it back',
        params: idParams,
        body: archiveHabitBody.nullish(),
        response: { ...one, 422: errorEnvelope },
      },
    },
    async (request) => ({
      data: await service.archive(ctxOf(request), request.params.id, request.body?.archived ?? true),
    }),
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Add completions to today (or yesterday); reaching the target pays once per habit and day, and a perfect day once',
        params: idParams,
        body: completeHabitBody.nullish(),
        response: { 200: envelope(habitCompletion), 404: errorEnvelope, 409: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => ({
      data: await days.complete(ctxOf(request), request.params.id, request.body ?? {}),
    }),
  );

  app.post(
    '/:id/skip',
    {
      schema: {
        tags,
        summary: 'Skip today (or yesterday): the streak holds, nothing is paid (409 if the day has completions)',
        params: idParams,
        body: skipHabitBody.nullish(),
        response: { 200: envelope(habitDay), 404: errorEnvelope, 409: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => ({ data: await days.skip(ctxOf(request), request.params.id, request.body ?? {}) }),
  );

  app.delete(
    '/:id/logs/:date',
    {
      schema: {
        tags,
        summary: 'Undo a day (today or yesterday): its log goes and exactly what it paid is reversed',
        params: habitLogParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) => {
      await days.undo(ctxOf(request), request.params.id, request.params.date);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/history',
    {
      schema: {
        tags,
        summary: 'The last `days` days (up to 366) in the user’s days: a heat-map day by day and the logs',
        params: idParams,
        querystring: habitHistoryQuery,
        response: { 200: envelope(habitHistory), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.history(ctxOf(request), request.params.id, request.query) }),
  );
};
