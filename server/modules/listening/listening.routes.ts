import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelope, listEnvelope } from '#common/contracts/base';
import {
  listeningPreset,
  listeningPresetsQuery,
  listeningTemplate,
  listeningTemplateParams,
  listeningTemplatesQuery,
} from '#common/contracts/listening';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as listening from './listening.service';

const tags = ['listening'];

/** The whole (small) catalogue in one page. */
const whole = <T>(data: T[]) => ({ data, page: { limit: data.length, next_cursor: null } });

export const listeningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/templates',
    {
      schema: {
        tags,
        summary:
          'The active critical-listening exercises with their presets, in catalogue order (filter by category, difficulty, tag)',
        querystring: listeningTemplatesQuery,
        response: { 200: listEnvelope(listeningTemplate) },
      },
    },
    async (request) => whole(await listening.listTemplates(ctxOf(request), request.query)),
  );

  app.get(
    '/templates/:id',
    {
      schema: {
        tags,
        summary: 'One active listening exercise, by id or key, with its presets',
        params: listeningTemplateParams,
        response: { 200: envelope(listeningTemplate), 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await listening.getTemplate(ctxOf(request), request.params.id) }),
  );

  app.get(
    '/presets',
    {
      schema: {
        tags,
        summary: 'The active player presets (focus bands, comparisons, loops), by type and position',
        querystring: listeningPresetsQuery,
        response: { 200: listEnvelope(listeningPreset) },
      },
    },
    async (request) => whole(await listening.listPresets(ctxOf(request), request.query)),
  );
};
