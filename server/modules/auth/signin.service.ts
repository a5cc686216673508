import type { DbOrTx } from '../../db/client';
import { type AuditSource, audit } from '../../platform/audit';
import type { Platform } from '../../platform/platform';
import { createUser, findUser, findUserByEmail, hasOtherUsers, type UserRow } from '../user';
import * as repo from './auth.repo';
import { type ClientInfo, type IssuedSession, openSession } from './sessions.service';

/** Why a sign-in failed; the code reaches the web app as `/sign-in?error=<code>`. */
export type SignInFailureCode =
  | 'invalid_state'
  | 'expired_state'
  | 'access_denied'
  | 'provider_error'
  | 'provider_unavailable'
  | 'invalid_response'
  | 'account_disabled'
  | 'passkey_invalid'
  | 'other_sign_in_method'
  | 'server_error';

export class SignInFailure extends Error {
  constructor(readonly code: SignInFailureCode) {
    super(code);
    this.name = 'SignInFailure';
  }
}

/** Where a sign-in request came from. */
export interface SignInRequest {
  client: ClientInfo;
  /** The browser's current session, replaced by the new one (rotation on sign-in). */
  previousSessionId: string | null;
  source: AuditSource;
}

/** Who a provider says the person is. */
export interface Identity {
  method: 'local' | 'oidc';
  provider: string;
  /** The provider's stable id for the person (`sub`; for local sign-in, see `localSubject`). */
  subject: string;
  email: string | null;
  /** True only when the provider asserts it (`email_verified: true`); local sign-in asserts nothing. */
  emailVerified: boolean;
  name: string;
  timezone: string | null;
}

/**
 * The user behind an identity. In order: the account already linked to (provider, subject); for
 * OIDC, the user with the same email when the provider asserts it is verified (never otherwise,
 * or anyone could claim someone else's account by typing their address at a lax provider); for
 * local sign-in, the user with the given email, only when that user has no OIDC identity and no
 * passkey (`other_sign_in_method` otherwise); else a new user. A new user keeps an email only
 * when it was verified or typed at local sign-in, so an unverified address is never later used to
 * link a verified account to it.
 */
export async function resolveUser(
  tx: DbOrTx,
  deps: Pick<Platform, 'config' | 'clock'>,
  identity: Identity,
  source: AuditSource,
): Promise<{ user: UserRow; created: boolean }> {
  const now = deps.clock.now();
  const email = identity.email?.toLowerCase() ?? null;
  const account = await repo.findAccount(tx, identity.provider, identity.subject);
  if (account) {
    const user = await findUser(tx, account.user_id);
    if (!user) throw new SignInFailure('server_error');
    await refuseLocalIfProtected(tx, identity, user.id);
    if (account.email !== email) await repo.updateAccountEmail(tx, account.id, email);
    return { user, created: false };
  }

  const trustedEmail = email && (identity.method === 'local' || identity.emailVerified) ? email : null;
  let user = trustedEmail ? await findUserByEmail(tx, trustedEmail) : null;
  if (user) await refuseLocalIfProtected(tx, identity, user.id);
  const created = user === null;
  if (!user) {
    user = await createUser(tx, {
      name: identity.name.slice(0, 100) || 'New user',
      email: trustedEmail,
      email_verified: identity.method === 'oidc' && trustedEmail ? now : null,
      timezone: identity.timezone ?? 'UTC',
    });
  }
  await repo.insertAccount(tx, {
    user_id: user.id,
    type: identity.method,
    provider: identity.provider,
    provider_account_id: identity.subject,
    email,
  });
  if (!created) {
    await audit(
      tx,
      { ...source, userId: user.id },
      { type: 'account_linked', resourceType: 'account', details: { provider: identity.provider } },
    );
  }
  return { user, created };
}

/**
 * Local sign-in asks for no password, so it may open only an account that has no other way in:
 * never one with an OIDC identity or a passkey, whose owner chose a real credential.
 */
async function refuseLocalIfProtected(tx: DbOrTx, identity: Identity, userId: string): Promise<void> {
  if (identity.method === 'local' && (await repo.hasOtherSignInMethod(tx, userId))) {
    throw new SignInFailure('other_sign_in_method');
  }
}

/**
 * What every sign-in ends with: refuses disabled users, grants roles (`user` to a new user,
 * `admin` to the first user of an embedded install on loopback and to a verified `adminEmail` in
 * ADMIN_EMAILS; local sign-in passes none), opens a session that
 * replaces the browser's previous one, and records the sign-in.
 */
export async function completeSignIn(
  tx: DbOrTx,
  deps: Pick<Platform, 'config' | 'clock'>,
  input: { user: UserRow; created: boolean; method: string; adminEmail: string | null; request: SignInRequest },
): Promise<IssuedSession> {
  const { user, request } = input;
  if (user.disabled_at) throw new SignInFailure('account_disabled');
  const now = deps.clock.now();
  const source = { ...request.source, userId: user.id };
  const grant = async (role: string, reason: string) => {
    if (await repo.grantRole(tx, user.id, role, null, now)) {
      await audit(tx, source, {
        type: 'role_granted',
        resourceType: 'user',
        resourceId: user.id,
        details: { role, reason },
      });
    }
  };
  if (input.created) await grant('user', 'new_user');
  if (input.created && deps.config.auth.firstUserIsAdmin && !(await hasOtherUsers(tx, user.id))) {
    await grant('admin', 'first_user');
  }
  if (input.adminEmail && deps.config.auth.adminEmails.includes(input.adminEmail.toLowerCase())) {
    await grant('admin', 'admin_email');
  }
  const session = await openSession(tx, deps, {
    userId: user.id,
    client: request.client,
    replaces: request.previousSessionId,
  });
  await audit(
    tx,
    { ...source, sessionId: session.id },
    { type: 'sign_in', details: { method: input.method, new_user: input.created } },
  );
  return session;
}

/** Records a refused sign-in outside the (rolled back) transaction of the attempt. */
export async function recordFailedSignIn(
  db: DbOrTx,
  source: AuditSource,
  method: string,
  code: SignInFailureCode,
): Promise<void> {
  await audit(db, source, { type: 'sign_in_failed', status: 'failure', details: { method, reason: code } });
}
