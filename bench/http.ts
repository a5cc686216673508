/**
 * Request throughput and latency of the running app next to a bare Fastify baseline on the same
 * machine (SPEC §9 reports every figure beside the baseline as a ratio). Uses the embedded
 * database, or the PostgreSQL server in DATABASE_URL.
 *
 *   npm run bench:http                      CONNECTIONS=32 DURATION=10 (seconds) by default
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server-process';

const connections = Number(process.env.CONNECTIONS ?? 32);
const duration = Number(process.env.DURATION ?? 10);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  const result = await autocannon({ url, connections, duration, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Signs a new user in locally and accepts the terms; returns the session cookie. */
async function signIn(base: string): Promise<string> {
  let cookie = '';
  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${base}${route}`, {
      method,
      headers: { origin: base, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    const set = response.headers.getSetCookie().find((c) => c.includes('cadence_session='));
    if (set) cookie = set.split(';')[0] as string;
    return response.json() as Promise<{ data: Record<string, unknown> }>;
  };
  await call('POST', '/api/auth/local', { name: 'Bench' });
  const session = await call('GET', '/api/auth/session');
  await call('POST', '/api/auth/accept-terms', { version: session.data.terms_version });
  await call('POST', '/api/auth/verify-age', { is_13_or_older: true });
  // Something on the home screen: a habit due and a generated plan.
  await call('POST', '/api/habits', { name: 'Stretch' });
  await call('POST', '/api/plan/generate', {});
  return cookie;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-'));
const baseline = spawn(process.execPath, ['--import', 'tsx', 'bench/baseline-server.ts'], {
  env: { ...process.env, PORT: '8182' },
  stdio: 'inherit',
});
const server = await startServer({ DATA_DIR: dataDir, AUTH_LOCAL: 'true', RATE_LIMIT_READ: '100000000' });

try {
  await new Promise((r) => setTimeout(r, 500));
  const cookie = await signIn(server.url);
  const rows: [string, Figures][] = [
    ['bare Fastify GET /api/health', await load('http://127.0.0.1:8182/api/health')],
    ['GET /api/health (database ping)', await load(`${server.url}/api/health`)],
    ['GET /api/user (session + query)', await load(`${server.url}/api/user`, { cookie })],
    ['GET /api/today (home screen)', await load(`${server.url}/api/today`, { cookie })],
    ['GET /api/sync/poll (polling state)', await load(`${server.url}/api/sync/poll`, { cookie })],
  ];
  const base = rows[0]?.[1].rps ?? 1;
  console.log(
    `${connections} connections, ${duration} s each, database: ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}`,
  );
  for (const [name, f] of rows) {
    console.log(
      `${name.padEnd(36)} ${Math.round(f.rps).toString().padStart(6)} req/s (${(f.rps / base).toFixed(2)}× baseline)  p50 ${f.p50} ms  p99 ${f.p99} ms  errors ${f.errors}`,
    );
  }
} finally {
  await server.stop();
  baseline.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
