import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope } from '#common/contracts/base';
import { cleanJsonCheck, text } from '#common/contracts/text';
import { settingKeys, settingsRegistry } from '#common/settings';
import { ctxOf } from '../../platform/access';
import * as service from './settings.service';

const allSettings = z.object(Object.fromEntries(settingKeys.map((k) => [k, settingsRegistry[k].schema])));
const oneSetting = z.object({ key: z.string(), value: z.unknown() });
const keyParams = z.object({ key: text(64, { trim: false }).min(1) });
/** Any JSON value (null included); the key's registry entry validates it. */
const putBody = z.strictObject({
  value: z
    .unknown()
    .refine((v) => v !== undefined, 'Required')
    .check(cleanJsonCheck)
    .describe('Any JSON value; its shape depends on the key'),
});

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['settings'],
        summary: 'Every setting with its value, or its default when never set',
        response: { 200: envelope(allSettings) },
      },
    },
    async (request) => ({ data: await service.getAll(ctxOf(request)) }),
  );

  app.get(
    '/:key',
    {
      schema: {
        tags: ['settings'],
        summary: 'One setting (unknown key: 404)',
        params: keyParams,
        response: { 200: envelope(oneSetting) },
      },
    },
    async (request) => ({ data: await service.getOne(ctxOf(request), request.params.key) }),
  );

  app.put(
    '/:key',
    {
      schema: {
        tags: ['settings'],
        summary: 'Set one setting; the value is checked against the registry (422 with details)',
        params: keyParams,
        body: putBody,
        response: { 200: envelope(oneSetting) },
      },
    },
    async (request) => ({ data: await service.put(ctxOf(request), request.params.key, request.body.value) }),
  );

  app.delete(
    '/:key',
    {
      schema: {
        tags: ['settings'],
        summary: 'Reset one setting to its default',
        params: keyParams,
        response: { 204: z.null().describe('No content') },
      },
    },
    async (request, reply) => {
      await service.reset(ctxOf(request), request.params.key);
      return reply.status(204).send(null);
    },
  );
};
