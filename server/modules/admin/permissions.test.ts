import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { toOpenApiPath } from '../../test/routes';
import { adminModule } from '.';

/**
 * Every admin route needs a permission beyond being signed in. The OpenAPI document lists the
 * routes; the module's plugin, mounted once more on a bare Fastify instance, tells what each one
 * declares (an `onRoute` hook sees each route's options as it is added); and a plain signed-in
 * user is refused each of them with 403.
 */

// biome-ignore lint/suspicious/noExplicitAny: the document's shape is OpenAPI's, read loosely here.
type Schema = any;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const UUID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let doc: { paths: Record<string, Record<string, Schema>> };
let plain: TestUser;
/** `METHOD /api/admin/{path}` → the permission it declares (undefined when none). */
const declared = new Map<string, string | undefined>();

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  plain = await signUp(t);
  const probe = Fastify();
  probe.decorate('deps', t.app.deps);
  probe.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      declared.set(`${method.toUpperCase()} ${toOpenApiPath(route.url)}`, route.config?.permission);
    }
  });
  await probe.register(adminModule.plugin, { prefix: adminModule.prefix });
  await probe.close();
});
afterAll(() => t.close());

/** A value that passes the schema's obvious rules (types, enums, formats, minimums). */
function sample(schema: Schema): unknown {
  if (!schema || typeof schema !== 'object') return null;
  if (schema.anyOf ?? schema.oneOf) return sample((schema.anyOf ?? schema.oneOf)[0]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map(sample));
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const props: Record<string, Schema> = schema.properties ?? {};
      const required: string[] = schema.required ?? [];
      // A body of only optional fields usually needs one of them: give every field.
      const keys = required.length > 0 ? required : Object.keys(props);
      return Object.fromEntries(keys.map((k) => [k, sample(props[k])]));
    }
    case 'array':
      return schema.minItems ? Array.from({ length: schema.minItems }, () => sample(schema.items)) : [];
    case 'string':
      if (schema.format === 'uuid') return UUID;
      if (schema.format === 'date-time') return '2026-03-01T10:00:00.000Z';
      if (schema.format === 'date') return '2026-03-01';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

function adminOperations(): { method: string; path: string; op: Schema }[] {
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin/') || path === '/api/admin')
    .flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
}

describe('admin routes', () => {
  it('are in the API document, each declaring a permission', () => {
    const operations = adminOperations();
    expect(operations.length).toBeGreaterThan(0);
    const missing = operations
      .map(({ method, path }) => `${method} ${path}`)
      .filter((route) => declared.get(route) === undefined);
    expect(missing).toEqual([]);
  });

  /** Each admin operation called as `user` with a uuid for each path parameter and a sample body. */
  async function callEach(user: TestUser): Promise<Record<string, number>> {
    const answers: Record<string, number> = {};
    for (const { method, path, op } of adminOperations()) {
      const url = path.replace(/\{\w+\}/g, UUID);
      const body = op.requestBody?.content?.['application/json']?.schema;
      const res = await user.inject({
        method: method as 'GET',
        url,
        ...(body ? { payload: sample(body) as Record<string, unknown> } : {}),
      });
      answers[`${method} ${path}`] = res.statusCode;
      if (res.statusCode === 403) expect(res.json().error.code).toBe('forbidden');
    }
    expect(Object.keys(answers).length).toBeGreaterThan(0);
    return answers;
  }

  it('refuse a signed-in user without the permission with 403', async () => {
    const answers = await callEach(plain);
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((k) => [k, 403])));
  });

  it('let the same requests through for a user holding every permission', async () => {
    // So the plain user's 403 is the permission's, not the request's.
    const answers = await callEach(await signUp(t, { roles: ['super_admin'] }));
    expect(Object.entries(answers).filter(([, status]) => status === 403)).toEqual([]);
  });
});
