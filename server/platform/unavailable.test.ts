import net from 'node:net';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppError } from './errors';

/**
 * A database that cannot be reached is 503 `unavailable` with `Retry-After`, whatever way the
 * driver says so. The servers below are plain sockets that behave as a dead PostgreSQL would.
 */
let silent: net.Server;
let hangsUp: net.Server;
let closedPort: number;
const sockets = new Set<net.Socket>();

const listen = (server: net.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );

beforeAll(async () => {
  silent = net.createServer((socket) => sockets.add(socket));
  hangsUp = net.createServer((socket) => socket.destroy());
  await Promise.all([listen(silent), listen(hangsUp)]);
  const gone = net.createServer();
  closedPort = await listen(gone);
  await new Promise((resolve) => gone.close(resolve));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([silent, hangsUp].map((s) => new Promise((resolve) => s.close(resolve))));
});

/** What a query through Drizzle on a pool to `port` fails with, mapped. */
async function failureOn(port: number, poolOptions: pg.PoolConfig = {}) {
  const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'x', database: 'x', max: 1, ...poolOptions });
  pool.on('error', () => {});
  try {
    await drizzle(pool).execute(sql`select 1`);
  } catch (err) {
    return toAppError(err);
  } finally {
    await pool.end().catch(() => {});
  }
  throw new Error('the query succeeded');
}

function expectUnavailable(err: ReturnType<typeof toAppError>) {
  expect(err.status).toBe(503);
  expect(err.code).toBe('unavailable');
  expect(err.headers).toEqual({ 'retry-after': expect.stringMatching(/^[1-9]\d*$/) });
}

describe('a database that cannot be reached answers 503 unavailable with Retry-After', () => {
  it('when nothing listens (connection refused)', async () => {
    expectUnavailable(await failureOn(closedPort));
  });

  it('when the server hangs up at once (connection terminated)', async () => {
    expectUnavailable(await failureOn((hangsUp.address() as net.AddressInfo).port));
  });

  it('when no connection comes in time (pool timeout)', async () => {
    const port = (silent.address() as net.AddressInfo).port;
    expectUnavailable(await failureOn(port, { connectionTimeoutMillis: 200 }));
  });

  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection due to crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['08001', 'could not establish connection'],
  ])('when PostgreSQL says %s (%s)', (code, message) => {
    const err = Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });
    expectUnavailable(toAppError(new Error('Failed query: select 1', { cause: err })));
  });

  it('but an ordinary failure stays a 500 with no Retry-After', () => {
    const err = Object.assign(new pg.DatabaseError('relation "x" does not exist', 0, 'error'), { code: '42P01' });
    const mapped = toAppError(err);
    expect(mapped.status).toBe(500);
    expect(mapped.headers).toBeUndefined();
  });
});
