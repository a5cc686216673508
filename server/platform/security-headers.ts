import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config';

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
 * Writes the security headers on a reply: helmet's middleware, built once, run on the raw
 * response. Fastify's own refusals of a URL it cannot route (answered before any hook runs)
 * call it themselves.
 */
export function securityHeaders(config: Config): (reply: FastifyReply) => void {
  const write = helmet(securityHeaderOptions(config));
  return (reply) =>
    write(reply.request.raw, reply.raw, (err) => {
      if (err) throw err;
    });
}

/** Every response that goes through the hooks wears the security headers. */
export function registerSecurityHeaders(app: FastifyInstance, dress: (reply: FastifyReply) => void): void {
  app.addHook('onRequest', (_request, reply, done) => {
    dress(reply);
    done();
  });
}
