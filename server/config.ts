import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** A comma-separated list in one variable. */
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const positiveInt = z.coerce.number().int().positive();

/**
 * Every environment variable Cadence reads, with its default. The README's configuration
 * table documents the same list; nothing else in the code base reads `process.env`.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  BLOB_STORE: z.enum(['fs', 's3']).default('fs'),
  BLOB_QUOTA_MB: positiveInt.default(2048),
  TRACK_MAX_MB: positiveInt.default(200),
  /** Analysis worker threads on this instance; 0: this instance analyses nothing (others may). */
  ANALYSIS_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** An ffmpeg for the formats no bundled decoder reads (AAC/M4A); found on PATH otherwise. */
  FFMPEG_PATH: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
  AUTH_LOCAL: bool.optional(),
  AUTH_LOCAL_UNSAFE: bool.default(false),
  ADMIN_EMAILS: list.default([]),
  TERMS_VERSION: z.string().min(1).max(40).default('2026-11-01'),
  SESSION_IDLE_DAYS: positiveInt.default(30),
  SESSION_ABSOLUTE_DAYS: positiveInt.default(90),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  RATE_LIMIT_AUTH: positiveInt.default(10),
  RATE_LIMIT_WRITE: positiveInt.default(120),
  RATE_LIMIT_READ: positiveInt.default(600),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
  MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
  MICROSOFT_TENANT: z.string().min(1).default('common'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(40).default('Single sign-on'),
  WEB_DIST: z.string().min(1).default('./web/dist'),
});

export type Env = z.input<typeof envSchema>;

export interface OidcProviderConfig {
  id: 'google' | 'microsoft' | 'oidc';
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export type Config = ReturnType<typeof deriveConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const isLoopback = (host: string) => ['::1', '[::1]', 'localhost'].includes(host) || /^127(\.\d{1,3}){3}$/.test(host);

function deriveConfig(env: z.output<typeof envSchema>) {
  const embedded = env.DATABASE_URL === undefined;
  const host = env.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0');
  const publicUrl = new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`);
  const dataDir = path.resolve(env.DATA_DIR);
  // Local sign-in has no password: safe only when nothing but this machine can reach the server.
  // An https public URL means a proxy publishes it, whatever HOST the process binds.
  const ownMachine = isLoopback(host) && publicUrl.protocol === 'http:';
  const local = env.AUTH_LOCAL ?? (embedded && ownMachine);

  const oidcProviders: OidcProviderConfig[] = [];
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    oidcProviders.push({
      id: 'google',
      name: 'Google',
      issuer: 'https://accounts.google.com',
      clientId: env.GOOGLE_CLIENT_ID,
      clientSecret: env.GOOGLE_CLIENT_SECRET,
    });
  }
  if (env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET) {
    oidcProviders.push({
      id: 'microsoft',
      name: 'Microsoft',
      issuer: `https://login.microsoftonline.com/${env.MICROSOFT_TENANT}/v2.0`,
      clientId: env.MICROSOFT_CLIENT_ID,
      clientSecret: env.MICROSOFT_CLIENT_SECRET,
    });
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    oidcProviders.push({
      id: 'oidc',
      name: env.OIDC_NAME,
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
    });
  }

  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host,
    publicUrl,
    /** The exact origin every unsafe request must come from. */
    publicOrigin: publicUrl.origin,
    secureCookies: publicUrl.protocol === 'https:',
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    dataDir,
    database: embedded
      ? ({ kind: 'pglite', dir: path.join(dataDir, 'pglite') } as const)
      : ({ kind: 'postgres', url: env.DATABASE_URL as string, poolSize: env.DATABASE_POOL_SIZE } as const),
    blobs:
      env.BLOB_STORE === 's3'
        ? ({
            kind: 's3',
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET as string,
            region: env.S3_REGION,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          } as const)
        : ({ kind: 'fs', dir: path.join(dataDir, 'blobs') } as const),
    blobQuotaBytes: env.BLOB_QUOTA_MB * 1024 * 1024,
    /** The most bytes one reference track upload may hold. */
    trackMaxBytes: env.TRACK_MAX_MB * 1024 * 1024,
    analysis: {
      /** One thread per core but one, at least one: the request path keeps a core. */
      workers: env.ANALYSIS_WORKERS ?? Math.max(1, os.availableParallelism() - 1),
      ffmpegPath: env.FFMPEG_PATH ?? null,
    },
    auth: {
      local,
      /** Local sign-in where others may reach it (AUTH_LOCAL_UNSAFE=true): warned about at every start. */
      localExposed: local && !ownMachine,
      /** With local sign-in on the embedded database on loopback, the first user to sign in becomes an admin. */
      firstUserIsAdmin: embedded && local && ownMachine,
      adminEmails: env.ADMIN_EMAILS.map((e) => e.toLowerCase()),
      termsVersion: env.TERMS_VERSION,
      sessionIdleMs: env.SESSION_IDLE_DAYS * 86_400_000,
      sessionAbsoluteMs: env.SESSION_ABSOLUTE_DAYS * 86_400_000,
      /** How long an instance may answer from its in-memory copy of a session (0: never). */
      sessionCacheMs: env.SESSION_CACHE_SECONDS * 1000,
      oidcProviders,
    },
    rateLimits: { auth: env.RATE_LIMIT_AUTH, write: env.RATE_LIMIT_WRITE, read: env.RATE_LIMIT_READ },
    webDist: path.resolve(env.WEB_DIST),
  };
}

/** Parses the environment once; a bad variable stops start-up with the whole list of problems. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.BLOB_STORE === 's3' && !env.S3_BUCKET) problems.push('S3_BUCKET: required when BLOB_STORE=s3');
  const pairs = [
    ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
    ['MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'],
    ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'],
    ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'],
  ] as const;
  for (const [a, b] of pairs) {
    if (Boolean(env[a]) !== Boolean(env[b])) problems.push(`${a} and ${b}: set both or neither`);
  }
  if (Boolean(env.OIDC_ISSUER) !== Boolean(env.OIDC_CLIENT_ID)) {
    problems.push('OIDC_ISSUER and OIDC_CLIENT_ID: set both or neither');
  }
  const config = deriveConfig(env);
  if (config.auth.localExposed && !env.AUTH_LOCAL_UNSAFE) {
    problems.push(
      `AUTH_LOCAL: local sign-in asks for no password, so it is refused on HOST=${config.host} ` +
        `with PUBLIC_URL=${config.publicOrigin} (only a loopback HOST and an http PUBLIC_URL are one person's ` +
        'machine). Use OIDC or passkeys, or set AUTH_LOCAL_UNSAFE=true to allow it anyway.',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** What a valid but risky configuration should be warned about at every start. */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.auth.localExposed) {
    warnings.push(
      `Local sign-in (AUTH_LOCAL_UNSAFE=true) is on at ${config.publicOrigin}, listening on ${config.host}: ` +
        'it asks for no password, so anyone who reaches the server can create an account and use it.',
    );
  }
  return warnings;
}
