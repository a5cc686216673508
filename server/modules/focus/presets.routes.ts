import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import {
  createFocusPresetBody,
  FOCUS_PRESETS_LIMIT,
  focusPreset,
  updateFocusPresetBody,
} from '#common/contracts/focus';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as service from './presets.service';

const tags = ['focus'];

/** The user's timer presets: a short list that comes whole. */
export const presetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags,
        summary: `The user’s presets in their order (at most ${FOCUS_PRESETS_LIMIT}, all on one page)`,
        response: { 200: listEnvelope(focusPreset) },
      },
    },
    async (request) => ({
      data: await service.list(ctxOf(request)),
      page: { limit: FOCUS_PRESETS_LIMIT, next_cursor: null },
    }),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        summary: 'Create a preset; `is_default` moves the default mark to it',
        body: createFocusPresetBody,
        response: { 201: envelope(focusPreset), 409: errorEnvelope },
      },
    },
    async (request, reply) => reply.status(201).send({ data: await service.create(ctxOf(request), request.body) }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a preset',
        params: idParams,
        body: updateFocusPresetBody,
        response: { 200: envelope(focusPreset), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await service.update(ctxOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a preset',
        params: idParams,
        response: { 204: z.null().describe('No content'), 404: errorEnvelope },
      },
    },
    async (request, reply) => {
      await service.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
