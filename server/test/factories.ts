import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RoleName } from '#common/permissions';
import { roles, sessions, user_roles } from '../modules/auth/auth.tables';
import { users } from '../modules/user/user.tables';
import { cookieName, hashToken, newToken, SESSION_COOKIE } from '../platform/session';
import type { TestApp } from './harness';

export interface TestUser {
  id: string;
  /** The `Cookie` header value carrying the user's session. */
  cookie: string;
  /** `app.inject` as this user: adds the session cookie, and the public Origin on writes. */
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface SignUpOptions {
  name?: string;
  email?: string;
  /** Accept the current terms and confirm age (default true), so business routes answer. */
  acceptTerms?: boolean;
  /** Roles beyond `user`, e.g. `['admin']`. */
  roles?: RoleName[];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Creates a user with the `user` role and a signed-in session, straight in the database (no
 * rate limit, no first-user-becomes-admin rule), as a sign-in would leave them.
 */
export async function signUp(t: TestApp, opts: SignUpOptions = {}): Promise<TestUser> {
  const now = t.clock.now();
  const acceptTerms = opts.acceptTerms ?? true;
  const { termsVersion } = t.config.auth;
  const id = await t.database.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: opts.name ?? `Test user ${randomUUID().slice(0, 8)}`,
        email: opts.email?.toLowerCase() ?? null,
        age_verified: acceptTerms,
        tos_version: acceptTerms ? termsVersion : null,
        tos_accepted_at: acceptTerms ? now : null,
      })
      .returning({ id: users.id });
    if (!user) throw new Error('could not create the test user');
    const wanted = ['user', ...(opts.roles ?? [])];
    const rows = await tx.select({ id: roles.id }).from(roles).where(inArray(roles.name, wanted));
    if (rows.length !== new Set(wanted).size) throw new Error(`unknown role in ${wanted.join(', ')}`);
    await tx.insert(user_roles).values(rows.map((r) => ({ user_id: user.id, role_id: r.id, granted_at: now })));
    return user.id;
  });
  return signInAgain(t, id);
}

/** Another signed-in session of an existing user (a second device). */
export async function signInAgain(t: TestApp, userId: string): Promise<TestUser> {
  const now = t.clock.now();
  const token = newToken();
  const { sessionIdleMs, sessionAbsoluteMs } = t.config.auth;
  await t.database.db.insert(sessions).values({
    user_id: userId,
    token_hash: hashToken(token),
    created_at: now,
    last_activity_at: now,
    expires_at: new Date(now.getTime() + Math.min(sessionIdleMs, sessionAbsoluteMs)),
    absolute_expires_at: new Date(now.getTime() + sessionAbsoluteMs),
    ip_address: '127.0.0.1',
    user_agent: 'lightMyRequest',
  });
  return asUser(t, userId, `${cookieName(t.config, SESSION_COOKIE)}=${token}`);
}

/** A TestUser for a session cookie obtained some other way (e.g. through a sign-in endpoint). */
export function asUser(t: TestApp, id: string, cookie: string): TestUser {
  return {
    id,
    cookie,
    inject(opts) {
      const headers = { ...(opts.headers ?? {}) } as Record<string, string | string[] | undefined>;
      const existing = headers.cookie;
      headers.cookie = existing ? `${existing}; ${cookie}` : cookie;
      if (UNSAFE.has(String(opts.method ?? 'GET').toUpperCase()) && headers.origin === undefined) {
        headers.origin = t.config.publicOrigin;
      }
      return t.app.inject({ ...opts, headers } as InjectOptions);
    },
  };
}

/** Marks the user disabled (as an admin would). */
export async function disableUser(t: TestApp, id: string): Promise<void> {
  await t.database.db.update(users).set({ disabled_at: t.clock.now() }).where(eq(users.id, id));
}
