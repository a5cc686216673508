import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, type Db, queryRows } from './client';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Any constant works; instances starting together queue on it so only one migrates. */
const MIGRATION_LOCK = 4_242_001;

/** Applies every committed migration not yet applied. Safe to run from several instances at once. */
export async function migrate(database: Database): Promise<void> {
  if (database.driver === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  await database.withConnection(async (db) => {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePg(db as never, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  });
}

interface Journal {
  entries: { idx: number; tag: string; when: number }[];
}

/** The migrations shipped with this build, oldest first. */
export function shippedMigrations(): Journal['entries'] {
  const journal = JSON.parse(fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries;
}

/** Which shipped migration the database is at (by the timestamp drizzle records). */
export async function migrationStatus(db: Db): Promise<{ version: string | null; applied: number; pending: number }> {
  const shipped = shippedMigrations();
  const rows = await queryRows<{ created_at: string }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const appliedAt = new Set(rows.map((r) => Number(r.created_at)));
  const applied = shipped.filter((m) => appliedAt.has(m.when));
  return {
    version: applied.at(-1)?.tag ?? null,
    applied: applied.length,
    pending: shipped.length - applied.length,
  };
}
