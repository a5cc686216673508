import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app';
import { signUp } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';

/**
 * The HTTP platform's answers to bad requests and its headers, on a probe route that echoes a
 * validated JSON body (public, so no session is involved) and on the web app fallback.
 */
let t: TestApp;
let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *');
  t = await createTestApp({ env: { WEB_DIST: dist } });

  app = await buildApp({ config: t.config, database: t.database, clock: t.clock, logger: false });
  app.post(
    '/api/probe',
    { config: { public: true }, schema: { body: z.strictObject({ name: z.string().max(50) }) } },
    async (request) => ({ data: request.body }),
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const origin = 'http://localhost:8080';
const probe = (payload: string | Buffer, contentType?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/probe',
    headers: { origin, ...(contentType ? { 'content-type': contentType } : {}) },
    payload,
  });

function expectError(res: LightMyRequestResponse, status: number, code: string): void {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(body.error.code).toBe(code);
  expect(body.error.request_id).toBe(res.headers['x-request-id']);
}

describe('request bodies', () => {
  it('accepts a valid JSON body', async () => {
    const res = await probe(JSON.stringify({ name: 'ok' }), 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { name: 'ok' } });
  });

  it('answers 400 bad_request to malformed or empty JSON', async () => {
    expectError(await probe('{"name": ', 'application/json'), 400, 'bad_request');
    expectError(await probe('not json at all', 'application/json; charset=utf-8'), 400, 'bad_request');
    expectError(await probe('', 'application/json'), 400, 'bad_request');
  });

  it('answers 422 validation_error with details to a well-formed body that breaks the contract', async () => {
    const res = await probe(JSON.stringify({ name: 'x', extra: true }), 'application/json');
    expectError(res, 422, 'validation_error');
    expect(res.json().error.details.length).toBeGreaterThan(0);
  });

  it('answers 413 payload_too_large to a body over the limit', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    expectError(await probe(huge, 'application/json'), 413, 'payload_too_large');
  });

  it('answers 415 unsupported_media_type to a body that is not JSON', async () => {
    expectError(await probe('<name>x</name>', 'application/xml'), 415, 'unsupported_media_type');
    expectError(await probe('name=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
    expectError(await probe('name', 'text/plain'), 415, 'unsupported_media_type');
    expectError(await probe('{"name":"x"}'), 415, 'unsupported_media_type');
  });
});

const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'];

describe('response headers', () => {
  it('every response carries x-request-id and the security headers', async () => {
    const user = await signUp(t);
    const responses = {
      ok: await t.app.inject({ method: 'GET', url: '/api/health' }),
      unauthenticated: await t.app.inject({ method: 'GET', url: '/api/events' }),
      notFound: await t.app.inject({ method: 'GET', url: '/api/nope' }),
      csrf: await user.inject({ method: 'PATCH', url: '/api/user', headers: { origin: 'https://evil.example' } }),
      badJson: await probe('{', 'application/json'),
      html: await t.app.inject({ method: 'GET', url: '/habits/123' }),
      asset: await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' }),
      docs: await t.app.inject({ method: 'GET', url: '/api/docs' }),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers['x-request-id'], name).toMatch(/^[\w.:-]{8,}$/);
      for (const header of securityHeaders) expect(res.headers[header], `${name}: ${header}`).toBeTruthy();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(responses.html.headers['content-security-policy']).toContain("script-src 'self'");
    expect(responses.html.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('gives each request its own id and ignores a client-sent one (no trusted proxy)', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'forged' } });
    const b = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(a.headers['x-request-id']).not.toBe('forged');
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('addresses the router refuses', () => {
  it('answers 414 uri_too_long in the envelope, with the headers, to a path parameter over the limit', async () => {
    const long = 'x'.repeat(300);
    const res = await t.app.inject({ method: 'GET', url: `/api/settings/${long}` });
    expectError(res, 414, 'uri_too_long');
    for (const header of securityHeaders) expect(res.headers[header], header).toBeTruthy();
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.body).not.toContain(long);
  });

  it('answers 400 bad_request in the envelope, with the headers, to bad percent-encoding', async () => {
    for (const url of ['/api/habits/%zz', '/api/settings/%E0%A4%A', '/api/settings/%ED%A0%80<script>']) {
      const res = await t.app.inject({ method: 'GET', url });
      expectError(res, 400, 'bad_request');
      for (const header of securityHeaders) expect(res.headers[header], `${url}: ${header}`).toBeTruthy();
      expect(res.body).not.toContain('%');
      expect(res.body).not.toContain('script');
    }
  });
});

describe('caching', () => {
  it('answers signed-in JSON with Cache-Control: no-store, errors included', async () => {
    const user = await signUp(t);
    const responses = {
      session: await user.inject({ method: 'GET', url: '/api/auth/session' }),
      list: await user.inject({ method: 'GET', url: '/api/ideas' }),
      created: await user.inject({
        method: 'POST',
        url: '/api/ideas',
        headers: { 'content-type': 'application/json' },
        payload: { title: 'cache', body: '' },
      }),
      notFound: await user.inject({ method: 'GET', url: '/api/ideas/00000000-0000-4000-8000-000000000000' }),
      invalid: await user.inject({ method: 'GET', url: '/api/search?q=' }),
      signedOut: await t.app.inject({ method: 'GET', url: '/api/auth/session' }),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers['content-type'], name).toMatch(/^application\/json/);
      expect(res.headers['cache-control'], name).toBe('no-store');
    }
  });

  it('keeps the Cache-Control a route sets itself (the sync poll revalidates with its ETag)', async () => {
    const user = await signUp(t);
    const first = await user.inject({ method: 'GET', url: '/api/sync/poll' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await user.inject({
      method: 'GET',
      url: '/api/sync/poll',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.headers['cache-control']).toBe('private, no-cache');
  });
});

describe('the web app fallback', () => {
  it('serves index.html for deep links, revalidated on every visit', async () => {
    for (const url of ['/', '/habits', '/habits/123/edit', '/settings?tab=profile']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves built files, hashed assets as immutable', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const robots = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.body).toContain('User-agent');
  });

  it('answers JSON 404 for unknown /api paths and for missing files', async () => {
    for (const url of ['/api', '/api/nope', '/api/habits/x/y/z', '/assets/missing-1.js', '/favicon.ico', '/a/b.png']) {
      const res = await t.app.inject({ method: 'GET', url });
      expectError(res, 404, 'not_found');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('answers JSON 404 to writes on web paths', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/habits', headers: { origin }, payload: {} });
    expectError(res, 404, 'not_found');
  });
});

describe('API documentation', () => {
  it('serves the rendered docs as HTML', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('swagger');
  });

  it("serves the docs under the app's own content-security policy, which the page needs nothing beyond", async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toBe((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('validator.swagger.io');
    // Every script is a file from the docs' own folder: nothing inline for the policy to allow.
    const scripts = [...page.body.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.\/static\/[\w.-]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    for (const [, src] of page.body.matchAll(/src="\.\/([^"]+)"/g)) {
      const asset = await t.app.inject({ method: 'GET', url: `/api/docs/${src}` });
      expect(asset.statusCode, src).toBe(200);
      expect(asset.headers['content-security-policy'], src).toBe(csp);
    }
    const init = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(init.body).toContain('"validatorUrl":null');
  });
});
