import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app';
import { signUp, type TestUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';
import { encodeCursor } from './pagination';

/**
 * SPEC §2: strings refuse NUL, other control characters (tab and newline allowed in long text)
 * and lone surrogates, naming the field: 422 in a body, 400 in a query or path parameter.
 */
let t: TestApp;
let user: TestUser;
const origin = 'http://localhost:8080';
const json = { origin, 'content-type': 'application/json' };

beforeAll(async () => {
  t = await createTestApp();
  user = await signUp(t);
});
afterAll(() => t.close());

function expectRefused(res: LightMyRequestResponse, status: number, code: string, path: string): void {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json();
  expect(error.code).toBe(code);
  expect(error.request_id).toBe(res.headers['x-request-id']);
  expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
}

describe('text in request bodies', () => {
  it('refuses NUL in the name of a local sign-in with 422 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/local',
      headers: json,
      payload: '{"name":"a\\u0000b"}',
    });
    expectRefused(res, 422, 'validation_error', 'body.name');
  });

  it('refuses other control characters and lone surrogates in one-line text', async () => {
    for (const title of ['a\u0007b', 'line\nbreak', 'tab\there', 'del\u007f', 'c1\u0085', 'x\ud800', '\udc00y']) {
      const res = await user.inject({ method: 'POST', url: '/api/ideas', headers: json, payload: { title, body: '' } });
      expectRefused(res, 422, 'validation_error', 'body.title');
    }
  });

  it('takes tab and newline in long text but refuses NUL there', async () => {
    const body = '# Heading\n\n\tindented\r\nline';
    const ok = await user.inject({ method: 'POST', url: '/api/ideas', headers: json, payload: { title: 'ok', body } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().data.body).toBe(body);
    const bad = await user.inject({
      method: 'POST',
      url: '/api/ideas',
      headers: json,
      payload: { title: 'ok', body: 'a\u0000b' },
    });
    expectRefused(bad, 422, 'validation_error', 'body.body');
  });

  it('keeps emoji and other astral characters (paired surrogates)', async () => {
    const res = await user.inject({
      method: 'POST',
      url: '/api/ideas',
      headers: json,
      payload: { title: 'Launch 🚀 𝄞', body: '' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.title).toBe('Launch 🚀 𝄞');
  });

  it('refuses control characters inside free-form JSON (a setting value)', async () => {
    const setting = await user.inject({
      method: 'PUT',
      url: '/api/settings/theme',
      headers: json,
      payload: { value: 'a\u0000' },
    });
    expectRefused(setting, 422, 'validation_error', 'body.value');
  });
});

describe('text in queries and paths', () => {
  it('answers 400 bad_request to NUL in a search', async () => {
    const res = await user.inject({ method: 'GET', url: '/api/search?q=%00' });
    expectRefused(res, 400, 'bad_request', 'querystring.q');
  });

  it('answers 400 bad_request to other control characters in a query', async () => {
    const res = await user.inject({ method: 'GET', url: '/api/search?q=a%01' });
    expectRefused(res, 400, 'bad_request', 'querystring.q');
  });

  it('answers 400 bad_request to control characters in a path parameter', async () => {
    const res = await user.inject({ method: 'GET', url: '/api/settings/the%00me' });
    expectRefused(res, 400, 'bad_request', 'params.key');
  });

  it('answers 400 bad_request to a cursor that decodes to control characters', async () => {
    const cursor = encodeCursor(['a\u0000', '00000000-0000-0000-0000-000000000000']);
    const res = await user.inject({ method: 'GET', url: `/api/ideas?cursor=${cursor}` });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });
});

describe('the documented contract', () => {
  it('gives every free-text string of every request a control-character pattern', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const unguarded: string[] = [];
    type S = Record<string, unknown> & { type?: unknown; properties?: Record<string, S>; items?: S };
    const walk = (s: S | undefined, where: string): void => {
      if (!s || typeof s !== 'object') return;
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
        for (const [i, sub] of ((s[key] as S[] | undefined) ?? []).entries()) walk(sub, `${where}|${i}`);
      }
      const patterned = Boolean(s.pattern) || ((s.allOf as S[] | undefined) ?? []).some((x) => x.pattern);
      if (s.type === 'string' && !s.enum && !s.const && !s.format && !patterned) unguarded.push(where);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`);
      if (s.items) walk(s.items, `${where}[]`);
      if (s.propertyNames) walk(s.propertyNames as S, `${where}{key}`);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        walk(s.additionalProperties as S, `${where}{value}`);
      }
    };
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of (op.parameters as { in: string; name: string; schema: S }[] | undefined) ?? []) {
          if (p.in !== 'header') walk(p.schema, `${method} ${path} ${p.in}.${p.name}`);
        }
        const body = (op.requestBody as { content?: Record<string, { schema?: S }> } | undefined)?.content;
        walk(body?.['application/json']?.schema, `${method} ${path} body`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});

describe('the database as a backstop', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ config: t.config, database: t.database, clock: t.clock, logger: false });
    // A route that lets text past the contract, as a new route that forgot it would.
    app.post(
      '/api/probe-text',
      { config: { public: true }, schema: { body: z.strictObject({ value: z.string().max(50) }) } },
      async (request) => {
        await t.database.db.execute(sql`select ${(request.body as { value: string }).value}::text`);
        return { data: null };
      },
    );
    await app.ready();
  });
  afterAll(() => app.close());

  it('maps the database refusing NUL to 400 bad_request, not a 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/probe-text',
      headers: json,
      payload: '{"value":"a\\u0000b"}',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
    expect(res.body).not.toContain('a\u0000b');
  });
});
