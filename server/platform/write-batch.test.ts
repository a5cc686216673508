import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryObserver, queryRows } from '../db/client';
import { signUp } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';
import { user_counters } from './counters.tables';
import { eventsSince } from './events';
import { WriteBatch } from './write-batch';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const counter = (userId: string, key: string, value: number) =>
  t.database.db
    .insert(user_counters)
    .values({ user_id: userId, key, value })
    .onConflictDoUpdate({
      target: [user_counters.user_id, user_counters.key],
      set: { value: sql`${user_counters.value} + excluded.value` },
    });

async function counterValue(userId: string, key: string): Promise<number | null> {
  const [row] = await t.database.db
    .select({ value: user_counters.value })
    .from(user_counters)
    .where(and(eq(user_counters.user_id, userId), eq(user_counters.key, key)));
  return row?.value ?? null;
}

describe('a write batch', () => {
  it('sends its writes and events as one statement, the events in the order queued', async () => {
    const user = await signUp(t);
    const statements: string[] = [];
    queryObserver.current = (text) => statements.push(text);
    try {
      await t.database.db.transaction(async (tx) => {
        const batch = new WriteBatch(user.id);
        batch.write(counter(user.id, 'test:a', 2), counter(user.id, 'test:b', 3));
        batch.write(sql`update ${user_counters} set value = value + 10
          where user_id = ${user.id} and key = 'test:missing'`);
        batch.publish({ type: 'plan_changed', data: { date: '2026-01-01' } });
        batch.publish({ type: 'plan_changed', data: { date: '2026-01-02' } });
        await batch.flush(tx);
      });
    } finally {
      queryObserver.current = null;
    }
    expect(statements.filter((s) => !/^(begin|commit)/.test(s))).toHaveLength(1);
    expect(await counterValue(user.id, 'test:a')).toBe(2);
    expect(await counterValue(user.id, 'test:b')).toBe(3);
    const events = await eventsSince(t.database.db, user.id, 0, 10);
    expect(events.map((e) => e.data)).toEqual([{ date: '2026-01-01' }, { date: '2026-01-02' }]);
  });

  it('writes nothing when its transaction rolls back', async () => {
    const user = await signUp(t);
    await expect(
      t.database.db.transaction(async (tx) => {
        const batch = new WriteBatch(user.id);
        batch.write(counter(user.id, 'test:a', 1));
        batch.publish({ type: 'plan_changed', data: { date: '2026-01-01' } });
        await batch.flush(tx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await counterValue(user.id, 'test:a')).toBeNull();
    expect(await eventsSince(t.database.db, user.id, 0, 10)).toEqual([]);
  });

  it('fails as a whole when one part fails, leaving nothing of the others', async () => {
    const user = await signUp(t);
    const broken = sql`insert into ${user_counters} (user_id, key, value) values (${user.id}, null, 1)`;
    await expect(
      t.database.db.transaction(async (tx) => {
        const batch = new WriteBatch(user.id);
        batch.write(counter(user.id, 'test:a', 1), broken);
        await batch.flush(tx);
      }),
    ).rejects.toThrow();
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${user_counters} where user_id = ${user.id}`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
