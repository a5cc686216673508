import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { signUp } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';
import { EventHub, type EventSink } from './event-hub';
import { type EventRow, publish } from './events';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A sink that records what it gets. */
function recorder() {
  const rows: EventRow[] = [];
  const resyncs: number[] = [];
  let closed = false;
  const sink: EventSink = {
    send: (batch) => rows.push(...batch),
    resync: (id) => resyncs.push(id),
    close: () => {
      closed = true;
    },
  };
  return { sink, rows, resyncs, isClosed: () => closed };
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const plan = (date: string) => ({ date });
const publishCommitted = (userId: string, date: string) =>
  t.database.db.transaction((tx) => publish(tx, userId, 'plan_changed', plan(date)));

describe('publish', () => {
  it('delivers nothing for a transaction that rolls back, and only after commit otherwise', async () => {
    const a = await signUp(t);
    const got = recorder();
    const off = await t.app.deps.events.connect(a.id, null, got.sink);

    await expect(
      t.database.db.transaction(async (tx) => {
        await publish(tx, a.id, 'plan_changed', plan('2026-01-01'));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');

    await t.database.db.transaction(async (tx) => {
      await publish(tx, a.id, 'plan_changed', plan('2026-01-02'));
      await sleep(100);
      // Still inside the transaction: nothing may have been delivered yet.
      expect(got.rows).toEqual([]);
    });
    await until(() => got.rows.length > 0, 'the committed event');
    await sleep(50);
    expect(got.rows.map((r) => r.data)).toEqual([plan('2026-01-02')]);
    off();
  });

  it("reaches the user's subscribers and not another user's", async () => {
    const [a, b] = [await signUp(t), await signUp(t)];
    const [a1, a2, b1] = [recorder(), recorder(), recorder()];
    const offs = [
      await t.app.deps.events.connect(a.id, null, a1.sink),
      await t.app.deps.events.connect(a.id, null, a2.sink),
      await t.app.deps.events.connect(b.id, null, b1.sink),
    ];
    await publishCommitted(a.id, '2026-02-01');
    await publishCommitted(b.id, '2026-02-02');
    await until(() => a1.rows.length === 1 && a2.rows.length === 1 && b1.rows.length === 1, 'one event each');
    expect(a1.rows[0]).toMatchObject({ user_id: a.id, type: 'plan_changed', data: plan('2026-02-01') });
    expect(a2.rows[0]?.id).toBe(a1.rows[0]?.id);
    expect(b1.rows[0]).toMatchObject({ user_id: b.id, data: plan('2026-02-02') });
    for (const off of offs) off();
    expect(t.app.deps.events.connectionCount(a.id)).toBe(0);
  });

  it('rejects a payload that does not match its contract', async () => {
    const a = await signUp(t);
    await expect(
      t.database.db.transaction((tx) => publish(tx, a.id, 'plan_changed', { date: 'tomorrow' })),
    ).rejects.toThrow();
    await expect(
      t.database.db.transaction((tx) => publish(tx, a.id, 'level_up', { level: 0, previous_level: 0 })),
    ).rejects.toThrow();
  });
});

describe('replay after a reconnect', () => {
  it('sends the events after the last event id in order, then continues live without duplicates', async () => {
    const a = await signUp(t);
    const ids: number[] = [];
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) ids.push(await publishCommitted(a.id, day));
    const got = recorder();
    const off = await t.app.deps.events.connect(a.id, ids[0] as number, got.sink);
    expect(got.rows.map((r) => r.id)).toEqual(ids.slice(1));

    const live = await publishCommitted(a.id, '2026-03-04');
    await until(() => got.rows.length === 3, 'the live event');
    await sleep(50);
    expect(got.rows.map((r) => r.id)).toEqual([...ids.slice(1), live]);
    off();
  });

  it('does not send an event twice when it commits while the replay runs', async () => {
    const a = await signUp(t);
    const first = await publishCommitted(a.id, '2026-04-01');
    const got = recorder();
    // Publish concurrently with the connection so the row is both replayed and notified.
    const [off] = await Promise.all([
      t.app.deps.events.connect(a.id, first, got.sink),
      publishCommitted(a.id, '2026-04-02'),
    ]);
    const last = await publishCommitted(a.id, '2026-04-03');
    await until(() => got.rows.some((r) => r.id === last), 'the last event');
    await sleep(50);
    const ids = got.rows.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toHaveLength(2);
    off();
  });

  it('answers a resync when more events were missed than the replay limit', async () => {
    const hub = new EventHub(t.database, { replayLimit: 2 });
    try {
      const a = await signUp(t);
      const start = await publishCommitted(a.id, '2026-05-01');
      for (const day of ['2026-05-02', '2026-05-03']) await publishCommitted(a.id, day);
      const newest = await publishCommitted(a.id, '2026-05-04');
      const got = recorder();
      await hub.connect(a.id, start, got.sink);
      expect(got.resyncs).toEqual([newest]);
      expect(got.rows).toEqual([]);
      const live = await publishCommitted(a.id, '2026-05-05');
      await until(() => got.rows.length === 1, 'the live event');
      expect(got.rows[0]?.id).toBe(live);
    } finally {
      await hub.close();
    }
  });

  it('answers a resync when the last event id was pruned, and replays from 0', async () => {
    const a = await signUp(t);
    const old = await publishCommitted(a.id, '2026-06-01');
    const kept = await publishCommitted(a.id, '2026-06-02');
    await queryRows(
      t.database.db,
      sql`update realtime_events set created_at = now() - interval '25 hours' where id = ${old}`,
    );
    expect(await t.app.deps.events.prune()).toBeGreaterThanOrEqual(1);
    const ids = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from realtime_events where user_id = ${a.id} order by id`,
    );
    expect(ids.map((r) => Number(r.id))).toEqual([kept]);

    const afterPrune = recorder();
    const off1 = await t.app.deps.events.connect(a.id, old, afterPrune.sink);
    expect(afterPrune.resyncs).toEqual([kept]);
    const fromStart = recorder();
    const off2 = await t.app.deps.events.connect(a.id, 0, fromStart.sink);
    expect(fromStart.rows.map((r) => r.id)).toEqual([kept]);
    off1();
    off2();
  });
});

describe('the hub', () => {
  it('limits how many streams one user opens', async () => {
    const hub = new EventHub(t.database, { maxConnectionsPerUser: 2 });
    try {
      const a = await signUp(t);
      await hub.connect(a.id, null, recorder().sink);
      await hub.connect(a.id, null, recorder().sink);
      await expect(hub.connect(a.id, null, recorder().sink)).rejects.toMatchObject({ status: 429 });
    } finally {
      await hub.close();
    }
  });

  it('closes every stream when it shuts down and refuses new ones', async () => {
    const hub = new EventHub(t.database);
    const a = await signUp(t);
    const got = recorder();
    await hub.connect(a.id, null, got.sink);
    await hub.close();
    expect(got.isClosed()).toBe(true);
    expect(hub.connectionCount(a.id)).toBe(0);
    await expect(hub.connect(a.id, null, recorder().sink)).rejects.toMatchObject({
      status: 503,
      headers: { 'retry-after': '5' },
    });
  });
});
