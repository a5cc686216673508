import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, startupWarnings } from './config';

describe('loadConfig', () => {
  it('gives an embedded instance on loopback with local sign-in and the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicOrigin).toBe('http://localhost:8080');
    expect(config.database.kind).toBe('pglite');
    expect(config.blobs.kind).toBe('fs');
    expect(config.auth.local).toBe(true);
    expect(config.auth.firstUserIsAdmin).toBe(true);
    expect(config.secureCookies).toBe(false);
    expect(config.rateLimits).toEqual({ auth: 10, write: 120, read: 600 });
  });

  it('switches to a PostgreSQL server and turns local sign-in off with DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/cadence', PUBLIC_URL: 'https://c.example.com' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@db:5432/cadence' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.auth.local).toBe(false);
    expect(config.auth.firstUserIsAdmin).toBe(false);
    expect(config.secureCookies).toBe(true);
  });

  it('lets AUTH_LOCAL=true enable local sign-in on a server bound to loopback', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/c', HOST: '127.0.0.1', AUTH_LOCAL: 'true' });
    expect(config.auth.local).toBe(true);
    // The first-user-is-admin rule is for the embedded database only.
    expect(config.auth.firstUserIsAdmin).toBe(false);
    expect(startupWarnings(config)).toEqual([]);
  });

  it('refuses to start with AUTH_LOCAL=true on a non-loopback HOST or an https PUBLIC_URL', () => {
    for (const env of [
      { AUTH_LOCAL: 'true', HOST: '0.0.0.0' },
      { AUTH_LOCAL: 'true', DATABASE_URL: 'postgres://u@db/c' },
      { AUTH_LOCAL: 'true', PUBLIC_URL: 'https://cadence.example.com' },
    ]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(/AUTH_LOCAL.*AUTH_LOCAL_UNSAFE=true/s);
    }
  });

  it('allows local sign-in on a public host only with AUTH_LOCAL_UNSAFE=true, and then warns at start', () => {
    const config = loadConfig({ AUTH_LOCAL: 'true', AUTH_LOCAL_UNSAFE: 'true', HOST: '0.0.0.0' });
    expect(config.auth.local).toBe(true);
    expect(config.auth.firstUserIsAdmin).toBe(false);
    expect(startupWarnings(config)).toEqual([expect.stringMatching(/local sign-in.*no password/i)]);
  });

  it('keeps local sign-in off by default where it would be unsafe, and the first-user rule with it', () => {
    for (const env of [{ HOST: '0.0.0.0' }, { PUBLIC_URL: 'https://cadence.example.com' }]) {
      const config = loadConfig(env);
      expect(config.auth.local, JSON.stringify(env)).toBe(false);
      expect(config.auth.firstUserIsAdmin, JSON.stringify(env)).toBe(false);
      expect(startupWarnings(config)).toEqual([]);
    }
    expect(loadConfig({ HOST: '::1' }).auth).toMatchObject({ local: true, firstUserIsAdmin: true });
  });

  it('configures each OIDC provider only when its id and secret are both set', () => {
    const config = loadConfig({
      GOOGLE_CLIENT_ID: 'g',
      GOOGLE_CLIENT_SECRET: 'gs',
      OIDC_ISSUER: 'https://id.example.com/realms/main',
      OIDC_CLIENT_ID: 'c',
      OIDC_CLIENT_SECRET: 'cs',
      OIDC_NAME: 'Company SSO',
    });
    expect(config.auth.oidcProviders.map((p) => [p.id, p.name])).toEqual([
      ['google', 'Google'],
      ['oidc', 'Company SSO'],
    ]);
  });

  it('stops with the whole list of problems when variables are invalid', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', BLOB_STORE: 'ftp', GOOGLE_CLIENT_ID: 'only-id' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('BLOB_STORE');
  });

  it('reports cross-variable problems such as a client id without its secret', () => {
    expect(() => loadConfig({ GOOGLE_CLIENT_ID: 'only-id' })).toThrow(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
    expect(() => loadConfig({ BLOB_STORE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ BLOB_STORE: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
  });

  it('reads the S3 store settings and the per-user quota', () => {
    const config = loadConfig({
      BLOB_STORE: 's3',
      S3_BUCKET: 'cadence-files',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      BLOB_QUOTA_MB: '10',
    });
    expect(config.blobs).toEqual({
      kind: 's3',
      bucket: 'cadence-files',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(config.blobQuotaBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({}).blobQuotaBytes).toBe(2048 * 1024 * 1024);
  });
});
