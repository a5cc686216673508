import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionUser } from '#common/contracts/auth';
import { AppError, forbidden, unauthenticated } from '../../platform/errors';
import { clearSessionCookie, cookieName, hashToken, readSessionToken, SESSION_COOKIE } from '../../platform/session';
import { SessionCache } from './session-cache';
import { type LoadedSession, readAgainAt, readSession, touchSession } from './sessions.service';

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

/** Who is calling, as a session's cache entry holds it. */
interface Caller {
  loaded: LoadedSession;
  user: SessionUser;
  /** Accepted the current terms and confirmed their age. */
  termsDone: boolean;
}

/** The NOTIFY channel of session changes (migration 0003_auth_changes_notify): a user id, or `*`. */
export const AUTH_CHANNEL = 'cadence_auth';

/**
 * The session hooks. `onRequest` loads the session behind the cookie into `request.user` and
 * `request.sessionId` on every request (public routes too, so sign-in can rotate it): from this
 * instance's session cache when it holds it (no round trip), else in one statement. The route
 * rules are enforced in `preParsing`, after the per-route rate limiter (which needs the user)
 * and before any body is read: API routes need a session unless `public`, the current terms
 * unless `termsExempt`, and the declared `permission`. The web app's paths and the API docs are
 * public; unknown paths fall through to the 404 handler.
 */
export async function registerSessionHooks(app: FastifyInstance): Promise<void> {
  const { config, clock, database } = app.deps;
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);

  const cache = new SessionCache<Caller>(config.auth.sessionCacheMs);
  const unlisten = await database.listen(
    AUTH_CHANNEL,
    (userId) => (userId === '*' ? cache.clear() : cache.dropUser(userId)),
    { lost: () => cache.setHeard(false), restored: () => cache.setHeard(true) },
  );
  cache.setHeard(true);
  app.addHook('onClose', async () => unlisten());

  const callerOf = (loaded: LoadedSession): Caller => ({
    loaded,
    user: toSessionUser(loaded),
    termsDone: loaded.user.tos_version === config.auth.termsVersion && loaded.user.age_verified,
  });

  app.addHook('onRequest', async (request, reply) => {
    const token = readSessionToken(request);
    if (!token) {
      if (request.cookies[cookieName(config, SESSION_COOKIE)] !== undefined) clearSessionCookie(reply);
      return;
    }
    const now = clock.now();
    const hash = hashToken(token);
    const caller =
      cache.get(hash, now.getTime()) ??
      (await cache.load(hash, now.getTime(), async () => {
        const loaded = await readSession(app.deps, hash, now);
        return loaded && { value: callerOf(loaded), userId: loaded.user.id, validUntil: readAgainAt(loaded) };
      }));
    if (!caller) {
      clearSessionCookie(reply);
      return;
    }
    await touchSession(app.deps, caller.loaded, now);
    request.user = caller.user;
    request.sessionId = caller.loaded.session.id;
    termsDone.set(request, caller.termsDone);
  });

  // A route that changes what the caller's sessions hold makes this instance forget them at once;
  // the others hear of it from the database.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.user && request.routeOptions.config.changesSession) cache.dropUser(request.user.id);
    return payload;
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
