import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { modules } from './modules';
import { registerSessionHooks } from './modules/auth';
import { RewardListeners } from './modules/gamification';
import { type BlobStore, createBlobStore } from './platform/blob-store';
import { registerCacheControl } from './platform/cache-control';
import { Catalogues } from './platform/catalogues';
import { type Clock, systemClock } from './platform/clock';
import { registerCsrf } from './platform/csrf';
import { loggedError, registerErrorHandling } from './platform/errors';
import { EventHub } from './platform/event-hub';
import { frameworkErrorHandler } from './platform/framework-errors';
import { registerOpenApi } from './platform/openapi';
import { registerRateLimits } from './platform/rate-limit';
import { registerSecurityHeaders, securityHeaders } from './platform/security-headers';
import { registerWebApp } from './platform/web-app';

/** Everything the app needs from outside; tests pass their own. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock?: Clock;
  blobs?: BlobStore;
  events?: EventHub;
  /** `false` silences request logs (tests); otherwise pino at the configured level. */
  logger?: boolean;
  /** Where the log lines go instead of stdout (a test that reads them). */
  logStream?: { write(line: string): void };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Builds the HTTP application on an open, migrated database. It never listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  // Fastify's own refusals wear the security headers too.
  const dress = securityHeaders(config);
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(deps.logStream ? { stream: deps.logStream } : {}),
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            serializers: { err: loggedError },
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return config.trustProxy && typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // A longer path parameter is 414 uri_too_long; bad percent-encoding is 400 bad_request.
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler(dress),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API reads JSON only (415 otherwise); a module that takes uploads registers its own parser.
  app.removeContentTypeParser('text/plain');
  app.decorate('deps', {
    config,
    database: deps.database,
    clock: deps.clock ?? systemClock,
    blobs: deps.blobs ?? createBlobStore(config.blobs),
    events: deps.events ?? new EventHub(deps.database, { log: app.log }),
    catalogues: new Catalogues(deps.database),
    rewardListeners: new RewardListeners(),
  });
  // Open event streams never finish by themselves: end them so close() can drain the rest.
  app.addHook('preClose', async () => app.deps.events.endStreams());
  app.addHook('onClose', async () => app.deps.events.close());
  await app.deps.catalogues.start();
  app.addHook('onClose', async () => app.deps.catalogues.close());
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  registerCacheControl(app);
  registerSecurityHeaders(app, dress);
  // Before every route: the session, rate limits, then (before the body is read) the CSRF check
  // and the route's access rules.
  registerCsrf(app);
  await registerSessionHooks(app);
  await registerRateLimits(app);
  await registerOpenApi(app);

  for (const mod of modules) {
    await app.register(mod.plugin, { prefix: mod.prefix });
  }

  await registerWebApp(app, config.webDist);
  return app;
}
