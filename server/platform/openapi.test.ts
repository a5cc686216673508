import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { registeredRoutes, toOpenApiPath } from '../test/routes';

let t: TestApp;
// biome-ignore lint/suspicious/noExplicitAny: the document is checked by the validator below.
let doc: any;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

/** Routes deliberately left out of the document: the document itself and its viewer. */
const hidden = (url: string) => url === '/api/openapi.json' || url.startsWith('/api/docs');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists exactly the registered /api routes, apart from the hidden ones', () => {
    const registered = registeredRoutes(t.app)
      .filter((r) => r.url.startsWith('/api') && !hidden(r.url) && r.method !== 'HEAD')
      .map((r) => `${r.method} ${toOpenApiPath(r.url)}`)
      .sort();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => METHODS.includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    expect(registered.length).toBeGreaterThan(10);
    expect(registered).toContain('GET /api/events');
    expect(documented).toEqual(registered);
  });

  it('declares the responses of every operation', () => {
    const undeclared: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses?: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!METHODS.includes(method)) continue;
        // Without a response schema, the generator writes a bare 200 "Default Response".
        const entries = Object.entries(op.responses ?? {}) as [string, { description?: string; content?: object }][];
        const bare = entries.every(
          ([status, r]) => status === '200' && !r.content && r.description === 'Default Response',
        );
        if (bare) {
          undeclared.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('describes timestamps as date-time strings', () => {
    const health = doc.paths['/api/health'].get.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(health)).toContain('"format":"date-time"');
  });
});
