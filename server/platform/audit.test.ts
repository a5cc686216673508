import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { audit, RefusalAudit } from './audit';
import { audit_log } from './audit.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit', () => {
  it('records who, where and which request, and drops secret-looking details', async () => {
    const requestId = `req-${Date.now()}`;
    await audit(
      t.database.db,
      { ip: '203.0.113.9', userAgent: 'x'.repeat(900), requestId },
      {
        type: 'admin_action',
        action: 'test',
        details: {
          reason: 'kept',
          access_token: 'secret-1',
          nested: { client_secret: 'secret-2', Cookie: 'secret-3', pkce_verifier: 'secret-4', note: 'kept too' },
        },
      },
    );
    const [row] = await t.database.db.select().from(audit_log).where(eq(audit_log.request_id, requestId));
    expect(row).toMatchObject({ event_type: 'admin_action', status: 'success', ip_address: '203.0.113.9' });
    expect(row?.user_agent).toHaveLength(500);
    expect(row?.details).toEqual({ reason: 'kept', nested: { note: 'kept too' } });
    expect(JSON.stringify(row)).not.toContain('secret-');
  });
});

describe('RefusalAudit', () => {
  it('writes one row per key and window, brings its count up to date, and starts a new row after', async () => {
    const ip = '192.0.2.77';
    const request = (n: number) =>
      ({
        id: `refusal-${ip}-${n}`,
        ip,
        headers: {},
        user: null,
        sessionId: null,
        log: t.app.log,
      }) as unknown as FastifyRequest;
    const refusals = new RefusalAudit(t.database, t.app.log, 50);
    const event = { type: 'csrf_rejected', status: 'denied', details: { reason: 'foreign_origin' } } as const;
    for (let n = 0; n < 4; n++) await refusals.record(request(n), 'foreign_origin|ip', event);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await refusals.record(request(4), 'foreign_origin|ip', event);
    await refusals.flush();
    const rows = await t.database.db.select().from(audit_log).where(eq(audit_log.ip_address, ip));
    expect(rows.map((r) => [r.request_id, r.details]).sort()).toEqual([
      [`refusal-${ip}-0`, { reason: 'foreign_origin', count: 4 }],
      [`refusal-${ip}-4`, { reason: 'foreign_origin', count: 1 }],
    ]);
  });
});
