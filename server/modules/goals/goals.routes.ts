import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createGoalBody,
  createMilestoneBody,
  goal,
  goalChange,
  goalDetail,
  goalListQuery,
  goalMilestone,
  milestoneChange,
  reorderMilestonesBody,
  updateGoalBody,
  updateMilestoneBody,
} from '#common/contracts/goals';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as goals from './goals.service';
import * as milestones from './milestones.service';

const tags = ['goals'];
const noContent = { 204: z.null().describe('No content'), 404: errorEnvelope };

export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'The user’s goals in their order, with progress; filter by status or category',
        querystring: goalListQuery,
        response: { 200: listEnvelope(goal) },
      },
    },
    async (request) => goals.list(ctxOf(request), request.query),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create an active goal at the end of the list',
        body: createGoalBody,
        response: { 201: envelope(goalDetail) },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await goals.create(ctxOf(request), request.body) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One goal with its milestones in order',
        params: idParams,
        response: { 200: envelope(goalDetail), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await goals.get(ctxOf(request), request.params.id) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Edit a goal or change its status; completing it pays the goal reward the first time only',
        params: idParams,
        body: updateGoalBody,
        response: { 200: envelope(goalChange), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await goals.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a goal and its milestones (rewards paid stay paid)',
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await goals.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add an open milestone after the last one; the goal’s progress is recomputed',
        params: idParams,
        body: createMilestoneBody,
        response: { 201: envelope(milestoneChange), 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ data: await milestones.add(ctxOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/:id/milestones/reorder',
    {
      schema: {
        tags,
        summary: 'Order the goal’s milestones; `ids` must name each of them exactly once (422 otherwise)',
        params: idParams,
        body: reorderMilestonesBody,
        response: { 200: envelope(z.array(goalMilestone)), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await milestones.reorder(ctxOf(request), request.params.id, request.body.ids) }),
  );

  app.patch(
    '/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Edit a milestone’s title or description',
        params: idParams,
        body: updateMilestoneBody,
        response: { 200: envelope(goalMilestone), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await milestones.edit(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Delete a milestone; the goal’s progress is recomputed',
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await milestones.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/milestones/:id/complete',
    {
      schema: {
        tags,
        summary:
          'Complete a milestone: 10 XP the first time only; completing the last open one completes the goal (its reward once)',
        params: idParams,
        response: { 200: envelope(milestoneChange), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await milestones.complete(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/milestones/:id/uncomplete',
    {
      schema: {
        tags,
        summary: 'Reopen a milestone (what it paid stays paid); a completed goal becomes active again',
        params: idParams,
        response: { 200: envelope(milestoneChange), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await milestones.uncomplete(ctxOf(request), request.params.id) }),
  );
};
