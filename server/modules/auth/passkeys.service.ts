import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { z } from 'zod';
import type { passkey } from '#common/contracts/auth';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { findUser } from '../user';
import { type ChallengePurpose, deleteExpiredChallenges, insertChallenge, takeChallenge } from './auth.repo';
import * as repo from './passkeys.repo';
import type { IssuedSession } from './sessions.service';
import { completeSignIn, recordFailedSignIn, SignInFailure, type SignInRequest } from './signin.service';

const CHALLENGE_TTL_MS = 5 * 60_000;
const RP_NAME = 'Cadence';

export type Passkey = z.output<typeof passkey>;
export const { PASSKEYS_LIMIT } = repo;

/** The relying party: the public host name, and the exact public origin the browser reports. */
const rpOf = (deps: Platform) => ({ rpID: deps.config.publicUrl.hostname, origin: deps.config.publicOrigin });

function toPasskey(row: repo.AuthenticatorRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    credential_device_type: row.credential_device_type,
    credential_backed_up: row.credential_backed_up,
    transports: row.transports,
    last_used_at: row.last_used_at,
    created_at: row.created_at,
  };
}

/** The challenge a browser signed, read from its clientDataJSON; null when it is not there. */
function signedChallenge(response: Record<string, unknown>): string | null {
  const inner = response.response as Record<string, unknown> | undefined;
  const clientData = inner?.clientDataJSON;
  if (typeof clientData !== 'string' || clientData.length > 4096) return null;
  try {
    const parsed = JSON.parse(Buffer.from(clientData, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof parsed.challenge === 'string' && parsed.challenge.length <= 200 ? parsed.challenge : null;
  } catch {
    return null;
  }
}

/** Takes the stored challenge a response answers: unknown, expired or already used → null. */
async function consumeChallenge(deps: Platform, response: Record<string, unknown>, purpose: ChallengePurpose) {
  const challenge = signedChallenge(response);
  if (!challenge) return null;
  const row = await takeChallenge(deps.database.db, challenge, purpose, deps.clock.now());
  return row ? { challenge, row } : null;
}

async function storeChallenge(
  deps: Platform,
  purpose: ChallengePurpose,
  challenge: string,
  userId: string | null,
  data: Record<string, unknown>,
): Promise<void> {
  const now = deps.clock.now();
  await deleteExpiredChallenges(deps.database.db, now);
  await insertChallenge(deps.database.db, {
    identifier: userId ?? purpose,
    token: challenge,
    purpose,
    user_id: userId,
    data,
    expires: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
}

export async function listPasskeys(ctx: Ctx): Promise<Passkey[]> {
  return (await repo.listForUser(ctx.database.db, ctx.userId)).map(toPasskey);
}

export async function deletePasskey(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await repo.deleteOwned(tx, ctx.userId, id))) throw notFound('passkey');
    await audit(tx, ctx, { type: 'passkey_deleted', resourceType: 'authenticator', resourceId: id });
  });
}

/**
 * Options for registering a passkey for the signed-in user: a discoverable credential with user
 * verification, so it can later sign in alone. All of a user's passkeys share one random user
 * handle (not their id), which a discoverable login maps back to the user.
 */
export async function registrationOptions(ctx: Ctx, name?: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const db = ctx.database.db;
  const user = await findUser(db, ctx.userId);
  if (!user) throw notFound('user');
  const existing = await repo.listForUser(db, ctx.userId);
  const handle = existing[0]?.user_handle ?? randomBytes(32).toString('base64url');
  const { rpID } = rpOf(ctx);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID,
    userName: user.email ?? user.name,
    userDisplayName: user.name,
    userID: new Uint8Array(Buffer.from(handle, 'base64url')),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.credential_id, transports: c.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: CHALLENGE_TTL_MS,
  });
  await storeChallenge(ctx, 'passkey_register', options.challenge, ctx.userId, { user_handle: handle, name });
  return options;
}

export async function register(ctx: Ctx, response: Record<string, unknown>, name?: string): Promise<Passkey> {
  const taken = await consumeChallenge(ctx, response, 'passkey_register');
  if (!taken || taken.row.user_id !== ctx.userId) {
    throw badRequest('This passkey challenge is unknown, expired or already used. Start again.');
  }
  const { rpID, origin } = rpOf(ctx);
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge: taken.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    throw badRequest('The passkey could not be verified.');
  }
  if (!verified.verified) throw badRequest('The passkey could not be verified.');
  const info = verified.registrationInfo;
  const data = taken.row.data ?? {};
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      credential_id: info.credential.id,
      user_handle: String(data.user_handle),
      credential_public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
      counter: info.credential.counter,
      credential_device_type: info.credentialDeviceType,
      credential_backed_up: info.credentialBackedUp,
      transports: info.credential.transports ?? [],
      name: name ?? (typeof data.name === 'string' ? data.name : 'Passkey'),
    });
    await audit(tx, ctx, { type: 'passkey_registered', resourceType: 'authenticator', resourceId: row.id });
    return toPasskey(row);
  });
}

/** Options for signing in with a discoverable passkey: no user name, no credential list. */
export async function loginOptions(deps: Platform): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: rpOf(deps).rpID,
    userVerification: 'required',
    allowCredentials: [],
    timeout: CHALLENGE_TTL_MS,
  });
  await storeChallenge(deps, 'passkey_login', options.challenge, null, {});
  return options;
}

/**
 * Signs in with a passkey: the challenge must be one we issued (and is spent now), the
 * credential must be registered, the user handle it reports must be the one it was registered
 * with, and the signature and counter must verify.
 */
export async function login(
  deps: Platform,
  request: SignInRequest,
  response: Record<string, unknown>,
): Promise<IssuedSession> {
  try {
    return await verifyLogin(deps, request, response);
  } catch (err) {
    if (!(err instanceof SignInFailure)) throw err;
    await recordFailedSignIn(deps.database.db, request.source, 'passkey', err.code);
    if (err.code === 'account_disabled') throw forbidden('This account is disabled.');
    throw badRequest('The passkey could not be verified. Try again.');
  }
}

async function verifyLogin(
  deps: Platform,
  request: SignInRequest,
  response: Record<string, unknown>,
): Promise<IssuedSession> {
  const db = deps.database.db;
  const taken = await consumeChallenge(deps, response, 'passkey_login');
  if (!taken) throw new SignInFailure('passkey_invalid');
  const credential = await repo.findByCredentialId(db, String(response.id));
  const inner = response.response as Record<string, unknown> | undefined;
  if (!credential || inner?.userHandle !== credential.user_handle) throw new SignInFailure('passkey_invalid');
  const { rpID, origin } = rpOf(deps);
  let result: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: taken.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: credential.credential_id,
        publicKey: new Uint8Array(Buffer.from(credential.credential_public_key, 'base64url')),
        counter: credential.counter,
        transports: credential.transports,
      },
      requireUserVerification: true,
    });
  } catch {
    throw new SignInFailure('passkey_invalid');
  }
  if (!result.verified) throw new SignInFailure('passkey_invalid');

  return db.transaction(async (tx) => {
    const user = await findUser(tx, credential.user_id);
    if (!user) throw new SignInFailure('passkey_invalid');
    await repo.recordUse(tx, credential.id, {
      counter: result.authenticationInfo.newCounter,
      credential_backed_up: result.authenticationInfo.credentialBackedUp,
      last_used_at: deps.clock.now(),
    });
    return completeSignIn(tx, deps, {
      user,
      created: false,
      method: 'passkey',
      adminEmail: user.email_verified ? user.email : null,
      request,
    });
  });
}
