import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { authenticators } from './auth.tables';

export type AuthenticatorRow = typeof authenticators.$inferSelect;

export const PASSKEYS_LIMIT = 100;

export async function listForUser(db: DbOrTx, userId: string): Promise<AuthenticatorRow[]> {
  return db
    .select()
    .from(authenticators)
    .where(eq(authenticators.user_id, userId))
    .orderBy(desc(authenticators.created_at), desc(authenticators.id))
    .limit(PASSKEYS_LIMIT);
}

export async function findByCredentialId(db: DbOrTx, credentialId: string): Promise<AuthenticatorRow | null> {
  const [row] = await db.select().from(authenticators).where(eq(authenticators.credential_id, credentialId));
  return row ?? null;
}

/** The handle the user's existing passkeys were registered with, so new ones share it. */
export async function userHandleOf(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ user_handle: authenticators.user_handle })
    .from(authenticators)
    .where(eq(authenticators.user_id, userId))
    .limit(1);
  return row?.user_handle ?? null;
}

export async function insert(
  db: DbOrTx,
  values: Omit<typeof authenticators.$inferInsert, 'id' | 'created_at' | 'last_used_at'>,
): Promise<AuthenticatorRow> {
  const [row] = await db.insert(authenticators).values(values).returning();
  if (!row) throw new Error('insert into authenticators returned no row');
  return row;
}

export async function recordUse(
  db: DbOrTx,
  id: string,
  values: { counter: number; credential_backed_up: boolean; last_used_at: Date },
): Promise<void> {
  await db.update(authenticators).set(values).where(eq(authenticators.id, id));
}

export async function deleteOwned(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(authenticators)
    .where(and(eq(authenticators.id, id), eq(authenticators.user_id, userId)))
    .returning({ id: authenticators.id });
  return rows.length > 0;
}
