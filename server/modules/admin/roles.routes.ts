import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminRole, adminUserDetail, grantRoleBody, userRoleParams } from '#common/contracts/admin';
import { envelope } from '#common/contracts/base';
import { errorEnvelope } from '#common/errors';
import { ctxOf } from '../../platform/access';
import * as roles from './roles.service';

const tags = ['admin'];
const manage = { permission: 'users:manage' } as const;

/** The roles, and granting or removing one of a user's. */
export const adminRoleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/roles',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'Every role, its parent and the permissions it holds (its own and inherited)',
        response: { 200: envelope(z.array(adminRole)), 403: errorEnvelope },
      },
    },
    async (request) => ({ data: await roles.list(ctxOf(request)) }),
  );

  app.put(
    '/users/:id/roles/:role',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Grant a user a role, optionally until a time; nobody grants a role to themselves',
        params: userRoleParams,
        body: grantRoleBody,
        response: { 200: envelope(adminUserDetail), 400: errorEnvelope, 403: errorEnvelope, 404: errorEnvelope },
      },
    },
    async (request) => ({
      data: await roles.grant(ctxOf(request), request.params.id, request.params.role, request.body),
    }),
  );

  app.delete(
    '/users/:id/roles/:role',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a role from a user; the last admin keeps theirs',
        params: userRoleParams,
        response: { 200: envelope(adminUserDetail), 403: errorEnvelope, 404: errorEnvelope, 409: errorEnvelope },
      },
    },
    async (request) => ({ data: await roles.remove(ctxOf(request), request.params.id, request.params.role) }),
  );
};
