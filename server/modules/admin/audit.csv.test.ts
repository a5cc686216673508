import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryObserver } from '../../db/client';
import { audit_log } from '../../platform/audit.tables';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { AUDIT_EXPORT_BATCH } from './audit.service';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, { name: 'Ada Admin', roles: ['admin'] });
});
afterAll(() => t.close());

const HEADER = 'id,time,actor_id,actor_name,event_type,action,resource_type,resource_id,status,details,ip,request_id';
const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 8, minute));
const kindOf = () => `doc_${randomUUID().slice(0, 8)}`;

async function exportCsv(query: string) {
  const res = await admin.inject({ method: 'GET', url: `/api/admin/audit.csv?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

/** The records of a CSV body whose cells hold no line breaks. */
const recordsOf = (body: string) => body.split('\r\n').filter((line) => line !== '');

describe('GET /api/admin/audit.csv', () => {
  it('refuses a plain user with 403 and writes no audit record for them', async () => {
    const plain = await signUp(t);
    const res = await plain.inject({ method: 'GET', url: '/api/admin/audit.csv' });
    expect(res.statusCode).toBe(403);
    const records = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.user_id, plain.id), eq(audit_log.action, 'audit_export')));
    expect(records).toEqual([]);
  });

  it('downloads a header row and one record per row, as an attachment of CSV text', async () => {
    const actor = await signUp(t, { name: 'Grace' });
    const kind = kindOf();
    const [row] = await t.database.db
      .insert(audit_log)
      .values({
        user_id: actor.id,
        event_type: 'purchase',
        action: 'buy',
        resource_type: kind,
        resource_id: 'item-1',
        details: { note: 'a "quoted", word' },
        ip_address: '203.0.113.9',
        request_id: 'req-1',
        created_at: at(1),
      })
      .returning();
    const res = await exportCsv(`resource_type=${kind}`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cadence-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body).toBe(
      `${HEADER}\r\n` +
        `${row?.id},2026-03-10T08:01:00.000Z,${actor.id},Grace,purchase,buy,${kind},item-1,success,` +
        `"{""note"":""a \\""quoted\\"", word""}",203.0.113.9,req-1\r\n`,
    );
  });

  it('neutralises values a spreadsheet would run as formulas', async () => {
    const kind = kindOf();
    await t.database.db.insert(audit_log).values([
      {
        event_type: 'sign_in_failed',
        resource_type: kind,
        resource_id: '=HYPERLINK("http://evil","x")',
        created_at: at(2),
      },
      {
        event_type: 'sign_in_failed',
        resource_type: kind,
        resource_id: '@SUM(1)',
        request_id: '-1+2',
        created_at: at(1),
      },
    ]);
    const [, first, second] = recordsOf((await exportCsv(`resource_type=${kind}`)).body);
    expect(first).toContain(`,${kind},"'=HYPERLINK(""http://evil"",""x"")",`);
    expect(second).toContain(`,${kind},'@SUM(1),`);
    expect(second).toMatch(/,'-1\+2$/);
  });

  it('applies the filters, and names no actor once the account is gone', async () => {
    const a = await signUp(t, { name: 'Alan' });
    const kind = kindOf();
    await t.database.db.insert(audit_log).values([
      { user_id: a.id, event_type: 'sign_in', resource_type: kind, created_at: at(5) },
      { user_id: a.id, event_type: 'sign_out', resource_type: kind, created_at: at(6) },
      { user_id: null, event_type: 'sign_in', resource_type: kind, created_at: at(7) },
      { user_id: a.id, event_type: 'sign_in', resource_type: kind, created_at: at(30) },
    ]);
    const window = `from=${at(0).toISOString()}&to=${at(20).toISOString()}`;
    const records = recordsOf((await exportCsv(`resource_type=${kind}&event_type=sign_in&${window}`)).body);
    expect(records).toHaveLength(3);
    expect(records[0]).toBe(HEADER);
    expect(records[1]).toMatch(/,2026-03-10T08:07:00\.000Z,,,sign_in,/);
    expect(records[2]).toMatch(new RegExp(`,2026-03-10T08:05:00\\.000Z,${a.id},Alan,sign_in,`));
  });

  it('records the export in the audit log with its filters', async () => {
    const kind = kindOf();
    await exportCsv(`resource_type=${kind}&from=2026-03-10T08:00:00Z`);
    const records = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.user_id, admin.id), eq(audit_log.action, 'audit_export')));
    const mine = records.filter(
      (r) => (r.details?.filters as Record<string, string> | undefined)?.resource_type === kind,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      event_type: 'admin_action',
      resource_type: 'audit_log',
      status: 'success',
      details: { filters: { resource_type: kind, from: '2026-03-10T08:00:00.000Z' } },
    });
  });

  it('streams a large log in several batches, every row once, newest first', async () => {
    const kind = kindOf();
    const n = AUDIT_EXPORT_BATCH * 2 + 234;
    const start = at(0).getTime();
    await t.database.db.insert(audit_log).values(
      Array.from({ length: n }, (_, i) => ({
        event_type: 'bulk',
        resource_type: kind,
        // Pairs of rows share a time, so the batches must page on (created_at, id).
        resource_id: String(i),
        created_at: new Date(start + Math.floor(i / 2) * 1000),
      })),
    );
    let reads = 0;
    queryObserver.current = (sql) => {
      if (/^\s*select\b/i.test(sql) && sql.includes('"audit_log"')) reads++;
    };
    let body: string;
    try {
      body = (await exportCsv(`resource_type=${kind}`)).body;
    } finally {
      queryObserver.current = null;
    }
    expect(reads).toBe(3);
    const records = recordsOf(body).slice(1);
    expect(records).toHaveLength(n);
    const targets = records.map((r) => Number(r.split(',')[7]));
    expect(new Set(targets).size).toBe(n);
    const times = records.map((r) => r.split(',')[1] as string);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('answers 400 for filters it cannot serve, before writing any record', async () => {
    const before = await t.database.db.select().from(audit_log).where(eq(audit_log.user_id, admin.id));
    for (const query of ['action=buy', 'resource_id=x', 'from=2026-03-10T09:00:00Z&to=2026-03-10T08:00:00Z']) {
      const res = await admin.inject({ method: 'GET', url: `/api/admin/audit.csv?${query}` });
      expect(res.statusCode, query).toBe(400);
    }
    const after = await t.database.db.select().from(audit_log).where(eq(audit_log.user_id, admin.id));
    expect(after).toHaveLength(before.length);
  });
});
