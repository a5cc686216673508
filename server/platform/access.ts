import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '#common/contracts/auth';
import type { Permission } from '#common/permissions';
import { unauthenticated } from './errors';
import type { Platform } from './platform';

/** What a route declares about who may call it; enforced by the session hook (modules/auth). */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Callable without a session. */
    public?: boolean;
    /** Callable before the current terms are accepted (sign-in, session, profile, export, deletion). */
    termsExempt?: boolean;
    /** The permission needed beyond being signed in. */
    permission?: Permission;
    /**
     * The route changes what the caller's sessions hold (sign-out, terms, profile…): this
     * instance forgets its cached copies as it answers (the others hear it from the database).
     */
    changesSession?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, set by the session hook; null on public routes without a session. */
    user: SessionUser | null;
    /** The id of the session row behind the request's cookie. */
    sessionId: string | null;
  }
}

/** What a service needs to act for the signed-in user; also the source of its audit records. */
export interface Ctx extends Platform {
  user: SessionUser;
  userId: string;
  requestId: string;
  sessionId: string | null;
  ip: string;
  userAgent: string | null;
}

/** The service context of an authenticated request. */
export function ctxOf(request: FastifyRequest): Ctx {
  const user = request.user;
  if (!user) throw unauthenticated();
  const ua = request.headers['user-agent'];
  return {
    ...request.server.deps,
    user,
    userId: user.id,
    requestId: request.id,
    sessionId: request.sessionId,
    ip: request.ip,
    userAgent: typeof ua === 'string' ? ua : null,
  };
}

/**
 * The service context of work done for a user outside a request (a background job): the same
 * services, the user as their record has them, no session and no roles (a job acts on the
 * user's own data, never with their permissions).
 */
export function backgroundCtx(deps: Platform, user: Omit<SessionUser, 'roles' | 'permissions'>, job: string): Ctx {
  return {
    ...deps,
    user: { ...user, roles: [], permissions: [] },
    userId: user.id,
    requestId: job,
    sessionId: null,
    ip: '',
    userAgent: null,
  };
}
