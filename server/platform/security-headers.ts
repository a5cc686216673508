import { createRequire } from 'node:module';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config';

/** The helmet that @fastify/helmet wraps (its own dependency), to dress replies no hook sees. */
const helmetCore = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'))('helmet') as (
  options: object,
) => (req: unknown, res: unknown, next: (err?: unknown) => void) => void;

/** Security headers with a CSP that fits a same-origin SPA (no inline scripts, no third parties). */
function securityHeaderOptions(config: Config) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // React and the toast/palette widgets set inline styles.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(config.secureCookies ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' as const },
  };
}

/**
 * Registers the security headers on every response that goes through the hooks, and returns a
 * function that writes the same headers on a reply that does not (Fastify's own refusals of a
 * URL it cannot route, answered before any hook runs).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  config: Config,
): Promise<(reply: FastifyReply) => void> {
  const options = securityHeaderOptions(config);
  await app.register(helmet, options);
  const write = helmetCore(options);
  return (reply) =>
    write(reply.request.raw, reply.raw, (err) => {
      if (err) throw err;
    });
}
