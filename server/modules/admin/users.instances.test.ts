import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAgain, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

/**
 * Two app instances on one PostgreSQL server, as behind a load balancer: an account disabled
 * through one ends its sessions on the other within a second (each instance keeps the sessions
 * it served in memory and hears from the database when they end).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'disabling a user across instances (skipped without TEST_DATABASE_URL)',
  () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      a = await createTestApp();
      b = await createTestApp({ clock: a.clock });
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    const onB = (user: TestUser): TestUser => ({
      ...user,
      inject: (opts) => b.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie: user.cookie } }),
    });

    it('ends every session of a disabled user on the other instance within a second', async () => {
      const admin = await signUp(a, { roles: ['admin'] });
      const laptop = onB(await signUp(a));
      const phone = onB(await signInAgain(a, laptop.id));
      // Both sessions are in instance B's memory before the change.
      for (const user of [laptop, phone]) {
        for (let i = 0; i < 2; i++)
          expect((await user.inject({ method: 'GET', url: '/api/habits' })).statusCode).toBe(200);
      }

      const disabled = await admin.inject({ method: 'POST', url: `/api/admin/users/${laptop.id}/disable` });
      expect(disabled.statusCode, disabled.body).toBe(200);
      const started = Date.now();
      for (const user of [laptop, phone]) {
        await expect
          .poll(async () => (await user.inject({ method: 'GET', url: '/api/habits' })).statusCode, {
            timeout: 1000,
            interval: 10,
          })
          .toBe(401);
      }
      expect(Date.now() - started).toBeLessThan(1000);
    });
  },
);
