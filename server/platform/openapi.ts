import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';

/** Timestamps are Dates in code and RFC 3339 strings on the wire; say so in the document. */
const transform = createJsonSchemaTransform({
  skipList: [],
  zodToJsonConfig: {
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
      if (def?.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  },
});

/** The OpenAPI document at /api/openapi.json and its rendering at /api/docs, both from the route schemas. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cadence API',
        version: '1',
        description:
          'JSON API of Cadence. Success bodies are `{ data }`; lists add `page`; errors are `{ error: { code, message, details?, request_id } }`.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cadence_session' } },
      },
      security: [{ session: [] }],
    },
    transform,
  });
  // The docs page is served under the app's own content-security policy (helmet's, on every
  // response): its scripts are files from the plugin's folder, nothing inline, and it fetches only
  // /api/openapi.json. The plugin's own policy (`staticCSP`) would allow https: styles, framing by
  // this origin and the swagger.io validator badge, which is switched off here.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: false,
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
