import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  passkey,
  passkeyCreationOptions,
  passkeyLoginBody,
  passkeyRegisterBody,
  passkeyRegisterOptionsBody,
  passkeyRequestOptions,
  sessionState,
} from '#common/contracts/auth';
import { envelope } from '#common/contracts/base';
import { ctxOf } from '../../platform/access';
import { AUTH_BODY_LIMIT, respondSignedIn, signInRequest, signInRoute } from './auth.routes';
import * as service from './passkeys.service';

/** Registering a passkey is account security: allowed before the terms, counted as sign-in traffic. */
const register = { termsExempt: true, rateLimitGroup: 'auth' } as const;

export const passkeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/register/options',
    {
      config: register,
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Options for registering a passkey for the signed-in user (a challenge valid 5 minutes, once)',
        body: passkeyRegisterOptionsBody.nullish(),
        response: { 200: envelope(passkeyCreationOptions) },
      },
    },
    async (request) => ({ data: { ...(await service.registrationOptions(ctxOf(request), request.body?.name)) } }),
  );

  app.post(
    '/register',
    {
      config: register,
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Register the passkey the browser created from those options',
        body: passkeyRegisterBody,
        response: { 201: envelope(passkey) },
      },
    },
    async (request, reply) => {
      const created = await service.register(ctxOf(request), request.body.response, request.body.name);
      return reply.status(201).send({ data: created });
    },
  );

  app.post(
    '/login/options',
    {
      config: signInRoute,
      schema: {
        tags: ['auth'],
        summary: 'Options for signing in with a discoverable passkey (no user name)',
        response: { 200: envelope(passkeyRequestOptions) },
      },
    },
    async () => ({ data: { ...(await service.loginOptions(app.deps)) } }),
  );

  app.post(
    '/login',
    {
      config: signInRoute,
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with the passkey assertion the browser made from those options',
        body: passkeyLoginBody,
        response: { 200: envelope(sessionState) },
      },
    },
    async (request, reply) => {
      const issued = await service.login(app.deps, signInRequest(request), request.body.response);
      return { data: await respondSignedIn(app, reply, issued) };
    },
  );
};
