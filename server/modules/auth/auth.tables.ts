import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { users } from '../user/user.tables';

const userRef = () =>
  uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** A sign-in identity at an OIDC provider, linked to one user. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    user_id: userRef(),
    type: text().notNull().default('oidc'),
    provider: text().notNull(),
    provider_account_id: text().notNull(),
    email: text(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_provider_account_key').on(t.provider, t.provider_account_id),
    index('accounts_user_id_idx').on(t.user_id),
    check('accounts_type_valid', sql`${t.type} in ('oidc', 'local')`),
  ],
);

/** Server-side sessions. Only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    user_id: userRef(),
    token_hash: text().notNull(),
    created_at: createdAt(),
    last_activity_at: ts().notNull().defaultNow(),
    /** Sliding idle expiry; never later than absolute_expires_at. */
    expires_at: ts().notNull(),
    absolute_expires_at: ts().notNull(),
    user_agent: text(),
    ip_address: text(),
    /** The session this one replaced. A plain id, not a foreign key: the replaced row is deleted. */
    rotated_from: uuid(),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.token_hash),
    index('sessions_user_id_idx').on(t.user_id, t.created_at),
    index('sessions_expires_at_idx').on(t.expires_at),
  ],
);

/** One row per sign-in attempt at a provider: single-use, expires in 10 minutes. */
export const oauth_states = pgTable(
  'oauth_states',
  {
    state_key: text().primaryKey(),
    provider: text().notNull(),
    pkce_verifier: text().notNull(),
    nonce: text().notNull(),
    /** The same-site path to return to after sign-in. */
    redirect_uri: text(),
    /** The browser's IANA time zone, kept for a user created by this sign-in. */
    timezone: text(),
    created_at: createdAt(),
    expires_at: ts().notNull(),
  },
  (t) => [index('oauth_states_expires_at_idx').on(t.expires_at)],
);

/** Short-lived single-use tokens (passkey ceremonies' challenges, email verification). */
export const verification_tokens = pgTable(
  'verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    purpose: text().notNull(),
    user_id: uuid().references(() => users.id, { onDelete: 'cascade' }),
    data: jsonb().$type<Record<string, unknown>>(),
    expires: ts().notNull(),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.identifier, t.token] }),
    uniqueIndex('verification_tokens_token_key').on(t.token),
    index('verification_tokens_expires_idx').on(t.expires),
    index('verification_tokens_user_id_idx').on(t.user_id),
    check('verification_tokens_purpose_valid', sql`${t.purpose} in ('passkey_register', 'passkey_login', 'email')`),
  ],
);

/** WebAuthn credentials (passkeys). */
export const authenticators = pgTable(
  'authenticators',
  {
    id: id(),
    user_id: userRef(),
    credential_id: text().notNull(),
    /** The base64url user handle the credential was registered with. */
    user_handle: text().notNull(),
    credential_public_key: text().notNull(),
    counter: bigint({ mode: 'number' }).notNull().default(0),
    credential_device_type: text().notNull().default('singleDevice'),
    credential_backed_up: boolean().notNull().default(false),
    transports: text().array().notNull().default(sql`'{}'::text[]`),
    name: text().notNull().default('Passkey'),
    last_used_at: ts(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('authenticators_credential_id_key').on(t.credential_id),
    index('authenticators_user_id_idx').on(t.user_id, t.created_at),
    check('authenticators_device_type_valid', sql`${t.credential_device_type} in ('singleDevice', 'multiDevice')`),
  ],
);

export const roles = pgTable(
  'roles',
  {
    id: id(),
    name: text().notNull(),
    description: text(),
    parent_role_id: uuid().references((): AnyPgColumn => roles.id, { onDelete: 'set null' }),
    created_at: createdAt(),
  },
  (t) => [uniqueIndex('roles_name_key').on(t.name), index('roles_parent_role_id_idx').on(t.parent_role_id)],
);

/** Permissions, named `resource:action`. */
export const entitlements = pgTable(
  'entitlements',
  {
    id: id(),
    name: text().notNull(),
    description: text(),
    resource: text().notNull(),
    action: text().notNull(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('entitlements_name_key').on(t.name),
    check('entitlements_name_shape', sql`${t.name} = ${t.resource} || ':' || ${t.action}`),
  ],
);

export const role_entitlements = pgTable(
  'role_entitlements',
  {
    role_id: uuid()
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    entitlement_id: uuid()
      .notNull()
      .references(() => entitlements.id, { onDelete: 'cascade' }),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.role_id, t.entitlement_id] }),
    index('role_entitlements_entitlement_id_idx').on(t.entitlement_id),
  ],
);

export const user_roles = pgTable(
  'user_roles',
  {
    user_id: userRef(),
    role_id: uuid()
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    granted_by: uuid().references(() => users.id, { onDelete: 'set null' }),
    granted_at: ts().notNull().defaultNow(),
    expires_at: ts(),
  },
  (t) => [
    primaryKey({ columns: [t.user_id, t.role_id] }),
    index('user_roles_role_id_idx').on(t.role_id),
    index('user_roles_granted_by_idx').on(t.granted_by),
  ],
);
