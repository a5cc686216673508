import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/client';
import { EventHub } from '../../platform/event-hub';
import { publish } from '../../platform/events';
import { signUp } from '../../test/factories';
import { clonePostgresDatabase, createTestApp, type TestApp } from '../../test/harness';
import { listen, openSse, type SseMessage } from '../../test/sse';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = await listen(t.app);
});
afterAll(() => t.close());

const publishFor = (app: TestApp, userId: string, date: string) =>
  app.database.db.transaction((tx) => publish(tx, userId, 'plan_changed', { date }));
const dateOf = (m: SseMessage) => JSON.parse(m.data ?? '{}').data?.date;

describe('GET /api/events', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/events' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('rejects a malformed Last-Event-ID with 400', async () => {
    const user = await signUp(t);
    const res = await user.inject({ method: 'GET', url: '/api/events', headers: { 'last-event-id': 'abc' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('streams the user’s events as id/event/data messages with the platform headers', async () => {
    const user = await signUp(t);
    const sse = await openSse(`${base}/api/events`, { cookie: user.cookie });
    expect(sse.status).toBe(200);
    expect(sse.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(sse.headers['cache-control']).toContain('no-cache');
    expect(sse.headers['x-request-id']).toBeTruthy();
    expect(sse.headers['x-content-type-options']).toBe('nosniff');
    await sse.waitForComment('connected');

    const id = await publishFor(t, user.id, '2026-07-01');
    const message = await sse.waitFor((m) => m.event === 'plan_changed');
    expect(message.id).toBe(String(id));
    expect(JSON.parse(message.data ?? '')).toMatchObject({
      id: String(id),
      type: 'plan_changed',
      data: { date: '2026-07-01' },
      created_at: expect.stringMatching(/Z$/),
    });
    sse.close();
  });

  it('does not stream another user’s events', async () => {
    const [a, b] = [await signUp(t), await signUp(t)];
    const sseB = await openSse(`${base}/api/events`, { cookie: b.cookie });
    await sseB.waitForComment('connected');
    await publishFor(t, a.id, '2026-07-02');
    await publishFor(t, b.id, '2026-07-03');
    await sseB.waitFor((m) => m.event === 'plan_changed');
    expect(sseB.messages.filter((m) => m.event === 'plan_changed').map(dateOf)).toEqual(['2026-07-03']);
    sseB.close();
  });

  it('replays after Last-Event-ID, then continues live without gaps or duplicates', async () => {
    const user = await signUp(t);
    const first = await publishFor(t, user.id, '2026-08-01');
    await publishFor(t, user.id, '2026-08-02');
    await publishFor(t, user.id, '2026-08-03');
    const sse = await openSse(`${base}/api/events`, { cookie: user.cookie, 'last-event-id': String(first) });
    await sse.waitForComment('connected');
    await publishFor(t, user.id, '2026-08-04');
    await sse.waitFor((m) => dateOf(m) === '2026-08-04');
    const events = sse.messages.filter((m) => m.event === 'plan_changed');
    expect(events.map(dateOf)).toEqual(['2026-08-02', '2026-08-03', '2026-08-04']);
    const ids = events.map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    sse.close();
  });

  it('forgets the stream when the client disconnects', async () => {
    const user = await signUp(t);
    const sse = await openSse(`${base}/api/events`, { cookie: user.cookie });
    await sse.waitForComment('connected');
    expect(t.app.deps.events.connectionCount(user.id)).toBe(1);
    sse.close();
    const deadline = Date.now() + 5000;
    while (t.app.deps.events.connectionCount(user.id) > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(t.app.deps.events.connectionCount(user.id)).toBe(0);
  });
});

describe('GET /api/events heartbeat and shutdown', () => {
  it('sends heartbeat comments and ends open streams when the app closes', async () => {
    // A second app on the same database, with a fast heartbeat.
    const database = t.database;
    const app = await buildApp({
      config: t.config,
      database,
      clock: t.clock,
      logger: false,
      events: new EventHub(database, { heartbeatMs: 50 }),
    });
    try {
      const url = await listen(app);
      const user = await signUp({ ...t, app, database });
      const sse = await openSse(`${url}/api/events`, { cookie: user.cookie });
      await sse.waitForComment('ping');
      await app.close();
      await sse.ended;
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'GET /api/events on a PostgreSQL server (skipped without TEST_DATABASE_URL: needs a real server and LISTEN connection)',
  () => {
    it('delivers an event published through instance A to a client connected to instance B', async () => {
      const a = await createTestApp();
      const b = await createTestApp();
      try {
        const urlB = await listen(b.app);
        const user = await signUp(a);
        const sse = await openSse(`${urlB}/api/events`, { cookie: user.cookie });
        await sse.waitForComment('connected');
        await publishFor(a, user.id, '2026-09-01');
        const message = await sse.waitFor((m) => m.event === 'plan_changed');
        expect(dateOf(message)).toBe('2026-09-01');
        sse.close();
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('ends the streams when the listening connection comes back, so clients replay what it missed', async () => {
      // A database of its own, so terminating its LISTEN connection disturbs no other test.
      const url = await clonePostgresDatabase();
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      const app = await createTestApp({ database });
      try {
        const base = await listen(app.app);
        const user = await signUp(app);
        const before = await publishFor(app, user.id, '2026-10-01');
        const sse = await openSse(`${base}/api/events`, { cookie: user.cookie, 'last-event-id': String(before - 1) });
        await sse.waitFor((m) => m.id === String(before));

        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query ilike 'listen%'`,
          [name],
        );
        await publishFor(app, user.id, '2026-10-02');
        await sse.ended;

        const again = await openSse(`${base}/api/events`, { cookie: user.cookie, 'last-event-id': String(before) });
        expect(dateOf(await again.waitFor((m) => m.event === 'plan_changed'))).toBe('2026-10-02');
        again.close();
      } finally {
        await app.close();
        await database.close();
        await admin.end();
      }
    });
  },
);
