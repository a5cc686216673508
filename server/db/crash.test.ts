import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitViolations } from '../test/invariants';
import { freePort } from '../test/net';
import { openDatabase, queryRows } from './client';

/**
 * The embedded database survives the process being killed mid-write: Cadence runs as its own
 * process on a PGlite DATA_DIR, is sent SIGKILL while writes are in flight, and is started again
 * on the same folder. Every write it acknowledged is there; none it did not finish is half there.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One run of `server/main.ts` on the test's DATA_DIR. */
class Server {
  private child: ChildProcess | undefined;
  output = '';
  constructor(
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/main.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATA_DIR: this.dataDir,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        PUBLIC_URL: this.origin,
        WEB_DIST: '/nonexistent',
        AUTH_LOCAL: 'true',
        RATE_LIMIT_AUTH: '1000',
        RATE_LIMIT_WRITE: '100000',
        RATE_LIMIT_READ: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const child = this.child;
    child.stdout?.on('data', (d) => {
      this.output += d;
    });
    child.stderr?.on('data', (d) => {
      this.output += d;
    });
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      if (child.exitCode !== null) throw new Error(`Cadence exited (${child.exitCode}):\n${this.output}`);
      const up = await fetch(`${this.origin}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (up) return;
      await sleep(100);
    }
    throw new Error(`Cadence did not start within 30 s:\n${this.output}`);
  }

  private exited(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => child.once('exit', () => resolve()));
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    this.child?.kill(signal);
    await this.exited();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the API's JSON answers, read as the assertions need them
type Json = any;

interface Item {
  kind: 'habit' | 'focus';
  id?: string;
  /** What the last acknowledged write left. */
  acked: string | null;
  /** A write sent and not answered (in flight when the process died): either outcome is fine. */
  pending: string | null;
}

describe('the embedded database killed mid-write', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-crash-'));
  let server: Server;

  beforeAll(async () => {
    server = new Server(dir, await freePort());
    await server.start();
  }, 60_000);

  afterAll(async () => {
    await server?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and no half of an unfinished one after SIGKILL and a restart', async () => {
    const origin = server.origin;
    let cookie = '';
    const call = async (method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> => {
      const res = await fetch(`${origin}${url}`, {
        method,
        headers: {
          cookie,
          ...(method === 'GET' ? {} : { origin }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('cadence_session='));
      if (setCookie) cookie = setCookie.split(';')[0] as string;
      return { status: res.status, body: res.status === 204 ? null : await res.json() };
    };

    const signIn = await call('POST', '/api/auth/local', { name: 'Crash test' });
    expect(signIn.status).toBe(200);
    const terms = await call('POST', '/api/auth/accept-terms', { version: signIn.body.data.terms_version });
    expect(terms.status).toBe(200);
    expect((await call('POST', '/api/auth/verify-age', { is_13_or_older: true })).status).toBe(200);

    const items: Item[] = [];
    let running = true;
    let acknowledged = 0;
    /** Sends one write for `item` that would leave it `next`; records the outcome. */
    async function write(item: Item, next: string, method: string, url: string, body?: unknown) {
      item.pending = next;
      const res = await call(method, url, body);
      if (res.status >= 200 && res.status < 300) {
        item.acked = next;
        acknowledged++;
      }
      item.pending = null;
      return res;
    }

    /** Creates habits, completes them, undoes every third: each habit's writes one after another. */
    async function habitWorker(n: number): Promise<void> {
      for (let i = 0; running; i++) {
        const item: Item = { kind: 'habit', acked: null, pending: null };
        items.push(item);
        const created = await write(item, `created:${n}-${i}`, 'POST', '/api/habits', { name: `Habit ${n}-${i}` });
        if (created.status !== 201) throw new Error(`habit not created: ${JSON.stringify(created.body)}`);
        item.id = created.body.data.id;
        item.acked = 'open';
        const done = await write(item, 'done', 'POST', `/api/habits/${item.id}/complete`, {});
        const day = done.body?.data?.log?.log_date;
        if (i % 3 === 0 && day) await write(item, 'open', 'DELETE', `/api/habits/${item.id}/logs/${day}`);
      }
    }

    /** Starts a focus session and abandons it, over and over. */
    async function focusWorker(): Promise<void> {
      while (running) {
        const item: Item = { kind: 'focus', acked: null, pending: null };
        items.push(item);
        const started = await write(item, 'active', 'POST', '/api/focus', { mode: 'focus', duration_seconds: 1500 });
        if (started.status !== 201) throw new Error(`focus not started: ${JSON.stringify(started.body)}`);
        item.id = started.body.data.id;
        await write(item, 'abandoned', 'POST', `/api/focus/${item.id}/abandon`);
      }
    }

    // Workers end with the process: their requests fail once it is killed.
    let killed = false;
    const failures: unknown[] = [];
    const load = [habitWorker(0), habitWorker(1), habitWorker(2), focusWorker()].map((w) =>
      w.catch((err) => {
        if (!killed) failures.push(err);
      }),
    );
    while (acknowledged < 60 && failures.length === 0) await sleep(20);
    expect(failures).toEqual([]);
    const inFlight = items.filter((i) => i.pending !== null).length;
    killed = true;
    await server.kill('SIGKILL');
    running = false;
    await Promise.all(load);
    expect(inFlight).toBeGreaterThan(0);

    const restartedAt = Date.now();
    await server.start();
    const restartSeconds = (Date.now() - restartedAt) / 1000;

    // Through the API: the session survived, and every acknowledged habit is there as it was left.
    const habits = await call('GET', '/api/habits?limit=200');
    expect(habits.status).toBe(200);
    const listed = new Map<string, { completed_today: boolean }>(
      habits.body.data.map((h: { id: string; completed_today: boolean }) => [h.id, h]),
    );
    for (const item of items.filter((i) => i.kind === 'habit' && i.id && i.acked !== null)) {
      const habit = listed.get(item.id as string);
      expect(habit, `habit ${item.id} was acknowledged`).toBeDefined();
      const possible = [item.acked, item.pending].filter(Boolean);
      expect(possible).toContain(habit?.completed_today ? 'done' : 'open');
    }
    // It takes writes again.
    const after = await call('POST', '/api/habits', { name: 'After the crash' });
    expect(after.status).toBe(201);
    await server.kill('SIGTERM');

    // In the database: wallets and progress equal the ledger; each unit whole or absent.
    const database = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
    try {
      const focus = new Map(
        (await queryRows<{ id: string; status: string }>(database.db, sql`select id, status from focus_sessions`)).map(
          (r) => [r.id, r.status],
        ),
      );
      for (const item of items.filter((i) => i.kind === 'focus' && i.id)) {
        expect([item.acked, item.pending]).toContain(focus.get(item.id as string));
      }
      const userIds = (await queryRows<{ id: string }>(database.db, sql`select id from users`)).map((u) => u.id);
      const checks = await unitViolations(database.db, userIds);
      for (const [name, violations] of checks) expect(violations, name).toEqual([]);
      const figures = {
        acknowledged_writes: acknowledged,
        in_flight_at_kill: inFlight,
        habits: items.filter((i) => i.kind === 'habit').length,
        focus_sessions: focus.size,
        restart_seconds: +restartSeconds.toFixed(2),
        invariants_checked: checks.length + 2,
      };
      console.log(`embedded crash: ${JSON.stringify(figures)}`);
    } finally {
      await database.close();
    }
  }, 90_000);
});
