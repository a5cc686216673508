import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgSession } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Config } from '../config';
import { acquireDirLock } from './dir-lock';

/** The query interface shared by both drivers. Only repositories use it. */
export type Db = PgDatabase<PgQueryResultHKT>;
/** The transaction `db.transaction` hands to its callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a repository function accepts: the database or an open transaction. */
export type DbOrTx = Db | Tx;

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /**
   * Subscribes to a NOTIFY channel; resolves to an unsubscribe function. `lost` runs when the
   * listening connection drops, `restored` when it is back: notifications sent in between never
   * arrive. (The embedded database listens in process and never drops.)
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    connection?: ListenConnection,
  ): Promise<() => Promise<void>>;
  /** Runs `fn` on one dedicated connection (session-level advisory locks need that). */
  withConnection<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ListenConnection {
  lost?: () => void;
  restored?: () => void;
}

/**
 * Told of every statement sent through Drizzle, with its parameters, while set: a test counts
 * the queries one request makes, or captures them to EXPLAIN. Unset outside those tests, where
 * it costs one comparison per statement.
 */
export const queryObserver: { current: ((sql: string, params: unknown[]) => void) | null } = { current: null };
const logger = { logQuery: (query: string, params: unknown[]) => queryObserver.current?.(query, params) };

export type DatabaseConfig = Config['database'] | { kind: 'pglite-memory'; template?: Blob };

/** Opens the database Cadence was configured for: embedded PGlite or a PostgreSQL server. */
/**
 * One person's data fits in far less than PostgreSQL's default 128 MB of shared buffers, and in
 * PGlite those buffers are process memory: 32 MB keeps an idle embedded server lean.
 */
const pgliteConf = { postgresqlconf: ['shared_buffers = 32MB'], extensions: pgliteExtensions() };

/**
 * The contrib extensions the migrations create (`pg_trgm`, for the reference library's search),
 * loaded into every embedded cluster: an extension a cluster's catalog names must be loaded to open it.
 */
function pgliteExtensions() {
  return { pg_trgm };
}

export interface OpenOptions {
  /** Fills a new embedded database folder with a ready cluster (so PGlite skips initdb). */
  pgliteTemplate?: (dir: string) => boolean;
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  switch (config.kind) {
    case 'postgres':
      return openPostgres(config.url, config.poolSize);
    case 'pglite':
      return openPgliteDir(config.dir, options.pgliteTemplate);
    case 'pglite-memory':
      return wrapPglite(await PGlite.create({ ...pgliteConf, loadDataDir: config.template }));
  }
}

async function openPgliteDir(dir: string, template?: (dir: string) => boolean): Promise<Database> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // PGlite serves one process: a second process on the same folder would silently lose writes.
  const releaseLock = acquireDirLock(`${dir}.lock`);
  try {
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) template?.(dir);
    const client = await PGlite.create(dir, pgliteConf);
    return wrapPglite(client, releaseLock);
  } catch (err) {
    releaseLock();
    throw err;
  }
}

function wrapPglite(client: PGlite, onClose?: () => void): Database {
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    // PGlite has a single connection: everything already runs on it, one statement at a time.
    withConnection: (fn) => fn(db),
    async close() {
      await client.close();
      onClose?.();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // Statements run prepared (PreparingClient), and their parameters are user ids, days and
  // keys that never change the best plan: each is planned once per connection.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: '-c plan_cache_mode=force_generic_plan',
    Client: PreparingClient,
    // A request waits at most this long for a connection (503 after, not a hang).
    connectionTimeoutMillis: 10_000,
  });
  // A client that loses its server must not crash the process. An idle one is reported here and
  // replaced by the pool; one checked out between two statements (inside a transaction) reports
  // on its own, and its next statement fails, which fails the request with 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { logger }) as unknown as Db;
  releaseEveryConnection(db);
  const listener = new PgListener(url);
  return {
    db,
    driver: 'postgres',
    listen: (channel, onPayload, connection) => listener.listen(channel, onPayload, connection),
    async withConnection(fn) {
      const client = await pool.connect();
      try {
        return await fn(drizzlePg(client, { logger }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * Drizzle's pooled transaction sends `begin` before the block that gives its connection back:
 * a connection that died in the pool fails right there and is never released, and the pool is
 * one connection short for good (a few database restarts, and every request waits). This is
 * the same transaction with the release covering `begin`, and a connection whose `rollback`
 * failed is discarded rather than reused.
 */
function releaseEveryConnection(db: Db): void {
  const session = (db as unknown as { session: NodePgSession<Record<string, never>, never> }).session;
  const parts = session as unknown as {
    client: pg.Pool;
    dialect: PgDialect;
    schema: undefined;
    options: ConstructorParameters<typeof NodePgSession>[3];
  };
  session.transaction = async (transaction, config) => {
    const client = await parts.client.connect();
    // Set when the connection must not go back to the pool: `begin` or `rollback` failed.
    let broken: Error | undefined;
    try {
      const txSession = new NodePgSession(client, parts.dialect, parts.schema, parts.options);
      const tx = new NodePgTransaction(parts.dialect, txSession, parts.schema) as unknown as NodePgTransaction<
        Record<string, never>,
        never
      >;
      const options = config && (tx as unknown as { getTransactionConfigSQL(c: typeof config): SQL });
      await tx
        .execute(sql`begin${options ? sql` ${options.getTransactionConfigSQL(config)}` : undefined}`)
        .catch((err: Error) => {
          broken = err;
          throw err;
        });
      try {
        const result = await transaction(tx);
        await tx.execute(sql`commit`);
        return result;
      } catch (error) {
        await tx.execute(sql`rollback`).catch((err: Error) => {
          broken = err;
        });
        throw error;
      }
    } finally {
      client.release(broken);
    }
  };
}

/** Distinct statements a connection keeps prepared; any more run unnamed (parsed each time). */
const PREPARED_PER_CONNECTION = 500;
const statementNames = new Map<string, string>();

/**
 * A connection that runs every statement given as a query config (all of Drizzle's) as a named
 * prepared statement, named by a hash of its text: the server parses and plans it once per
 * connection instead of once per execution, which for the short statements of a request is most
 * of their cost. The texts are the application's own query shapes, a bounded set; a connection
 * stops preparing new ones past `PREPARED_PER_CONNECTION`.
 */
class PreparingClient extends pg.Client {
  private prepared = 0;
  private readonly names = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded signature, passed through unchanged
  override query(config: any, values?: any, callback?: any): any {
    if (config && typeof config === 'object' && typeof config.text === 'string' && !config.name) {
      const name = this.nameOf(config.text);
      if (name) return super.query({ ...config, name }, values, callback);
    }
    return super.query(config, values, callback);
  }

  private nameOf(text: string): string | null {
    let name = statementNames.get(text);
    if (!name) {
      name = `s_${createHash('sha1').update(text).digest('base64url')}`;
      if (statementNames.size < PREPARED_PER_CONNECTION * 4) statementNames.set(text, name);
    }
    if (this.names.has(name)) return name;
    if (this.prepared >= PREPARED_PER_CONNECTION) return null;
    this.prepared++;
    this.names.add(name);
    return name;
  }
}

/**
 * One dedicated connection per process for LISTEN. It reconnects with back-off when the
 * server goes away and re-subscribes every channel.
 */
class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private readonly connectionHandlers = new Set<ListenConnection>();
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly url: string) {}

  async listen(
    channel: string,
    onPayload: (payload: string) => void,
    connection?: ListenConnection,
  ): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      const client = await this.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(onPayload);
    if (connection) this.connectionHandlers.add(connection);
    return async () => {
      set.delete(onPayload);
      if (connection) this.connectionHandlers.delete(connection);
      if (set.size === 0) {
        this.handlers.delete(channel);
        await this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      }
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (msg) => {
        for (const handler of this.handlers.get(msg.channel) ?? []) handler(msg.payload ?? '');
      });
      client.on('error', () => this.dropped(client));
      client.on('end', () => this.dropped(client));
      try {
        await client.connect();
      } finally {
        this.connecting = undefined;
      }
      this.client = client;
      return client;
    })();
    return this.connecting;
  }

  /** A client ended or failed; one replaced already by a newer connection is no news. */
  private dropped(client: pg.Client): void {
    if (this.client === undefined || this.client === client) this.reconnectLater();
  }

  private reconnectLater(): void {
    const wasUp = this.client !== undefined;
    this.client = undefined;
    if (this.closed) return;
    if (wasUp) for (const handlers of this.connectionHandlers) handlers.lost?.();
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = undefined;
      try {
        const client = await this.connect();
        for (const channel of this.handlers.keys()) {
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        }
        for (const handlers of this.connectionHandlers) handlers.restored?.();
      } catch {
        this.reconnectLater();
      }
    }, 1000);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

const dialect = new PgDialect();

/** A statement compiled once, run with its placeholders bound (`sql.placeholder`). */
export interface PreparedQuery {
  execute<T>(db: DbOrTx, values: Record<string, unknown>): Promise<T[]>;
}

/**
 * Compiles SQL that names its values with placeholders, once: a request only binds its values,
 * and skips building the SQL text (for a long composed read, platform/facts.ts, a good part of
 * its cost on this side). On a PostgreSQL server it runs as a named prepared statement, as every
 * statement does (PreparingClient); the embedded database runs it as an ordinary statement.
 */
export function prepareQuery(query: SQL): PreparedQuery {
  const compiled = dialect.sqlToQuery(query);
  const name = `q_${createHash('sha1').update(compiled.sql).digest('base64url')}`;
  return {
    async execute<T>(db: DbOrTx, values: Record<string, unknown>) {
      const { session } = (db as unknown as { _: { session: PgSession } })._;
      const result = (await session.prepareQuery(compiled, undefined, name, false).execute(values)) as { rows: T[] };
      return result.rows;
    },
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Builds an in-memory PGlite cluster, lets `prepare` fill it, and returns it as a tarball. */
export async function pgliteSnapshot(prepare: (database: Database) => Promise<void>): Promise<Blob> {
  const client = await PGlite.create({ extensions: pgliteExtensions() });
  try {
    await prepare(wrapPglite(client));
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}
