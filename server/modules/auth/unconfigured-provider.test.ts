import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../test/harness';

/** No OIDC provider is configured here: their addresses are simply not found. */
let t: TestApp;
let app: FastifyInstance;
const lines: { level: number; msg?: string; code?: string }[] = [];

beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'info' } });
  app = await buildApp({
    config: t.config,
    database: t.database,
    clock: t.clock,
    logStream: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('GET /api/auth/callback/:provider for a provider that is not configured', () => {
  it('answers 404 not_found and logs nothing at error level', async () => {
    await app.inject({ method: 'GET', url: '/api/nope' });
    expect(lines.length).toBeGreaterThan(0); // the log is being read
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/auth/callback/google?state=abc&code=xyz' });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('server_error');
  });

  it('answers 404 not_found at the sign-in address too', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/signin/microsoft' });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
