import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type Fact, fact, param } from '../../platform/facts';
import { user_settings } from './settings.tables';

export async function listForUser(db: DbOrTx, userId: string): Promise<{ key: string; value: unknown }[]> {
  return db
    .select({ key: user_settings.key, value: user_settings.value })
    .from(user_settings)
    .where(eq(user_settings.user_id, userId));
}

export async function find(db: DbOrTx, userId: string, key: string): Promise<{ value: unknown } | null> {
  const [row] = await db
    .select({ value: user_settings.value })
    .from(user_settings)
    .where(and(eq(user_settings.user_id, userId), eq(user_settings.key, key)));
  return row ?? null;
}

export async function upsert(db: DbOrTx, userId: string, key: string, value: unknown): Promise<void> {
  // A JSON null is a value here ("no reminder"), not SQL NULL.
  const json = value === null ? sql`'null'::jsonb` : value;
  await db
    .insert(user_settings)
    .values({ user_id: userId, key, value: json })
    .onConflictDoUpdate({ target: [user_settings.user_id, user_settings.key], set: { value: json } });
}

export async function remove(db: DbOrTx, userId: string, key: string): Promise<void> {
  await db.delete(user_settings).where(and(eq(user_settings.user_id, userId), eq(user_settings.key, key)));
}

/** One stored value (null when never set), for a composed read (platform/facts.ts). */
export const storedValueFact = (key: string): Fact<{ value: unknown } | null, unknown> =>
  fact(
    sql`(select json_build_object('value', ${user_settings.value}) from ${user_settings}
         where ${user_settings.user_id} = ${param.user} and ${user_settings.key} = ${key})`,
    (value) => (value as { value: unknown } | null) ?? null,
  );
