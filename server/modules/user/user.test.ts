import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { audit_log, inbox_items, sessions, users } from '../../db/schema';
import { userBlobPrefix } from '../../platform/blob-store';
import { signUp } from '../../test/factories';
import { fillEveryUserTable, removeFillCatalogue } from '../../test/fill-user';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await removeFillCatalogue(t.database.db);
  await t.close();
});

describe('GET /api/user', () => {
  it('returns the signed-in user’s profile', async () => {
    const user = await signUp(t, { name: 'Profile Person', email: 'Profile@Example.com' });
    const res = await user.inject({ method: 'GET', url: '/api/user' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: user.id,
      name: 'Profile Person',
      email: 'profile@example.com',
      timezone: 'UTC',
      day_start_hour: 4,
      age_verified: true,
    });
  });
});

describe('PATCH /api/user', () => {
  it('changes name, picture, time zone and day start hour', async () => {
    const user = await signUp(t);
    const res = await user.inject({
      method: 'PATCH',
      url: '/api/user',
      payload: {
        name: '  New Name ',
        image: 'https://example.com/me.png',
        timezone: 'Asia/Kolkata',
        day_start_hour: 0,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      name: 'New Name',
      image: 'https://example.com/me.png',
      timezone: 'Asia/Kolkata',
      day_start_hour: 0,
    });
    const session = await user.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json().data.user.timezone).toBe('Asia/Kolkata');
  });

  it('answers 422 with details for a bad time zone, hour, name or picture', async () => {
    const user = await signUp(t);
    const bad = [
      [{ timezone: 'Mars/Olympus_Mons' }, 'body.timezone'],
      [{ day_start_hour: 24 }, 'body.day_start_hour'],
      [{ day_start_hour: 1.5 }, 'body.day_start_hour'],
      [{ name: '' }, 'body.name'],
      [{ image: 'javascript:alert(1)' }, 'body.image'],
    ] as const;
    for (const [payload, path] of bad) {
      const res = await user.inject({ method: 'PATCH', url: '/api/user', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await user.inject({ method: 'GET', url: '/api/user' })).json().data.timezone).toBe('UTC');
  });
});

describe('GET /api/user/export', () => {
  it('streams every row the user owns, none of another user’s, and no secrets', async () => {
    const me = await signUp(t, { email: 'exporter@example.com' });
    const other = await signUp(t, { email: 'bystander@example.com' });
    await t.database.db.transaction((tx) => fillEveryUserTable(tx, me.id));
    await t.database.db.transaction((tx) => fillEveryUserTable(tx, other.id));
    await t.app.deps.blobs.put(`${userBlobPrefix(me.id)}/tracks/one.wav`, Buffer.from('RIFF'));
    await t.app.deps.blobs.put(`${userBlobPrefix(other.id)}/tracks/two.wav`, Buffer.from('RIFF!'));

    const res = await me.inject({ method: 'GET', url: '/api/user/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="cadence-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const doc = JSON.parse(res.body);
    expect(doc.user).toMatchObject({ id: me.id, email: 'exporter@example.com' });

    // Every table with a user_id is there (the challenges table aside), each with at least one row of mine.
    const owned = await queryRows<{ table_name: string }>(
      t.database.db,
      sql`select c.table_name from information_schema.columns c
          join information_schema.tables x on x.table_schema = c.table_schema and x.table_name = c.table_name
          where c.table_schema = 'public' and c.column_name = 'user_id' and x.table_type = 'BASE TABLE'`,
    );
    const expected = owned.map((r) => r.table_name).filter((n) => n !== 'verification_tokens');
    expect(Object.keys(doc.tables).sort()).toEqual(expected.sort());
    const empty = Object.entries(doc.tables as Record<string, unknown[]>).filter(([, rows]) => rows.length === 0);
    expect(empty).toEqual([]);
    for (const [name, rows] of Object.entries(doc.tables as Record<string, { user_id: string }[]>)) {
      expect(
        rows.every((r) => r.user_id === me.id),
        name,
      ).toBe(true);
    }

    const text = res.body;
    expect(text).not.toContain(other.id);
    expect(text).not.toContain('bystander@example.com');
    expect(JSON.stringify(doc.tables)).not.toMatch(/"(token_hash|credential_public_key|user_handle)":/);
    expect(doc.redacted_columns.sessions).toEqual(['token_hash']);
    // Binary frame data comes as base64 text, search vectors are left out.
    expect(typeof doc.tables.analysis_frame_data[0].data).toBe('string');
    expect(doc.tables.ideas[0].search).toBeUndefined();
    expect(doc.blobs).toEqual([{ key: `${userBlobPrefix(me.id)}/tracks/one.wav`, size: 4 }]);

    const audits = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.event_type, 'data_export'), eq(audit_log.user_id, me.id)));
    expect(audits).toHaveLength(1);
  });

  it('reads large tables in batches without losing or repeating rows', async () => {
    const user = await signUp(t);
    const rows = Array.from({ length: 1234 }, (_, i) => ({ user_id: user.id, title: `Item ${i}` }));
    await t.database.db.insert(inbox_items).values(rows);
    const doc = JSON.parse((await user.inject({ method: 'GET', url: '/api/user/export' })).body);
    const titles = (doc.tables.inbox_items as { title: string }[]).map((r) => r.title);
    expect(titles).toHaveLength(1234);
    expect(new Set(titles).size).toBe(1234);
  });

  it('is available before the terms are accepted', async () => {
    const user = await signUp(t, { acceptTerms: false });
    expect((await user.inject({ method: 'GET', url: '/api/user/export' })).statusCode).toBe(200);
  });
});

describe('DELETE /api/user', () => {
  it('deletes the user and everything they own, their files, and their session', async () => {
    const user = await signUp(t, { acceptTerms: false });
    const other = await signUp(t);
    await t.database.db.transaction((tx) => fillEveryUserTable(tx, user.id));
    await t.app.deps.blobs.put(`${userBlobPrefix(user.id)}/tracks/a.wav`, Buffer.from('RIFF'));
    await t.app.deps.blobs.put(`${userBlobPrefix(other.id)}/tracks/b.wav`, Buffer.from('RIFF'));

    const res = await user.inject({ method: 'DELETE', url: '/api/user' });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'cadence_session')?.value).toBe('');

    expect((await user.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(401);
    expect(await t.database.db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.user_id, user.id))).toEqual([]);
    expect(await t.app.deps.blobs.stat(`${userBlobPrefix(user.id)}/tracks/a.wav`)).toBeNull();
    expect(await t.app.deps.blobs.stat(`${userBlobPrefix(other.id)}/tracks/b.wav`)).not.toBeNull();
    expect((await other.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);

    const [record] = await t.database.db
      .select()
      .from(audit_log)
      .where(and(eq(audit_log.event_type, 'account_deleted'), eq(audit_log.resource_id, user.id)));
    expect(record).toMatchObject({ user_id: null, resource_type: 'user' });
  });
});
