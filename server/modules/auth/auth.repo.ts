import { and, eq, lte, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type Fact, fact, param, readFact } from '../../platform/facts';
import {
  accounts,
  authenticators,
  entitlements,
  oauth_states,
  role_entitlements,
  roles,
  user_roles,
  verification_tokens,
} from './auth.tables';

// ── Accounts (sign-in identities) ───────────────────────────────────────────────────────────

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccount(db: DbOrTx, provider: string, subject: string): Promise<AccountRow | null> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.provider_account_id, subject)));
  return row ?? null;
}

export async function insertAccount(
  db: DbOrTx,
  values: {
    user_id: string;
    type: 'oidc' | 'local';
    provider: string;
    provider_account_id: string;
    email: string | null;
  },
): Promise<void> {
  await db.insert(accounts).values(values).onConflictDoNothing();
}

/** Whether the user can sign in some way other than local sign-in: an OIDC identity or a passkey. */
export async function hasOtherSignInMethod(db: DbOrTx, userId: string): Promise<boolean> {
  const [identity] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.user_id, userId), ne(accounts.type, 'local')))
    .limit(1);
  if (identity) return true;
  const [passkey] = await db
    .select({ id: authenticators.id })
    .from(authenticators)
    .where(eq(authenticators.user_id, userId))
    .limit(1);
  return passkey !== undefined;
}

/** Keeps the email the provider last asserted (it may change at the provider). */
export async function updateAccountEmail(db: DbOrTx, id: string, email: string | null): Promise<void> {
  await db.update(accounts).set({ email }).where(eq(accounts.id, id));
}

// ── OAuth states ───────────────────────────────────────────────────────────────────────────

export type OauthStateRow = typeof oauth_states.$inferSelect;

export async function insertOauthState(db: DbOrTx, values: typeof oauth_states.$inferInsert): Promise<void> {
  await db.insert(oauth_states).values(values);
}

/** Removes and returns the state row: whatever happens next, it cannot be used twice. */
export async function takeOauthState(db: DbOrTx, key: string): Promise<OauthStateRow | null> {
  const [row] = await db.delete(oauth_states).where(eq(oauth_states.state_key, key)).returning();
  return row ?? null;
}

export async function deleteExpiredOauthStates(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(oauth_states).where(lte(oauth_states.expires_at, now));
}

// ── Challenges (verification_tokens) ───────────────────────────────────────────────────────

export type ChallengePurpose = 'passkey_register' | 'passkey_login';
export type ChallengeRow = typeof verification_tokens.$inferSelect;

export async function insertChallenge(
  db: DbOrTx,
  values: {
    identifier: string;
    token: string;
    purpose: ChallengePurpose;
    user_id: string | null;
    data: Record<string, unknown>;
    expires: Date;
  },
): Promise<void> {
  await db.insert(verification_tokens).values(values);
}

/** Removes and returns an unexpired challenge of that purpose: a challenge answers once. */
export async function takeChallenge(
  db: DbOrTx,
  token: string,
  purpose: ChallengePurpose,
  now: Date,
): Promise<ChallengeRow | null> {
  const [row] = await db
    .delete(verification_tokens)
    .where(and(eq(verification_tokens.token, token), eq(verification_tokens.purpose, purpose)))
    .returning();
  return row && row.expires > now ? row : null;
}

export async function deleteExpiredChallenges(db: DbOrTx, now: Date): Promise<void> {
  await db
    .delete(verification_tokens)
    .where(
      and(
        lte(verification_tokens.expires, now),
        sql`${verification_tokens.purpose} in ('passkey_register', 'passkey_login')`,
      ),
    );
}

// ── Roles and permissions ──────────────────────────────────────────────────────────────────

export interface Access {
  /** Roles granted to the user directly (unexpired). */
  roles: string[];
  /** Permissions of those roles and of every ancestor role. */
  permissions: string[];
  /** When the first of those grants expires (the access must be read again then); null if none does. */
  until: Date | null;
}

/**
 * A user's roles and effective permissions at `now`: unexpired grants, each role's parent chain
 * (depth-limited, so a cycle in the data cannot loop), and the permissions of all of them. The
 * user is a value or an outer query's column, so a session read can include it.
 */
export const accessFact = (userId: SQL | Placeholder): Fact<Access, unknown> =>
  fact(
    sql`(with recursive granted(id, name, parent_role_id, depth, expires_at) as (
           select r.id, r.name, r.parent_role_id, 0, ur.expires_at::timestamptz
           from ${user_roles} ur join ${roles} r on r.id = ur.role_id
           where ur.user_id = ${userId} and (ur.expires_at is null or ur.expires_at > ${param.now}::timestamptz)
           union all
           select p.id, p.name, p.parent_role_id, g.depth + 1, null::timestamptz
           from ${roles} p join granted g on p.id = g.parent_role_id
           where g.depth < 8
         )
         select json_build_object(
           'roles', coalesce(array_agg(distinct g.name) filter (where g.depth = 0), '{}'),
           'permissions', coalesce(array_agg(distinct e.name) filter (where e.name is not null), '{}'),
           'until', min(g.expires_at))
         from granted g
         left join ${role_entitlements} re on re.role_id = g.id
         left join ${entitlements} e on e.id = re.entitlement_id)`,
    (value) => {
      const raw = value as { roles: string[]; permissions: string[]; until: string | null };
      return {
        roles: [...raw.roles].sort(),
        permissions: [...raw.permissions].sort(),
        until: raw.until ? new Date(raw.until) : null,
      };
    },
  );

const userAccess = accessFact(param.user);

export const resolveAccess = (db: DbOrTx, userId: string, now: Date): Promise<Access> =>
  readFact(db, userAccess, { user: userId, now: now.toISOString() }, null);

/** Grants a role (no-op when already held unexpired); true when something changed. */
export async function grantRole(
  db: DbOrTx,
  userId: string,
  roleName: string,
  grantedBy: string | null,
  now: Date,
): Promise<boolean> {
  const [role] = await db.select({ id: roles.id }).from(roles).where(eq(roles.name, roleName));
  if (!role) throw new Error(`Role ${roleName} is not seeded`);
  const rows = await db
    .insert(user_roles)
    .values({ user_id: userId, role_id: role.id, granted_by: grantedBy, granted_at: now })
    .onConflictDoUpdate({
      target: [user_roles.user_id, user_roles.role_id],
      set: { expires_at: null, granted_at: now, granted_by: grantedBy },
      setWhere: sql`${user_roles.expires_at} is not null and ${user_roles.expires_at} <= ${now.toISOString()}::timestamptz`,
    })
    .returning({ user_id: user_roles.user_id });
  return rows.length > 0;
}

/** Whether the user holds the role unexpired. */
export async function hasRole(db: DbOrTx, userId: string, roleName: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(user_roles)
    .innerJoin(roles, eq(roles.id, user_roles.role_id))
    .where(
      and(
        eq(user_roles.user_id, userId),
        eq(roles.name, roleName),
        sql`(${user_roles.expires_at} is null or ${user_roles.expires_at} > ${now.toISOString()}::timestamptz)`,
      ),
    );
  return row !== undefined;
}
