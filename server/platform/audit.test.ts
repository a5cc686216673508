import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { audit } from './audit';
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
