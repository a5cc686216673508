import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminUser, adminUserDetail, adminUserListQuery } from '#common/contracts/admin';
import { envelope, idParams, listEnvelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as users from './users.service';

const tags = ['admin'];
const noContent = z.null().describe('No content');

/** People: find and read users; disable, enable, delete them, and sign them out. */
export const adminUserRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'Users, newest first; `q` finds part of a name or an email',
        querystring: adminUserListQuery,
        response: { 200: listEnvelope(adminUser), 400: errorEnvelope, 403: errorEnvelope },
      },
    },
    async (request) => users.list(ctxOf(request), request.query),
  );

  app.get(
    '/:id',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'A user’s profile, roles and permissions, sign-in methods, activity and storage',
        params: idParams,
        response: { 200: envelope(adminUserDetail), 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({ data: await users.get(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/disable',
    {
      config: { permission: 'users:update' },
      schema: {
        tags,
        summary: 'Disable an account: sign-in is refused and every session ends, on every instance',
        params: idParams,
        response: { 200: envelope(adminUser), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await users.disable(ctxOf(request), request.params.id) }),
  );

  app.post(
    '/:id/enable',
    {
      config: { permission: 'users:update' },
      schema: {
        tags,
        summary: 'Enable a disabled account again',
        params: idParams,
        response: { 200: envelope(adminUser), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await users.enable(ctxOf(request), request.params.id) }),
  );

  app.delete(
    '/:id/sessions',
    {
      config: { permission: 'users:update' },
      schema: {
        tags,
        summary: 'Sign a user out everywhere: every session ends, on every instance',
        params: idParams,
        response: {
          200: envelope(z.object({ ended: z.number().int() })),
          403: errorEnvelope,
          404: errorEnvelope,
        },
      },
    },
    async (request) => ({ data: await users.revokeSessions(ctxOf(request), request.params.id) }),
  );

  app.delete(
    '/:id',
    {
      config: { permission: 'users:delete' },
      schema: {
        tags,
        summary: 'Delete a user with everything they own, as their own account deletion does',
        params: idParams,
        response: { 204: noContent, 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request, reply) => {
      await users.remove(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
