import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';
import { unitViolations } from '../test/invariants';
import { freePort } from '../test/net';
import { listen, openSse, type SseClient } from '../test/sse';
import { type Database, openDatabase, queryRows } from './client';
import { migrate } from './migrate';
import { seedCatalogue } from './seed';

/**
 * The database server goes away under load and comes back: requests meanwhile answer 503 with
 * `Retry-After`, the health check says so, nothing crashes, the app recovers by itself, and no
 * write is half-applied. It runs its own PostgreSQL cluster (never the suite's server), which
 * needs the PostgreSQL binaries and root (initdb runs as `postgres`).
 */
function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

const bin = pgBin();
const skipReason = !process.env.TEST_DATABASE_URL
  ? 'runs only in the PostgreSQL suite (TEST_DATABASE_URL unset)'
  : !bin
    ? 'no initdb under /usr/lib/postgresql'
    : process.getuid?.() !== 0
      ? 'needs root to run initdb as the postgres user'
      : null;

if (skipReason) console.warn(`database outage test skipped: ${skipReason}`);

const OUTAGE_MS = 3000;
const USERS = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PostgreSQL cluster of the test's own, in a temporary folder owned by `postgres`. */
class Cluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-outage-'));
  readonly data = path.join(this.dir, 'data');
  port = 0;
  constructor(private readonly binDir: string) {
    fs.chmodSync(this.dir, 0o700);
    execFileSync('chown', ['postgres:postgres', this.dir]);
  }
  private run(tool: string, args: string[]): void {
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(this.binDir, tool), ...args], { stdio: 'pipe' });
  }
  async init(): Promise<void> {
    this.port = await freePort();
    this.run('initdb', [
      '-D',
      this.data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-instructions',
    ]);
    this.start();
  }
  start(): void {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
    this.run('pg_ctl', ['-D', this.data, '-l', path.join(this.dir, 'log'), '-o', opts, '-w', '-t', '30', 'start']);
  }
  /** Stops the server the hard way: backends die without a goodbye, as in a crash. */
  stop(mode: 'fast' | 'immediate' = 'immediate'): void {
    this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', 'stop']);
  }
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  destroy(): void {
    try {
      if (fs.existsSync(path.join(this.data, 'postmaster.pid'))) this.stop('immediate');
    } catch {
      // Already down.
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

interface Sample {
  at: number;
  op: string;
  status: number;
  code?: string;
  requestId?: string;
  retryAfter?: string;
}

describe.skipIf(skipReason)(`a PostgreSQL outage under load${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let cluster: Cluster;
  let database: Database;
  let t: TestApp;
  let base: string;
  let closed = false;

  beforeAll(async () => {
    cluster = new Cluster(bin as string);
    // Even if the run is cut short, the cluster does not outlive it.
    process.once('exit', () => cluster.destroy());
    await cluster.init();
    const setup = await openDatabase({ kind: 'postgres', url: cluster.url, poolSize: 2 });
    await migrate(setup);
    await seedCatalogue(setup);
    await setup.close();
    database = await openDatabase({ kind: 'postgres', url: cluster.url, poolSize: 5 });
    // The load is bounded by time, not count: limits high enough that none of it is refused.
    t = await createTestApp({ database, env: { RATE_LIMIT_WRITE: '100000', RATE_LIMIT_READ: '100000' } });
    base = await listen(t.app);
  }, 60_000);

  afterAll(async () => {
    try {
      // Bounded: a close that hangs must not keep the cluster running.
      const close = async () => {
        await t?.close();
        await database?.close();
      };
      if (!closed) await Promise.race([close(), sleep(10_000)]);
    } finally {
      cluster?.destroy();
    }
  });

  it('answers 503 with Retry-After while the database is down, recovers by itself, and loses or half-applies nothing', async () => {
    const users: TestUser[] = [];
    const habits: string[] = [];
    let today = '';
    for (let i = 0; i < USERS; i++) {
      const user = await signUp(t);
      const res = await user.inject({ method: 'POST', url: '/api/habits', payload: { name: `Habit ${i}` } });
      expect(res.statusCode).toBe(201);
      users.push(user);
      habits.push(res.json().data.id);
    }

    // Every user's event stream is open before the outage.
    const streams: SseClient[] = [];
    for (const user of users) {
      const stream = await openSse(`${base}/api/events`, { cookie: user.cookie });
      expect(stream.status).toBe(200);
      await stream.waitForComment('connected');
      streams.push(stream);
    }

    const samples: Sample[] = [];
    let running = true;
    const record = (op: string, res: Awaited<ReturnType<TestUser['inject']>>) => {
      const sample: Sample = { at: Date.now(), op, status: res.statusCode };
      if (res.statusCode >= 400) {
        const body = res.json();
        sample.code = body.error?.code;
        sample.requestId = body.error?.request_id;
        sample.retryAfter = res.headers['retry-after'] as string | undefined;
      }
      samples.push(sample);
      return res;
    };

    /** One user's requests, one at a time: reads, habit completion and undo, focus start and abandon. */
    async function drive(user: TestUser, habitId: string, seed: number): Promise<void> {
      let focusId: string | null = null;
      for (let n = seed; running; n++) {
        switch (n % 6) {
          case 0:
            record('today', await user.inject({ method: 'GET', url: '/api/today' }));
            break;
          case 1:
            record('user', await user.inject({ method: 'GET', url: '/api/user' }));
            break;
          case 2: {
            const res = record(
              'complete',
              await user.inject({ method: 'POST', url: `/api/habits/${habitId}/complete`, payload: {} }),
            );
            if (res.statusCode === 200) today = res.json().data.log.log_date;
            break;
          }
          case 3:
            if (today)
              record('undo', await user.inject({ method: 'DELETE', url: `/api/habits/${habitId}/logs/${today}` }));
            break;
          case 4: {
            const res = record(
              'focus_start',
              await user.inject({
                method: 'POST',
                url: '/api/focus',
                payload: { mode: 'focus', duration_seconds: 1500 },
              }),
            );
            if (res.statusCode === 201) focusId = res.json().data.id;
            else if (res.statusCode === 409)
              focusId = (await user.inject({ method: 'GET', url: '/api/focus/active' })).json().data?.id ?? null;
            break;
          }
          case 5:
            if (focusId) {
              const res = record(
                'focus_abandon',
                await user.inject({ method: 'POST', url: `/api/focus/${focusId}/abandon` }),
              );
              if (res.statusCode < 300 || res.statusCode === 404 || res.statusCode === 409) focusId = null;
            }
            break;
        }
        await sleep(10);
      }
    }

    const health = async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      return { status: res.statusCode, database: res.json().data.database.status as string };
    };

    const load = users.map((user, i) => drive(user, habits[i] as string, i));
    await sleep(1500);

    cluster.stop('immediate');
    const downAt = Date.now();
    await sleep(300);
    const healthDown = await health();
    await sleep(OUTAGE_MS - 300);
    const healthDownLate = await health();
    const upAt = Date.now();
    cluster.start();
    const startedAt = Date.now();

    // Recovered: the health check answers 200 and every kind of request succeeds again.
    let recoveredAt = 0;
    while (Date.now() - startedAt < 20_000) {
      const h = await health();
      const recent = samples.filter((s) => s.at > Date.now() - 300);
      if (h.status === 200 && recent.length > 0 && recent.every((s) => s.status < 500)) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(50);
    }
    await sleep(1500);
    running = false;
    await Promise.all(load);

    expect(healthDown).toEqual({ status: 503, database: 'unreachable' });
    expect(healthDownLate).toEqual({ status: 503, database: 'unreachable' });
    expect(recoveredAt, 'the app did not recover within 20 s').toBeGreaterThan(0);
    expect(await health()).toEqual({ status: 200, database: 'ok' });

    // Requests during the outage: 503 `unavailable` with the envelope and Retry-After; never another 5xx.
    const during = samples.filter((s) => s.at > downAt + 100 && s.at < upAt);
    const failed = samples.filter((s) => s.status >= 500);
    expect(during.length).toBeGreaterThan(20);
    expect(during.every((s) => s.status === 503)).toBe(true);
    expect(failed.length).toBeGreaterThan(0);
    for (const s of failed) {
      expect(s).toMatchObject({ status: 503, code: 'unavailable', retryAfter: expect.stringMatching(/^\d+$/) });
      expect(s.requestId).toBeTruthy();
    }
    // Before and after, writes went through.
    const after = samples.filter((s) => s.at > recoveredAt);
    for (const op of ['today', 'user', 'complete', 'focus_start']) {
      expect(
        after.some((s) => s.op === op && s.status < 300),
        `no successful ${op} after recovery`,
      ).toBe(true);
    }

    // The listener reconnected by itself and ended every stream, so clients replay what they missed.
    await Promise.all(streams.map((s) => s.ended));
    let replayed = 0;
    for (const [i, stream] of streams.entries()) {
      const last = stream.messages.at(-1)?.id ?? '0';
      const again = await openSse(`${base}/api/events`, {
        cookie: (users[i] as TestUser).cookie,
        'last-event-id': last,
      });
      expect(again.status).toBe(200);
      await again.waitForComment('connected');
      const rows = await queryRows<{ id: string }>(
        database.db,
        sql`select id from realtime_events where user_id = ${users[i]?.id} and id > ${Number(last)} order by id`,
      );
      // Wait for what committed after the replay position to be delivered (replay or live).
      await again.waitFor((m) => m.id === rows.at(-1)?.id || rows.length === 0, 5000);
      replayed += rows.length;
      const delivered = new Set([...stream.messages, ...again.messages].map((m) => m.id).filter(Boolean));
      const all = await queryRows<{ id: string }>(
        database.db,
        sql`select id from realtime_events where user_id = ${users[i]?.id} order by id`,
      );
      // Nothing delivered that did not commit, nothing committed that was not delivered.
      expect([...delivered].sort()).toEqual(all.map((r) => String(r.id)).sort());
      // And the listener is live again: a new change arrives as it commits.
      const user = users[i] as TestUser;
      const active = (await user.inject({ method: 'GET', url: '/api/focus/active' })).json().data;
      if (active) await user.inject({ method: 'POST', url: `/api/focus/${active.id}/abandon` });
      const started = await user.inject({
        method: 'POST',
        url: '/api/focus',
        payload: { mode: 'focus', duration_seconds: 600 },
      });
      expect(started.statusCode).toBe(201);
      await again.waitFor((m) => m.event === 'focus_state' && m.data?.includes(started.json().data.id) === true);
      again.close();
    }

    // Invariants: wallets and progress equal their ledger; no half-applied unit.
    const ids = users.map((u) => u.id);
    const checks = [
      ...(await unitViolations(database.db, ids)),
      [
        'a perfect day is paid exactly when the only habit is done',
        await queryRows(
          database.db,
          sql`select h.user_id from habits h
                left join habit_logs g on g.habit_id = h.id and g.completed_at is not null
                left join (select user_id, sum(xp)::int x from points_ledger where event_type = 'perfect_habit_day' group by user_id) l on l.user_id = h.user_id
                where h.user_id in ${ids} and (coalesce(l.x, 0) > 0) <> (g.id is not null)`,
        ),
      ] as [string, unknown[]],
    ];
    for (const [name, violations] of checks) expect(violations, name).toEqual([]);

    // Every connection came back to the pool: more transactions at once than it holds all
    // succeed, and closing it (which waits for every connection) finishes.
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (users[i % USERS] as TestUser).inject({
          method: 'POST',
          url: `/api/habits/${habits[i % USERS]}/complete`,
          payload: {},
        }),
      ),
    );
    expect(burst.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    closed = true;
    await t.close();
    const done = await Promise.race([database.close().then(() => true), sleep(5000).then(() => false)]);
    expect(done, 'a connection was never given back to the pool').toBe(true);

    const writes = samples.filter((s) => !['today', 'user'].includes(s.op));
    const figures = {
      requests: samples.length,
      writes_ok: writes.filter((s) => s.status < 300).length,
      during_outage: during.length,
      answered_503: failed.length,
      other_5xx: samples.filter((s) => s.status >= 500 && s.status !== 503).length,
      outage_seconds: +((upAt - downAt) / 1000).toFixed(1),
      seconds_to_recover: +((recoveredAt - startedAt) / 1000).toFixed(2),
      ok_during_outage: during.filter((s) => s.status < 300).length,
      events_replayed_after_reconnect: replayed,
      invariants_checked: checks.length + 1,
    };
    console.log(`database outage: ${JSON.stringify(figures)}`);
  }, 60_000);
});
