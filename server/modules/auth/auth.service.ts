import type { z } from 'zod';
import type { localSignInBody, providers, SessionState, SessionUser } from '#common/contracts/auth';
import type { Ctx } from '../../platform/access';
import { type AuditSource, audit } from '../../platform/audit';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { findUser, recordAgeVerified, recordTermsAccepted } from '../user';
import { type ClientInfo, endAllSessions, endSession, type IssuedSession, rotateSession } from './sessions.service';
import { completeSignIn, recordFailedSignIn, resolveUser, SignInFailure, type SignInRequest } from './signin.service';

export function listProviders(deps: Platform): z.output<typeof providers> {
  return {
    local: deps.config.auth.local,
    passkeys: true,
    oidc: deps.config.auth.oidcProviders.map((p) => ({ id: p.id, name: p.name })),
  };
}

export async function sessionState(deps: Platform, user: SessionUser | null): Promise<SessionState> {
  const termsVersion = deps.config.auth.termsVersion;
  const row = user ? await findUser(deps.database.db, user.id) : null;
  return {
    user: row ? user : null,
    terms_version: termsVersion,
    terms_accepted: row?.tos_version === termsVersion,
    age_verified: row?.age_verified ?? false,
  };
}

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** An IANA zone the runtime knows, else null (a browser oddity must not block sign-in). */
export const knownTimeZone = (tz: string | null | undefined) => (tz && isTimeZone(tz) ? tz : null);

/**
 * Local sign-in, with no password: whoever reaches the server is trusted, which is why it is on
 * only in embedded mode on loopback unless AUTH_LOCAL=true (and refused off loopback unless
 * AUTH_LOCAL_UNSAFE=true). With an email, the person is the user with that email (created if
 * none); without one, the local account with that name (compared case-insensitively), so typing
 * the same name again returns to the same data. Names are not unique across users, so a name
 * never matches an account made elsewhere. An account with an OIDC identity or a passkey is
 * refused (403), and ADMIN_EMAILS never applies.
 */
export async function signInLocal(
  deps: Platform,
  request: SignInRequest,
  body: z.output<typeof localSignInBody>,
): Promise<IssuedSession> {
  if (!deps.config.auth.local) throw notFound('sign-in method');
  const email = body.email?.toLowerCase() ?? null;
  try {
    return await deps.database.db.transaction(async (tx) => {
      const identity = {
        method: 'local' as const,
        provider: 'local',
        subject: email ? `email:${email}` : `name:${body.name.toLowerCase()}`,
        email,
        emailVerified: false,
        name: body.name,
        timezone: knownTimeZone(body.timezone),
      };
      const { user, created } = await resolveUser(tx, deps, identity, request.source);
      // A typed address proves nothing, so ADMIN_EMAILS never applies here.
      return completeSignIn(tx, deps, { user, created, method: 'local', adminEmail: null, request });
    });
  } catch (err) {
    if (!(err instanceof SignInFailure)) throw err;
    await recordFailedSignIn(deps.database.db, request.source, 'local', err.code);
    throw forbidden(
      err.code === 'other_sign_in_method'
        ? 'This account signs in with a provider or a passkey; use that instead.'
        : 'This account is disabled.',
    );
  }
}

/** Accepting the current terms unlocks the app: a privilege change, so the session rotates. */
export async function acceptTerms(ctx: Ctx, version: string, client: ClientInfo): Promise<IssuedSession | null> {
  const current = ctx.config.auth.termsVersion;
  if (version !== current) {
    throw conflict(`These are not the current terms; accept version ${current}.`, 'terms_version_mismatch');
  }
  return ctx.database.db.transaction(async (tx) => {
    await recordTermsAccepted(tx, ctx.userId, version, ctx.clock.now());
    await audit(tx, ctx, { type: 'terms_accepted', details: { version } });
    return ctx.sessionId ? rotateSession(tx, ctx, ctx.sessionId, client) : null;
  });
}

/** Confirming age unlocks the app too. A "no" is refused and nothing about it is stored. */
export async function verifyAge(ctx: Ctx, isOldEnough: boolean, client: ClientInfo): Promise<IssuedSession | null> {
  if (!isOldEnough) {
    throw new AppError('forbidden', 'Cadence is only for people aged 13 or older.', [
      { path: 'body.is_13_or_older', message: 'You must be 13 or older to use Cadence.' },
    ]);
  }
  return ctx.database.db.transaction(async (tx) => {
    await recordAgeVerified(tx, ctx.userId);
    await audit(tx, ctx, { type: 'age_verified' });
    return ctx.sessionId ? rotateSession(tx, ctx, ctx.sessionId, client) : null;
  });
}

/** Ends the request's session, if any. */
export async function signOut(deps: Platform, sessionId: string | null, source: AuditSource): Promise<void> {
  if (!sessionId) return;
  await deps.database.db.transaction(async (tx) => {
    await endSession(tx, sessionId);
    await audit(tx, source, { type: 'sign_out' });
  });
}

/** Ends every session of the user, on every device, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const count = await endAllSessions(tx, ctx.userId);
    await audit(tx, ctx, { type: 'sign_out_all', details: { sessions: count } });
  });
}
