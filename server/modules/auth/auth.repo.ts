import { and, asc, eq, inArray, lte, ne, type Placeholder, type SQL, sql } from 'drizzle-orm';
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

// ── The admin console: people's roles and sign-in methods ─────────────────────────────────

const unexpired = (now: Date) =>
  sql`(${user_roles.expires_at} is null or ${user_roles.expires_at} > ${now.toISOString()}::timestamptz)`;

/** The roles each of these users holds unexpired, by user id (read by the primary key's user_id). */
export async function rolesOf(db: DbOrTx, userIds: readonly string[], now: Date): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ user_id: user_roles.user_id, name: roles.name })
    .from(user_roles)
    .innerJoin(roles, eq(roles.id, user_roles.role_id))
    .where(and(inArray(user_roles.user_id, [...new Set(userIds)]), unexpired(now)));
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.name].sort());
  return out;
}

export interface RoleGrantRow {
  role: string;
  granted_at: Date;
  granted_by: string | null;
  expires_at: Date | null;
}

/** The user's unexpired grants, by role name. */
export async function grantsOf(db: DbOrTx, userId: string, now: Date): Promise<RoleGrantRow[]> {
  return db
    .select({
      role: roles.name,
      granted_at: user_roles.granted_at,
      granted_by: user_roles.granted_by,
      expires_at: user_roles.expires_at,
    })
    .from(user_roles)
    .innerJoin(roles, eq(roles.id, user_roles.role_id))
    .where(and(eq(user_roles.user_id, userId), unexpired(now)))
    .orderBy(asc(roles.name));
}

/**
 * Grants a role (again), with its expiry, naming who granted it; a grant already held is
 * replaced. The role must exist (callers take names from the contract's list).
 */
export async function putRoleGrant(
  db: DbOrTx,
  input: { userId: string; role: string; grantedBy: string; now: Date; expiresAt: Date | null },
): Promise<void> {
  const [role] = await db.select({ id: roles.id }).from(roles).where(eq(roles.name, input.role));
  if (!role) throw new Error(`Role ${input.role} is not seeded`);
  const values = { granted_by: input.grantedBy, granted_at: input.now, expires_at: input.expiresAt };
  await db
    .insert(user_roles)
    .values({ user_id: input.userId, role_id: role.id, ...values })
    .onConflictDoUpdate({ target: [user_roles.user_id, user_roles.role_id], set: values });
}

/** Removes a grant; false when the user did not hold the role. */
export async function removeRoleGrant(db: DbOrTx, userId: string, role: string): Promise<boolean> {
  const rows = await db
    .delete(user_roles)
    .where(
      and(
        eq(user_roles.user_id, userId),
        sql`${user_roles.role_id} = (select ${roles.id} from ${roles} where ${roles.name} = ${role})`,
      ),
    )
    .returning({ user_id: user_roles.user_id });
  return rows.length > 0;
}

/**
 * Serialises every change to who runs the instance (the admin roles' rows, locked to the end of
 * the transaction), so two admins removing each other cannot both succeed.
 */
export async function lockAdminRoster(tx: DbOrTx): Promise<void> {
  await tx
    .select({ id: roles.id })
    .from(roles)
    .where(inArray(roles.name, ['admin', 'super_admin']))
    .for('update');
}

/** The users holding any of these roles unexpired (a handful: the instance's admins). */
export async function holdersOf(db: DbOrTx, roleNames: readonly string[], now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ user_id: user_roles.user_id })
    .from(user_roles)
    .innerJoin(roles, eq(roles.id, user_roles.role_id))
    .where(and(inArray(roles.name, [...roleNames]), unexpired(now)));
  return rows.map((r) => r.user_id);
}

export interface RoleRow {
  name: string;
  description: string | null;
  parent: string | null;
  permissions: string[];
}

/** Every role, its parent's name and the permissions it grants itself (a handful of rows). */
export async function listRoles(db: DbOrTx): Promise<RoleRow[]> {
  const rows = await db.select().from(roles).orderBy(asc(roles.name));
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  const granted = await db
    .select({ role_id: role_entitlements.role_id, name: entitlements.name })
    .from(role_entitlements)
    .innerJoin(entitlements, eq(entitlements.id, role_entitlements.entitlement_id));
  return rows.map((r) => ({
    name: r.name,
    description: r.description,
    parent: r.parent_role_id ? (byId.get(r.parent_role_id) ?? null) : null,
    permissions: granted
      .filter((g) => g.role_id === r.id)
      .map((g) => g.name)
      .sort(),
  }));
}

export interface SignInMethodRow {
  kind: 'oidc' | 'local' | 'passkey';
  label: string;
  created_at: Date;
  last_used_at: Date | null;
}

/** The user's OIDC identities, local sign-in and passkeys, oldest first (no identifiers, no keys). */
export async function signInMethodsOf(db: DbOrTx, userId: string): Promise<SignInMethodRow[]> {
  const identities = await db
    .select({ type: accounts.type, provider: accounts.provider, created_at: accounts.created_at })
    .from(accounts)
    .where(eq(accounts.user_id, userId));
  const passkeys = await db
    .select({
      name: authenticators.name,
      created_at: authenticators.created_at,
      last_used_at: authenticators.last_used_at,
    })
    .from(authenticators)
    .where(eq(authenticators.user_id, userId));
  return [
    ...identities.map((a) => ({
      kind: a.type === 'local' ? ('local' as const) : ('oidc' as const),
      label: a.provider,
      created_at: a.created_at,
      last_used_at: null,
    })),
    ...passkeys.map((p) => ({
      kind: 'passkey' as const,
      label: p.name,
      created_at: p.created_at,
      last_used_at: p.last_used_at,
    })),
  ].sort((x, y) => x.created_at.getTime() - y.created_at.getTime());
}
