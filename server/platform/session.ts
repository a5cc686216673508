import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * The session cookie. The browser holds an opaque random token; the database holds only its
 * SHA-256, so a leaked table cannot be replayed as cookies.
 */
export const SESSION_COOKIE = 'cadence_session';
/** Binds an OIDC sign-in to the browser that started it (login CSRF), for 10 minutes. */
export const OAUTH_COOKIE = 'cadence_oauth';

/** Over HTTPS the `__Host-` prefix pins the cookie to this exact origin (Secure, Path=/, no Domain). */
export const cookieName = (config: Config, base: string) => (config.secureCookies ? `__Host-${base}` : base);

/** A new 32-byte random token, base64url. */
export const newToken = () => randomBytes(32).toString('base64url');

/** The SHA-256 of a token, hex: the only form stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function cookieOptions(config: Config, expires: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: config.secureCookies,
    expires,
  };
}

/** The token the request's session cookie carries, if it has the shape of one. */
export function readSessionToken(request: FastifyRequest): string | null {
  const value = request.cookies[cookieName(request.server.deps.config, SESSION_COOKIE)];
  return value && TOKEN_SHAPE.test(value) ? value : null;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date): void {
  const { config } = reply.server.deps;
  reply.setCookie(cookieName(config, SESSION_COOKIE), token, cookieOptions(config, expires));
}

export function clearSessionCookie(reply: FastifyReply): void {
  const { config } = reply.server.deps;
  reply.clearCookie(cookieName(config, SESSION_COOKIE), cookieOptions(config, new Date(0)));
}

export function readOauthCookie(request: FastifyRequest): string | null {
  return request.cookies[cookieName(request.server.deps.config, OAUTH_COOKIE)] ?? null;
}

export function setOauthCookie(reply: FastifyReply, state: string, expires: Date): void {
  const { config } = reply.server.deps;
  reply.setCookie(cookieName(config, OAUTH_COOKIE), state, cookieOptions(config, expires));
}

export function clearOauthCookie(reply: FastifyReply): void {
  const { config } = reply.server.deps;
  reply.clearCookie(cookieName(config, OAUTH_COOKIE), cookieOptions(config, new Date(0)));
}

/** What a session records about where it was made. */
export function clientInfo(request: FastifyRequest): { ip_address: string; user_agent: string | null } {
  const ua = request.headers['user-agent'];
  return { ip_address: request.ip, user_agent: typeof ua === 'string' ? ua.slice(0, 500) : null };
}
