import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptTermsBody,
  callbackQuery,
  localSignInBody,
  providerId,
  providers,
  sessionState,
  signInQuery,
  verifyAgeBody,
} from '#common/contracts/auth';
import { envelope } from '#common/contracts/base';
import { ctxOf } from '../../platform/access';
import { auditSource } from '../../platform/audit';
import {
  clearOauthCookie,
  clearSessionCookie,
  clientInfo,
  readOauthCookie,
  setOauthCookie,
  setSessionCookie,
} from '../../platform/session';
import { toSessionUser } from './access.hook';
import * as service from './auth.service';
import { beginSignIn, finishSignIn } from './oidc.service';
import { type IssuedSession, loadSession } from './sessions.service';
import { SignInFailure, type SignInRequest } from './signin.service';

/**
 * Sign-in endpoints: callable signed out, counted against the per-IP auth budget; a sign-in
 * replaces the browser's previous session.
 */
export const signInRoute = { public: true, termsExempt: true, rateLimitGroup: 'auth', changesSession: true } as const;
/** Bodies of auth requests are small; a larger one is refused before it is read. */
export const AUTH_BODY_LIMIT = 64 * 1024;

export const signInRequest = (request: FastifyRequest): SignInRequest => ({
  client: clientInfo(request),
  previousSessionId: request.sessionId,
  source: auditSource(request),
});

/** Sets the new session's cookie and answers with the session state it gives. */
export async function respondSignedIn(app: FastifyInstance, reply: FastifyReply, issued: IssuedSession | null) {
  if (!issued) return service.sessionState(app.deps, null);
  setSessionCookie(reply, issued.token, issued.expiresAt);
  const loaded = await loadSession(app.deps, issued.token);
  return service.sessionState(app.deps, loaded ? toSessionUser(loaded) : null);
}

const signInError = (code: string) => `/sign-in?error=${encodeURIComponent(code)}`;
const noContent = { 204: z.null().describe('No content') };
const redirect = (where: string) => z.null().describe(`Redirect (Location header): ${where}`);

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/providers',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'The sign-in methods this server offers',
        response: { 200: envelope(providers) },
      },
    },
    async () => ({ data: service.listProviders(app.deps) }),
  );

  app.get(
    '/session',
    {
      config: { public: true, termsExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (or null) with roles, permissions and terms state',
        response: { 200: envelope(sessionState) },
      },
    },
    async (request) => ({ data: await service.sessionState(app.deps, request.user) }),
  );

  app.post(
    '/local',
    {
      config: signInRoute,
      bodyLimit: AUTH_BODY_LIMIT,
      schema: {
        tags: ['auth'],
        summary: 'Sign in by name (and optional email) without a password; only where AUTH_LOCAL allows it',
        body: localSignInBody,
        response: { 200: envelope(sessionState) },
      },
    },
    async (request, reply) => {
      const issued = await service.signInLocal(app.deps, signInRequest(request), request.body);
      return { data: await respondSignedIn(app, reply, issued) };
    },
  );

  app.get(
    '/signin/:provider',
    {
      config: signInRoute,
      schema: {
        tags: ['auth'],
        summary: 'Redirect to an OIDC provider (authorization code with PKCE, state and nonce)',
        params: z.object({ provider: providerId }),
        querystring: signInQuery,
        response: { 302: redirect('To the provider, or to /sign-in?error=<code> when it cannot be reached') },
      },
    },
    async (request, reply) => {
      try {
        const { url, state, expiresAt } = await beginSignIn(app.deps, request.params.provider, {
          redirect: request.query.redirect,
          timezone: service.knownTimeZone(request.query.timezone),
        });
        setOauthCookie(reply, state, expiresAt);
        return reply.redirect(url, 302);
      } catch (err) {
        if (err instanceof SignInFailure) return reply.redirect(signInError(err.code), 302);
        throw err;
      }
    },
  );

  app.get(
    '/callback/:provider',
    {
      config: signInRoute,
      // Its URL carries the authorization code: keep it out of the per-request info logs.
      logLevel: 'warn',
      schema: {
        tags: ['auth'],
        summary: 'Where the provider returns; signs in and redirects to the stored path or /sign-in?error=',
        params: z.object({ provider: providerId }),
        querystring: callbackQuery,
        response: { 302: redirect('To the stored path (signed in), or to /sign-in?error=<code>') },
      },
    },
    async (request, reply) => {
      const browserState = readOauthCookie(request);
      clearOauthCookie(reply);
      const currentUrl = new URL(request.url, app.deps.config.publicOrigin);
      try {
        const result = await finishSignIn(
          app.deps,
          request.params.provider,
          currentUrl,
          browserState,
          signInRequest(request),
        );
        setSessionCookie(reply, result.session.token, result.session.expiresAt);
        return reply.redirect(result.redirect, 302);
      } catch (err) {
        if (!(err instanceof SignInFailure)) throw err;
        if (err.code === 'server_error') request.log.error({ err: err.cause }, 'OIDC sign-in failed');
        return reply.redirect(signInError(err.code), 302);
      }
    },
  );

  app.post(
    '/signout',
    {
      config: { public: true, termsExempt: true, changesSession: true },
      schema: { tags: ['auth'], summary: 'End this session', response: noContent },
    },
    async (request, reply) => {
      await service.signOut(app.deps, request.sessionId, auditSource(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/signout-all',
    {
      config: { termsExempt: true, changesSession: true },
      schema: { tags: ['auth'], summary: 'End every session of this user, on every device', response: noContent },
    },
    async (request, reply) => {
      await service.signOutEverywhere(ctxOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/accept-terms',
    {
      config: { termsExempt: true, changesSession: true },
      schema: {
        tags: ['auth'],
        summary: 'Accept the current terms version (from GET /api/auth/session)',
        body: acceptTermsBody,
        response: { 200: envelope(sessionState) },
      },
    },
    async (request, reply) => {
      const issued = await service.acceptTerms(ctxOf(request), request.body.version, clientInfo(request));
      return { data: await respondSignedIn(app, reply, issued) };
    },
  );

  app.post(
    '/verify-age',
    {
      config: { termsExempt: true, changesSession: true },
      schema: {
        tags: ['auth'],
        summary: 'Confirm being 13 or older; false is refused and not recorded',
        body: verifyAgeBody,
        response: { 200: envelope(sessionState) },
      },
    },
    async (request, reply) => {
      const issued = await service.verifyAge(ctxOf(request), request.body.is_13_or_older, clientInfo(request));
      return { data: await respondSignedIn(app, reply, issued) };
    },
  );
};
