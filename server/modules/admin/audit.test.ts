import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '#common/contracts/admin';
import { audit_log } from '../../platform/audit.tables';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { roles, user_roles } from '../auth/auth.tables';
import { users } from '../user/user.tables';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, { name: 'Ada Admin', roles: ['admin'] });
});
afterAll(() => t.close());

type NewRow = typeof audit_log.$inferInsert;
async function logRows(rows: NewRow[]): Promise<string[]> {
  const inserted = await t.database.db.insert(audit_log).values(rows).returning({ id: audit_log.id });
  return inserted.map((r) => r.id);
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 8, minute));

async function read(url: string): Promise<{ data: AuditEntry[]; page: { limit: number; next_cursor: string | null } }> {
  const res = await admin.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Every row the list answers for `url`, following its cursors. */
async function readAll(url: string): Promise<AuditEntry[]> {
  const rows: AuditEntry[] = [];
  let cursor: string | null = null;
  do {
    const page = await read(cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url);
    rows.push(...page.data);
    cursor = page.page.next_cursor;
  } while (cursor);
  return rows;
}

describe('GET /api/admin/audit: who may read it', () => {
  it('refuses a plain user and a moderator with 403, and answers an admin', async () => {
    const plain = await signUp(t);
    const moderator = await signUp(t, { roles: ['moderator'] });
    for (const user of [plain, moderator]) {
      const res = await user.inject({ method: 'GET', url: '/api/admin/audit' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await admin.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(200);
  });

  it('answers a user once they are granted the admin role', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(403);
    const [role] = await t.database.db.select().from(roles).where(eq(roles.name, 'admin'));
    await t.database.db
      .insert(user_roles)
      .values({ user_id: user.id, role_id: role?.id as string, granted_at: t.clock.now() });
    // The instance hears of a role granted in the database within a second (the session cache).
    const status = async () => (await user.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode;
    await expect.poll(status, { timeout: 1000 }).toBe(200);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/audit' })).statusCode).toBe(401);
  });
});

describe('GET /api/admin/audit', () => {
  it('shows each row with its actor’s name, target, status, details, address and request', async () => {
    const actor = await signUp(t, { name: 'Grace' });
    const kind = `doc_${randomUUID().slice(0, 8)}`;
    const [id] = await logRows([
      {
        user_id: actor.id,
        event_type: 'purchase',
        action: 'buy',
        resource_type: kind,
        resource_id: 'item-1',
        status: 'success',
        details: { cost_coins: 50 },
        ip_address: '203.0.113.9',
        request_id: 'req-1',
        created_at: at(1),
      },
    ]);
    const { data } = await read(`/api/admin/audit?resource_type=${kind}`);
    expect(data).toEqual([
      {
        id,
        created_at: at(1).toISOString(),
        actor: { id: actor.id, name: 'Grace' },
        event_type: 'purchase',
        action: 'buy',
        target: { type: kind, id: 'item-1' },
        status: 'success',
        details: { cost_coins: 50 },
        ip: '203.0.113.9',
        request_id: 'req-1',
      },
    ]);
  });

  it('names no actor once the account is deleted, and none for an anonymous event', async () => {
    const gone = await signUp(t);
    const kind = `doc_${randomUUID().slice(0, 8)}`;
    await logRows([
      { user_id: gone.id, event_type: 'sign_in', resource_type: kind, created_at: at(2) },
      { user_id: null, event_type: 'sign_in_failed', status: 'failure', resource_type: kind, created_at: at(3) },
    ]);
    await t.database.db.delete(users).where(eq(users.id, gone.id));
    const { data } = await read(`/api/admin/audit?resource_type=${kind}`);
    expect(data.map((r) => [r.event_type, r.actor, r.status])).toEqual([
      ['sign_in_failed', null, 'failure'],
      ['sign_in', null, 'success'],
    ]);
  });

  it('filters by actor, event and action, target and time window, newest first', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    const kind = `doc_${randomUUID().slice(0, 8)}`;
    const event = `ev_${randomUUID().slice(0, 8)}`;
    const ids = await logRows([
      { user_id: a.id, event_type: event, action: 'open', resource_type: kind, resource_id: 'x', created_at: at(10) },
      { user_id: a.id, event_type: event, action: 'close', resource_type: kind, resource_id: 'y', created_at: at(11) },
      { user_id: b.id, event_type: event, action: 'open', resource_type: kind, resource_id: 'x', created_at: at(12) },
      { user_id: b.id, event_type: 'other', resource_type: kind, resource_id: 'x', created_at: at(13) },
    ]);
    const [r10, r11, r12, r13] = ids;
    const idsOf = async (query: string) => (await readAll(`/api/admin/audit?limit=50&${query}`)).map((r) => r.id);

    expect(await idsOf(`user_id=${a.id}`)).toEqual([r11, r10]);
    expect(await idsOf(`event_type=${event}`)).toEqual([r12, r11, r10]);
    expect(await idsOf(`event_type=${event}&action=open`)).toEqual([r12, r10]);
    expect(await idsOf(`resource_type=${kind}`)).toEqual([r13, r12, r11, r10]);
    expect(await idsOf(`resource_type=${kind}&resource_id=x`)).toEqual([r13, r12, r10]);
    const window = `from=${at(11).toISOString()}&to=${at(13).toISOString()}`;
    expect(await idsOf(`resource_type=${kind}&${window}`)).toEqual([r12, r11]);
    expect(await idsOf(`user_id=${b.id}&event_type=${event}&resource_type=${kind}&resource_id=x`)).toEqual([r12]);
    expect(await idsOf(`user_id=${randomUUID()}`)).toEqual([]);
  });

  it('pages newest first without losing or repeating rows that share a time', async () => {
    const kind = `doc_${randomUUID().slice(0, 8)}`;
    const rows = Array.from({ length: 7 }, (_, i) => ({
      event_type: 'paging',
      resource_type: kind,
      created_at: at(20 + Math.floor(i / 3)),
    }));
    const ids = await logRows(rows);
    const first = await read(`/api/admin/audit?resource_type=${kind}&limit=3`);
    expect(first.data).toHaveLength(3);
    expect(first.page).toMatchObject({ limit: 3, next_cursor: expect.any(String) });
    const all = await readAll(`/api/admin/audit?resource_type=${kind}&limit=3`);
    expect(all).toHaveLength(7);
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(ids));
    const keys = all.map((r) => `${r.created_at}|${r.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it.each([
    ['action without event_type', 'action=buy'],
    ['resource_id without resource_type', 'resource_id=x'],
    ['a window that ends before it starts', 'from=2026-03-10T09:00:00Z&to=2026-03-10T08:00:00Z'],
    ['a time that is not one', 'from=yesterday'],
    ['an actor that is not an id', 'user_id=someone'],
    ['a limit of 0', 'limit=0'],
    ['a limit over 200', 'limit=201'],
    ['a malformed cursor', 'cursor=nope'],
    ['an empty event type', 'event_type='],
  ])('answers 400 for %s', async (_, query) => {
    const res = await admin.inject({ method: 'GET', url: `/api/admin/audit?${query}` });
    expect(res.statusCode, res.body).toBe(400);
    expect(['validation_error', 'bad_request']).toContain(res.json().error.code);
  });
});
