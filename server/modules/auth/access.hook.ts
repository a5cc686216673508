import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionUser } from '#common/contracts/auth';
import { AppError, forbidden, unauthenticated } from '../../platform/errors';
import { clearSessionCookie, cookieName, readSessionToken, SESSION_COOKIE } from '../../platform/session';
import { type LoadedSession, loadSession } from './sessions.service';

/** Whether the request's user has accepted the current terms and confirmed their age. */
const termsDone = new WeakMap<FastifyRequest, boolean>();

export function toSessionUser({ user, access }: LoadedSession): SessionUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    image: user.image,
    timezone: user.timezone,
    day_start_hour: user.day_start_hour,
    roles: access.roles,
    permissions: access.permissions,
    created_at: user.created_at,
  };
}

/**
 * The session hooks. `onRequest` loads the session behind the cookie into `request.user` and
 * `request.sessionId` on every request (public routes too, so sign-in can rotate it). The route
 * rules are enforced in `preParsing`, after the per-route rate limiter (which needs the user)
 * and before any body is read: API routes need a session unless `public`, the current terms
 * unless `termsExempt`, and the declared `permission`. The web app's paths and the API docs are
 * public; unknown paths fall through to the 404 handler.
 */
export async function registerSessionHooks(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = readSessionToken(request);
    if (!token) {
      if (request.cookies[cookieName(config, SESSION_COOKIE)] !== undefined) clearSessionCookie(reply);
      return;
    }
    const loaded = await loadSession(app.deps, token);
    if (!loaded) {
      clearSessionCookie(reply);
      return;
    }
    request.user = toSessionUser(loaded);
    request.sessionId = loaded.session.id;
    termsDone.set(request, loaded.user.tos_version === config.auth.termsVersion && loaded.user.age_verified);
  });

  app.addHook('preParsing', async (request) => {
    if (request.is404) return;
    const url = request.routeOptions.url ?? '';
    const rules = request.routeOptions.config;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs') || rules.public) return;
    if (!request.user) throw unauthenticated();
    if (!rules.termsExempt && !termsDone.get(request)) {
      throw new AppError('terms_required', 'Accept the current terms and confirm your age to continue.');
    }
    if (rules.permission && !request.user.permissions.includes(rules.permission)) throw forbidden();
  });
}
