import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryObserver } from '../../db/client';
import { signInAgain, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp, testDatabaseUrl } from '../../test/harness';
import { users } from '../user/user.tables';
import { grantRole } from './auth.repo';
import { user_roles } from './auth.tables';

/**
 * Two app instances on one database, as behind a load balancer: each keeps the sessions it
 * served in memory, and hears from the database when one ends or what it holds changes. On a
 * PostgreSQL server each instance has its own pool and LISTEN connection; the embedded database
 * serves one process, so there the two share it.
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await createTestApp();
  b = process.env.TEST_DATABASE_URL
    ? await createTestApp({ clock: a.clock })
    : await createTestApp({ database: a.database, clock: a.clock });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

/** The same user and cookie, sent to instance B. */
const onB = (user: TestUser): TestUser => ({
  ...user,
  inject: (opts) => b.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie: user.cookie } }),
});

const sessionOf = async (user: TestUser) => {
  const res = await user.inject({ method: 'GET', url: '/api/auth/session' });
  expect(res.statusCode).toBe(200);
  return res.json().data.user as { timezone: string; permissions: string[] } | null;
};

/** Waits, at most a second, for what a request answers to pass `check`. */
async function withinASecond<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 1000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Reads a session on its instance until it is kept in memory: the notifications of the sign-up
 * that made it may reach the instance after its first read, and drop it once.
 */
async function keptOn(user: TestUser): Promise<void> {
  expect(await sessionReadsOf(user)).toBe(1);
  expect(
    await withinASecond(
      () => sessionReadsOf(user),
      (n) => n === 0,
    ),
  ).toBe(0);
}

/** How many statements on the sessions table a request sent. */
async function sessionReadsOf(user: TestUser): Promise<number> {
  let n = 0;
  queryObserver.current = (query) => {
    if (query.includes('"sessions"')) n++;
  };
  try {
    await user.inject({ method: 'GET', url: '/api/auth/session' });
  } finally {
    queryObserver.current = null;
  }
  return n;
}

describe('the session cache', () => {
  it('reads a session once, then answers its requests from memory', async () => {
    const user = onB(await signUp(a));
    await keptOn(user);
    expect(await sessionReadsOf(user)).toBe(0);
    expect(await sessionReadsOf(user)).toBe(0);
  });

  it('reads a session again once its thirty seconds are up', async () => {
    const user = onB(await signUp(a));
    await keptOn(user);
    a.clock.advance(29_000);
    expect(await sessionReadsOf(user)).toBe(0);
    a.clock.advance(1_000);
    expect(await sessionReadsOf(user)).toBe(1);
  });

  it('refuses on instance B, within a second, a session revoked through instance A', async () => {
    const phone = await signUp(a);
    const laptop = await signInAgain(a, phone.id);
    const phoneOnB = onB(phone);
    expect(await sessionOf(phoneOnB)).not.toBeNull();

    const sessions = (await laptop.inject({ method: 'GET', url: '/api/user/sessions' })).json().data as {
      id: string;
      current: boolean;
    }[];
    const phoneSession = sessions.find((s) => !s.current);
    if (!phoneSession) throw new Error('the phone’s session is not listed');
    const revoked = await laptop.inject({ method: 'DELETE', url: `/api/user/sessions/${phoneSession.id}` });
    expect(revoked.statusCode).toBe(204);

    const res = await withinASecond(
      () => phoneOnB.inject({ method: 'GET', url: '/api/habits' }),
      (r) => r.statusCode === 401,
    );
    expect(res.statusCode).toBe(401);
  });

  it('ends on instance B every session signed out everywhere through A', async () => {
    const user = await signUp(a);
    const userOnB = onB(user);
    expect(await sessionOf(userOnB)).not.toBeNull();
    expect((await user.inject({ method: 'POST', url: '/api/auth/signout-all' })).statusCode).toBe(204);
    expect(
      await withinASecond(
        () => sessionOf(userOnB),
        (u) => u === null,
      ),
    ).toBeNull();
  });

  it('shows on instance B, within a second, a time zone changed through A', async () => {
    const user = await signUp(a);
    const userOnB = onB(user);
    expect((await sessionOf(userOnB))?.timezone).toBe('UTC');
    const res = await user.inject({ method: 'PATCH', url: '/api/user', payload: { timezone: 'Asia/Tokyo' } });
    expect(res.statusCode).toBe(200);
    const seen = await withinASecond(
      () => sessionOf(userOnB),
      (u) => u?.timezone === 'Asia/Tokyo',
    );
    expect(seen?.timezone).toBe('Asia/Tokyo');
    // The instance that made the change knows it at once.
    expect((await sessionOf(user))?.timezone).toBe('Asia/Tokyo');
  });

  it('refuses on instance B a user disabled or deleted in the database', async () => {
    const disabled = await signUp(a);
    const deleted = await signUp(a);
    expect(await sessionOf(onB(disabled))).not.toBeNull();
    expect(await sessionOf(onB(deleted))).not.toBeNull();
    await a.database.db.update(users).set({ disabled_at: a.clock.now() }).where(eq(users.id, disabled.id));
    await a.database.db.delete(users).where(eq(users.id, deleted.id));
    expect(
      await withinASecond(
        () => sessionOf(onB(disabled)),
        (u) => u === null,
      ),
    ).toBeNull();
    expect(
      await withinASecond(
        () => sessionOf(onB(deleted)),
        (u) => u === null,
      ),
    ).toBeNull();
  });

  it('shows a role granted in the database within a second, and drops it when its grant expires', async () => {
    const user = await signUp(a);
    const userOnB = onB(user);
    expect((await sessionOf(userOnB))?.permissions).not.toContain('content:moderate');
    await grantRole(a.database.db, user.id, 'moderator', null, a.clock.now());
    const granted = await withinASecond(
      () => sessionOf(userOnB),
      (u) => !!u?.permissions.includes('content:moderate'),
    );
    expect(granted?.permissions).toContain('content:moderate');

    // A grant that runs out changes nothing in the database: the cached session lasts only until then.
    const expires = new Date(a.clock.now().getTime() + 10_000);
    await a.database.db.update(user_roles).set({ expires_at: expires }).where(eq(user_roles.user_id, user.id));
    // Instance B reads the session again once it hears of the change, and from then on knows the expiry.
    expect(
      await withinASecond(
        () => sessionReadsOf(userOnB),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect((await sessionOf(userOnB))?.permissions).toContain('content:moderate');
    a.clock.advance(10_000);
    expect((await sessionOf(userOnB))?.permissions).not.toContain('content:moderate');
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'the session cache when the LISTEN connection drops (skipped without TEST_DATABASE_URL)',
  () => {
    let admin: pg.Client;
    beforeAll(async () => {
      admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
    });
    afterAll(() => admin.end());

    it('reads every session from the database until it hears again, then keeps them again', async () => {
      const onA = await signUp(a);
      const user = onB(onA);
      await keptOn(user);

      const name = new URL((await testDatabaseUrl()) as string).pathname.slice(1);
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query ilike 'listen%'`,
        [name],
      );
      // Flushed as soon as the drop is noticed: the next request reads its session.
      expect(
        await withinASecond(
          () => sessionReadsOf(user),
          (n) => n === 1,
        ),
      ).toBe(1);

      // The connection comes back (a retry a second later) and sessions are kept again…
      const deadline = Date.now() + 5000;
      let reads = 1;
      while (reads !== 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        reads = await sessionReadsOf(user);
      }
      expect(reads).toBe(0);
      // …and changes made through the other instance are heard again.
      expect((await onA.inject({ method: 'POST', url: '/api/auth/signout-all' })).statusCode).toBe(204);
      expect(
        await withinASecond(
          () => sessionOf(user),
          (u) => u === null,
        ),
      ).toBeNull();
    });
  },
);
