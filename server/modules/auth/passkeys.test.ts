import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, disableUser, signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { createSoftPasskey, type SoftPasskey } from '../../test/webauthn';
import { authenticators, verification_tokens } from './auth.tables';

const origin = 'http://localhost:8080';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_AUTH: '1000' } });
});
afterAll(() => t.close());

const post = (url: string, payload?: unknown, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { origin, ...(cookie ? { cookie } : {}) },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });

/** Registers a software passkey for the user through the two registration endpoints. */
async function registerPasskey(user: TestUser, name?: string): Promise<SoftPasskey> {
  const passkey = createSoftPasskey(origin, 'localhost');
  const options = await user.inject({ method: 'POST', url: '/api/auth/passkeys/register/options', payload: {} });
  expect(options.statusCode).toBe(200);
  const res = await user.inject({
    method: 'POST',
    url: '/api/auth/passkeys/register',
    payload: { response: passkey.register(options.json().data), ...(name ? { name } : {}) },
  });
  expect(res.statusCode).toBe(201);
  return passkey;
}

async function loginOptions() {
  const res = await post('/api/auth/passkeys/login/options');
  expect(res.statusCode).toBe(200);
  return res.json().data as { challenge: string; rpId: string; allowCredentials?: unknown[] };
}

describe('POST /api/auth/passkeys/register/options', () => {
  it('asks for a discoverable, user-verified credential for this site and stores the challenge', async () => {
    const user = await signUp(t, { name: 'Options' });
    const res = await user.inject({ method: 'POST', url: '/api/auth/passkeys/register/options' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data.rp).toEqual({ name: 'Cadence', id: 'localhost' });
    expect(data.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    expect(data.attestation).toBe('none');
    expect(data.user.displayName).toBe('Options');
    // The user handle is random, not the user's id.
    expect(Buffer.from(data.user.id, 'base64url').toString('hex')).not.toContain(user.id.replaceAll('-', ''));
    const [row] = await t.database.db
      .select()
      .from(verification_tokens)
      .where(eq(verification_tokens.token, data.challenge));
    expect(row).toMatchObject({ purpose: 'passkey_register', user_id: user.id });
  });

  it('needs a session', async () => {
    expect((await post('/api/auth/passkeys/register/options')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/passkeys/register', () => {
  it('stores the credential, lists it under the user, and refuses the same challenge twice', async () => {
    const user = await signUp(t);
    const passkey = createSoftPasskey(origin, 'localhost');
    const options = (await user.inject({ method: 'POST', url: '/api/auth/passkeys/register/options' })).json().data;
    const response = passkey.register(options);
    const ok = await user.inject({
      method: 'POST',
      url: '/api/auth/passkeys/register',
      payload: { response, name: 'Laptop' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toMatchObject({ name: 'Laptop', transports: ['internal'], credential_backed_up: false });
    const again = await user.inject({ method: 'POST', url: '/api/auth/passkeys/register', payload: { response } });
    expect(again.statusCode).toBe(400);
    const list = await user.inject({ method: 'GET', url: '/api/user/passkeys' });
    expect(list.json().data.map((p: { name: string }) => p.name)).toEqual(['Laptop']);
    expect(JSON.stringify(list.json())).not.toContain(passkey.credentialId);
  });

  it('refuses another user’s challenge', async () => {
    const alice = await signUp(t);
    const bob = await signUp(t);
    const options = (await alice.inject({ method: 'POST', url: '/api/auth/passkeys/register/options' })).json().data;
    const response = createSoftPasskey(origin, 'localhost').register(options);
    const res = await bob.inject({ method: 'POST', url: '/api/auth/passkeys/register', payload: { response } });
    expect(res.statusCode).toBe(400);
  });

  it('answers 4xx, never 5xx, to garbage', async () => {
    const user = await signUp(t);
    const options = (await user.inject({ method: 'POST', url: '/api/auth/passkeys/register/options' })).json().data;
    const valid = createSoftPasskey(origin, 'localhost').register(options) as { response: Record<string, unknown> };
    const garbage: unknown[] = [
      { id: 'x', type: 'public-key' },
      { id: 'x', type: 'public-key', response: { clientDataJSON: '!!!', attestationObject: 'AAAA' } },
      { ...valid, response: { ...valid.response, attestationObject: 'bm90IGNib3I' } },
      { id: 'x', type: 'password' },
      'nope',
    ];
    for (const response of garbage) {
      const res = await user.inject({ method: 'POST', url: '/api/auth/passkeys/register', payload: { response } });
      expect(res.statusCode, JSON.stringify(response)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(response)).toBeLessThan(500);
    }
  });
});

describe('POST /api/auth/passkeys/login', () => {
  it('offers discoverable sign-in: no user name, no credential list', async () => {
    const options = await loginOptions();
    expect(options.rpId).toBe('localhost');
    expect(options.allowCredentials ?? []).toEqual([]);
  });

  it('signs in with the passkey alone, updates the counter, and spends the challenge', async () => {
    const user = await signUp(t, { name: 'Passkey person' });
    const passkey = await registerPasskey(user);
    const options = await loginOptions();
    const assertion = passkey.login(options);
    const res = await post('/api/auth/passkeys/login', { response: assertion });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.user).toMatchObject({ id: user.id, name: 'Passkey person' });
    const token = res.cookies.find((c) => c.name === 'cadence_session')?.value;
    const me = asUser(t, user.id, `cadence_session=${token}`);
    expect((await me.inject({ method: 'GET', url: '/api/user' })).statusCode).toBe(200);
    const [row] = await t.database.db
      .select()
      .from(authenticators)
      .where(eq(authenticators.credential_id, passkey.credentialId));
    expect(row?.counter).toBe(1);
    expect(row?.last_used_at).not.toBeNull();

    // The same assertion again: its challenge is spent.
    expect((await post('/api/auth/passkeys/login', { response: assertion })).statusCode).toBe(400);
  });

  it('refuses a response whose user handle is not the credential’s', async () => {
    const user = await signUp(t);
    const passkey = await registerPasskey(user);
    passkey.userHandle = Buffer.from('someone else').toString('base64url');
    const res = await post('/api/auth/passkeys/login', { response: passkey.login(await loginOptions()) });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a forged signature and an unknown credential', async () => {
    const user = await signUp(t);
    const passkey = await registerPasskey(user);
    const forged = passkey.login(await loginOptions()) as { response: Record<string, unknown> };
    forged.response.signature = Buffer.alloc(70, 1).toString('base64url');
    expect((await post('/api/auth/passkeys/login', { response: forged })).statusCode).toBe(400);

    const stranger = createSoftPasskey(origin, 'localhost');
    stranger.userHandle = passkey.userHandle;
    expect(
      (await post('/api/auth/passkeys/login', { response: stranger.login(await loginOptions()) })).statusCode,
    ).toBe(400);
  });

  it('refuses an assertion signed for another origin (a phishing page)', async () => {
    const user = await signUp(t);
    const passkey = await registerPasskey(user);
    const response = passkey.login(await loginOptions(), { origin: 'https://cadence.evil.example' });
    expect((await post('/api/auth/passkeys/login', { response })).statusCode).toBe(400);
    // The same passkey still works from the right origin.
    expect((await post('/api/auth/passkeys/login', { response: passkey.login(await loginOptions()) })).statusCode).toBe(
      200,
    );
  });

  it('refuses a disabled user with 403', async () => {
    const user = await signUp(t);
    const passkey = await registerPasskey(user);
    await disableUser(t, user.id);
    const res = await post('/api/auth/passkeys/login', { response: passkey.login(await loginOptions()) });
    expect(res.statusCode).toBe(403);
  });

  it('answers 4xx, never 5xx, to garbage', async () => {
    const garbage: unknown[] = [
      { id: 'x', type: 'public-key' },
      { id: 'x', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: '', signature: '' } },
      { id: 'x'.repeat(2000), type: 'public-key' },
      {},
    ];
    for (const response of garbage) {
      const res = await post('/api/auth/passkeys/login', { response });
      expect(res.statusCode, JSON.stringify(response)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(response)).toBeLessThan(500);
    }
  });
});

describe('/api/user/passkeys', () => {
  it('deletes the user’s own passkey and answers 404 for another user’s', async () => {
    const alice = await signUp(t);
    const bob = await signUp(t);
    await registerPasskey(alice, 'Phone');
    const [mine] = (await alice.inject({ method: 'GET', url: '/api/user/passkeys' })).json().data;
    expect((await bob.inject({ method: 'DELETE', url: `/api/user/passkeys/${mine.id}` })).statusCode).toBe(404);
    expect((await alice.inject({ method: 'DELETE', url: `/api/user/passkeys/${mine.id}` })).statusCode).toBe(204);
    expect((await alice.inject({ method: 'GET', url: '/api/user/passkeys' })).json().data).toEqual([]);
  });
});
