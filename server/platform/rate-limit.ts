import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RefusalAudit } from './audit';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `auth`: the sign-in endpoints, counted per IP against the (small) auth budget. */
    rateLimitGroup?: 'auth';
  }
}

type Group = 'auth' | 'write' | 'read';

const WINDOW_MS = 60_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function groupOf(request: FastifyRequest): Group {
  if (request.routeOptions.config.rateLimitGroup === 'auth') return 'auth';
  return UNSAFE.has(request.method) ? 'write' : 'read';
}

/**
 * Counts requests per minute in memory: sign-in endpoints per IP, writes and reads per user (per
 * IP when signed out). Runs after the session hook so it knows the user, and before the CSRF check,
 * so refused cross-site writes count too. Rejections are audited once per key and window, with a
 * count, so a flood cannot flood the audit log too.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  const limits = app.deps.config.rateLimits;
  const refusals = new RefusalAudit(app.deps.database, app.log, WINDOW_MS);
  app.addHook('onClose', async () => refusals.flush());

  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: WINDOW_MS,
    cache: 10_000,
    // The web app's files are not API traffic.
    allowList: (request) => !(request.url === '/api' || request.url.startsWith('/api/')),
    keyGenerator: (request) => {
      const group = groupOf(request);
      const who = group !== 'auth' && request.user ? `u:${request.user.id}` : `ip:${request.ip}`;
      return `${group}|${who}`;
    },
    max: (request) => limits[groupOf(request)],
    addHeadersOnExceeding: { 'x-ratelimit-limit': true, 'x-ratelimit-remaining': true, 'x-ratelimit-reset': true },
    addHeaders: {
      'x-ratelimit-limit': true,
      'x-ratelimit-remaining': true,
      'x-ratelimit-reset': true,
      'retry-after': true,
    },
    onExceeded: (request, key) => {
      void refusals.record(request, key, {
        type: 'rate_limited',
        status: 'denied',
        action: `${request.method} ${request.routeOptions.url ?? ''}`,
        details: { group: groupOf(request) },
      });
    },
    errorResponseBuilder: (_request, context) => {
      const seconds = String(Math.max(1, Math.ceil(context.ttl / 1000)));
      return new AppError('rate_limited', 'Too many requests. Try again shortly.', undefined, 429, {
        'retry-after': seconds,
      });
    },
  });
}
