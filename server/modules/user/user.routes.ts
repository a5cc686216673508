import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelope } from '#common/contracts/base';
import { exportDocument, profile, updateProfileBody } from '#common/contracts/user';
import { ctxOf } from '../../platform/access';
import { clearSessionCookie } from '../../platform/session';
import * as service from './user.service';

/** Profile, data export and account deletion stay reachable before the terms are accepted. */
const account = { termsExempt: true } as const;

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: account,
      schema: { tags: ['user'], summary: 'The signed-in user’s profile', response: { 200: envelope(profile) } },
    },
    async (request) => ({ data: await service.getProfile(ctxOf(request)) }),
  );

  app.patch(
    '',
    {
      config: { ...account, changesSession: true },
      schema: {
        tags: ['user'],
        summary: 'Change name, picture, time zone or day start hour',
        body: updateProfileBody,
        response: { 200: envelope(profile) },
      },
    },
    async (request) => ({ data: await service.updateProfile(ctxOf(request), request.body) }),
  );

  app.delete(
    '',
    {
      config: { ...account, changesSession: true },
      schema: {
        tags: ['user'],
        summary: 'Delete the account, everything it owns and its files',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteAccount(ctxOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/export',
    {
      config: account,
      schema: {
        tags: ['user'],
        summary: 'Download every row the user owns and the list of their files, as one JSON document',
        produces: ['application/json'],
        // Documents the streamed body; a stream is sent as it is, never through the serializer.
        response: { 200: exportDocument },
      },
    },
    async (request, reply) => {
      const { filename, body } = await service.exportAccount(ctxOf(request));
      // The typed reply expects the document itself; the stream produces exactly that text.
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(body as never);
    },
  );
};
