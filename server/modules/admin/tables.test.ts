import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { BROWSABLE } from './tables.allowlist';
import { tableOf } from './tables.repo';

let t: TestApp;
let admin: TestUser;
let others: TestUser[];
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, { roles: ['admin'] });
  others = [];
  for (let i = 0; i < 3; i++) {
    t.clock.advance(1000);
    others.push(await signUp(t, { email: `browse-${i}@example.test` }));
  }
});
afterAll(() => t.close());

const get = (user: TestUser, url: string) => user.inject({ method: 'GET', url });

/** Column names that hold a secret, or something that would let its holder act as a user. */
const SECRET = /token|hash|secret|password|verifier|nonce|credential|public_key|idempotency|state$|code/i;
/** Tables of users' private content and of sign-in secrets, never browsable. */
const PRIVATE = [
  'ideas',
  'infobase_entries',
  'inbox_items',
  'user_references',
  'track_annotations',
  'feedback',
  'books',
  'daily_plans',
  'daily_plan_items',
  'sessions',
  'accounts',
  'authenticators',
  'oauth_states',
  'verification_tokens',
  'calendar_feed_tokens',
];

/** Every index's (and primary key's, and unique constraint's) column names, and whether it is unique. */
function indexesOf(table: PgTable): { columns: string[]; unique: boolean }[] {
  const config = getTableConfig(table);
  return [
    ...config.indexes.map((i) => ({
      columns: i.config.columns.map((c) => ('name' in c ? String(c.name) : '')),
      unique: Boolean(i.config.unique),
    })),
    ...config.primaryKeys.map((k) => ({ columns: k.columns.map((c) => c.name), unique: true })),
    ...config.columns.filter((c) => c.primary).map((c) => ({ columns: [c.name], unique: true })),
    ...config.columns.filter((c) => c.isUnique).map((c) => ({ columns: [c.name], unique: true })),
    ...config.uniqueConstraints.map((u) => ({ columns: u.columns.map((c) => c.name), unique: true })),
  ];
}

describe('the allow-list', () => {
  it('shows no secret column and no private table', () => {
    const names = BROWSABLE.map((b) => b.name);
    expect(names.filter((n) => PRIVATE.includes(n))).toEqual([]);
    for (const entry of BROWSABLE) {
      expect(
        entry.columns.filter((c) => SECRET.test(c)),
        entry.name,
      ).toEqual([]);
    }
  });

  it('names real columns, pages in the order of an index, and filters only where an index serves the page', () => {
    for (const entry of BROWSABLE) {
      const config = getTableConfig(tableOf(entry));
      expect(config.name).toBe(entry.name);
      const columns = config.columns.map((c) => c.name);
      for (const c of [...entry.columns, ...entry.order, ...entry.filters]) expect(columns, entry.name).toContain(c);
      for (const c of entry.order) expect(entry.columns, `${entry.name} shows its order`).toContain(c);
      const indexes = indexesOf(tableOf(entry));
      const startsWith = (prefix: string[]) =>
        indexes.some((i) => prefix.every((column, n) => i.columns[n] === column));
      expect(startsWith([entry.order[0] as string]), `${entry.name} by ${entry.order}`).toBe(true);
      for (const filter of entry.filters) {
        if (entry.unique?.includes(filter)) {
          expect(
            indexes.some((i) => i.unique && i.columns.length === 1 && i.columns[0] === filter),
            `${entry.name}.${filter} is unique`,
          ).toBe(true);
          continue;
        }
        const next = entry.order.find((c) => c !== filter) as string;
        expect(startsWith([filter, next]), `${entry.name}.${filter} then ${next}`).toBe(true);
      }
    }
  });
});

describe('GET /api/admin/tables', () => {
  it('lists each browsable table with its columns, filters and order', async () => {
    const res = await get(admin, '/api/admin/tables');
    expect(res.statusCode, res.body).toBe(200);
    const users = res.json().data.find((d: { name: string }) => d.name === 'users');
    expect(users).toMatchObject({ filters: ['id', 'email'], order: ['created_at', 'id'] });
    expect(users.columns).toContainEqual({ name: 'email', type: 'text' });
    expect(users.columns).toContainEqual({ name: 'id', type: 'uuid' });
    expect(users.columns).toContainEqual({ name: 'created_at', type: 'timestamp' });
    expect(res.json().data).toHaveLength(BROWSABLE.length);
  });

  it('is refused to a plain user', async () => {
    expect((await get(others[0] as TestUser, '/api/admin/tables')).statusCode).toBe(403);
    expect((await get(others[0] as TestUser, '/api/admin/tables/users')).statusCode).toBe(403);
  });
});

describe('GET /api/admin/tables/:table', () => {
  it('pages through every row newest first, with only the listed columns', async () => {
    const seen: Record<string, unknown>[] = [];
    let url: string | null = '/api/admin/tables/users?limit=2';
    while (url) {
      const res = await get(admin, url);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      seen.push(...body.data);
      url = body.page.next_cursor
        ? `/api/admin/tables/users?limit=2&cursor=${encodeURIComponent(body.page.next_cursor)}`
        : null;
    }
    const ids = [...others].reverse().map((u) => u.id);
    expect(seen.map((r) => r.id)).toEqual([...ids, admin.id]);
    const users = BROWSABLE.find((b) => b.name === 'users');
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual([...(users?.columns ?? [])].sort());
  });

  it('filters by equality on a listed column, the value bound as it is', async () => {
    const target = others[1] as TestUser;
    const byEmail = await get(admin, '/api/admin/tables/users?filter[email]=browse-1@example.test');
    expect(byEmail.statusCode, byEmail.body).toBe(200);
    expect(byEmail.json().data.map((r: { id: string }) => r.id)).toEqual([target.id]);

    const roles = await get(admin, `/api/admin/tables/user_roles?filter[user_id]=${admin.id}`);
    expect(roles.statusCode, roles.body).toBe(200);
    expect(roles.json().data.length).toBe(2);
    expect(roles.json().data.every((r: { user_id: string }) => r.user_id === admin.id)).toBe(true);

    const byName = await get(admin, '/api/admin/tables/roles?filter[name]=admin');
    expect(byName.json().data.map((r: { name: string }) => r.name)).toEqual(['admin']);
  });

  it('treats SQL in a filter as a value that matches nothing', async () => {
    for (const value of ["x' or '1'='1", "admin'; drop table users; --", 'admin" or 1=1 --']) {
      const res = await get(admin, `/api/admin/tables/roles?filter[name]=${encodeURIComponent(value)}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data).toEqual([]);
    }
    const all = await get(admin, '/api/admin/tables/users');
    expect(all.json().data).toHaveLength(4);
    // A value of another type than the column's is refused rather than compared.
    const notUuid = await get(
      admin,
      `/api/admin/tables/user_roles?filter[user_id]=${encodeURIComponent("' or 1=1 --")}`,
    );
    expect(notUuid.statusCode).toBe(400);
  });

  it('answers 404 for a table not on the list, and 400 for a column or parameter it does not offer', async () => {
    for (const table of ['ideas', 'sessions', 'verification_tokens', 'nothing_here']) {
      expect((await get(admin, `/api/admin/tables/${table}`)).statusCode, table).toBe(404);
    }
    for (const query of [
      'filter[token_hash]=x',
      'filter[name]=Test',
      'filter[nope]=1',
      'where=1=1',
      'filter[email]=a&sort=name',
      'cursor=not-a-cursor',
    ]) {
      const res = await get(admin, `/api/admin/tables/users?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
    }
  });
});
