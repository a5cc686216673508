import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RefusalAudit } from './audit';
import { AppError } from './errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The parsed origin of an Origin header, or null for `null`, garbage or anything not http(s). */
function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Why an unsafe request is refused, or null when it comes from the public origin. */
export function csrfProblem(request: FastifyRequest, publicOrigin: string): string | null {
  if (!UNSAFE.has(request.method)) return null;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '') {
    return parseOrigin(origin) === publicOrigin ? null : 'foreign_origin';
  }
  // Some browsers omit Origin on same-origin requests; Fetch Metadata still says where it came from.
  return request.headers['sec-fetch-site'] === 'same-origin' ? null : 'missing_origin';
}

/**
 * Refuses every write that does not come from the configured public origin, before its body is
 * read (also on routes that need no session). It runs after the session hook and the rate limit
 * (`preParsing`, registered before the access rules), so a flood of refused writes is cut off
 * with 429 like any other, and the audit row names the user and session when there is one.
 * Refusals are audited once per reason, address and user a minute, with a count. Auth callbacks
 * are GETs protected by `state`.
 */
export function registerCsrf(app: FastifyInstance): void {
  const { publicOrigin } = app.deps.config;
  const refusals = new RefusalAudit(app.deps.database, app.log);
  app.addHook('onClose', async () => refusals.flush());
  app.addHook('preParsing', async (request) => {
    const problem = csrfProblem(request, publicOrigin);
    if (!problem) return;
    const origin = request.headers.origin;
    await refusals.record(request, `${problem}|${request.ip}|${request.user?.id ?? ''}`, {
      type: 'csrf_rejected',
      status: 'denied',
      action: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      details: { reason: problem, origin: typeof origin === 'string' ? origin.slice(0, 200) : null },
    });
    throw new AppError('csrf_failed', 'This request did not come from Cadence itself.');
  });
}
