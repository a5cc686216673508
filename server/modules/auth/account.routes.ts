import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { passkey } from '#common/contracts/auth';
import { idParams, listEnvelope } from '#common/contracts/base';
import { userSession } from '#common/contracts/user';
import { ctxOf } from '../../platform/access';
import { clearSessionCookie } from '../../platform/session';
import { deletePasskey, listPasskeys, PASSKEYS_LIMIT } from './passkeys.service';
import { LIVE_SESSIONS_LIMIT, listSessions, revokeSession } from './sessions.service';

/** Both lists are short and capped (a user has a few devices and passkeys), so they come whole. */
const whole = <T>(data: T[], limit: number) => ({ data, page: { limit, next_cursor: null } });
const account = { termsExempt: true } as const;
const noContent = { 204: z.null().describe('No content') };

/** The signed-in user's sessions and passkeys, under /api/user (the tables are this module's). */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sessions',
    {
      config: account,
      schema: {
        tags: ['user'],
        summary: 'The user’s live sessions; `current` marks this one',
        response: { 200: listEnvelope(userSession) },
      },
    },
    async (request) => whole(await listSessions(ctxOf(request)), LIVE_SESSIONS_LIMIT),
  );

  app.delete(
    '/sessions/:id',
    {
      config: { ...account, changesSession: true },
      schema: { tags: ['user'], summary: 'Sign one session out', params: idParams, response: noContent },
    },
    async (request, reply) => {
      await revokeSession(ctxOf(request), request.params.id);
      if (request.params.id === request.sessionId) clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/passkeys',
    {
      config: account,
      schema: { tags: ['user'], summary: 'The user’s passkeys', response: { 200: listEnvelope(passkey) } },
    },
    async (request) => whole(await listPasskeys(ctxOf(request)), PASSKEYS_LIMIT),
  );

  app.delete(
    '/passkeys/:id',
    {
      config: account,
      schema: { tags: ['user'], summary: 'Remove a passkey', params: idParams, response: noContent },
    },
    async (request, reply) => {
      await deletePasskey(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
