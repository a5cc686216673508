import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type { z } from 'zod';
import type { profile, updateProfileBody } from '#common/contracts/user';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { userBlobPrefix } from '../../platform/blob-store';
import { notFound } from '../../platform/errors';
import { deleteUserBlobs } from '../blobs';
import { ownedTables, readBatch } from './export.repo';
import * as repo from './user.repo';

export type Profile = z.output<typeof profile>;
export type { UserRow } from './user.repo';

export function toProfile(row: repo.UserRow): Profile {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    image: row.image,
    timezone: row.timezone,
    day_start_hour: row.day_start_hour,
    age_verified: row.age_verified,
    tos_version: row.tos_version,
    tos_accepted_at: row.tos_accepted_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export async function getProfile(ctx: Ctx): Promise<Profile> {
  const row = await repo.findById(ctx.database.db, ctx.userId);
  if (!row) throw notFound('user');
  return toProfile(row);
}

export async function updateProfile(ctx: Ctx, patch: z.output<typeof updateProfileBody>): Promise<Profile> {
  const row =
    Object.keys(patch).length === 0
      ? await repo.findById(ctx.database.db, ctx.userId)
      : await repo.update(ctx.database.db, ctx.userId, patch);
  if (!row) throw notFound('user');
  return toProfile(row);
}

/**
 * Deletes the account: one transaction removes the user row and, through the cascades, every
 * row they own; then their files go. The audit record names the deleted id, not the person.
 */
export async function deleteAccount(ctx: Ctx): Promise<void> {
  await deleteUserWith(ctx, ctx.userId, (tx) =>
    audit(
      tx,
      { ...ctx, userId: null, sessionId: null },
      { type: 'account_deleted', resourceType: 'user', resourceId: ctx.userId },
    ),
  );
}

/**
 * Deletes a user and everything they own, as account deletion does: `before` runs first in the
 * same transaction (checks that may refuse, the audit record), then the user row goes with
 * every row that cascades from it, then their files. 404 when there is no such user.
 */
export async function deleteUserWith(
  ctx: Ctx,
  userId: string,
  before: (tx: DbOrTx) => Promise<unknown>,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await before(tx);
    if (!(await repo.remove(tx, userId))) throw notFound('user');
  });
  await deleteUserBlobs(ctx, userId);
}

/** Binary columns as base64, bigints as strings: JSON cannot carry either as they are. */
function exportReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

const json = (value: unknown) => JSON.stringify(value, exportReplacer);
/** Rows written between two turns of the event loop. */
const EXPORT_SLICE = 50;

/**
 * The data export as a stream of JSON text, written batch by batch so no table is ever held in
 * memory whole. Recorded in the audit log when it starts.
 */
export async function exportAccount(ctx: Ctx): Promise<{ filename: string; body: Readable }> {
  const user = await repo.findById(ctx.database.db, ctx.userId);
  if (!user) throw notFound('user');
  const now = ctx.clock.now();
  await audit(ctx.database.db, ctx, { type: 'data_export', resourceType: 'user', resourceId: ctx.userId });
  const filename = `cadence-export-${now.toISOString().slice(0, 10)}.json`;
  return { filename, body: Readable.from(exportChunks(ctx, user, now), { objectMode: false }) };
}

async function* exportChunks(ctx: Ctx, user: repo.UserRow, now: Date): AsyncGenerator<string> {
  const db = ctx.database.db;
  const tables = ownedTables();
  const redacted = Object.fromEntries(tables.filter((t) => t.redacted.length > 0).map((t) => [t.name, t.redacted]));
  yield `{"format":"cadence-export","version":1,"exported_at":${json(now)},"user":${json(toProfile(user))}`;
  yield `,"redacted_columns":${json(redacted)},"tables":{`;
  for (const [i, table] of tables.entries()) {
    yield `${i === 0 ? '' : ','}${json(table.name)}:[`;
    let after: unknown[] | null = null;
    let first = true;
    for (;;) {
      // On the embedded database a read resolves without a turn of the event loop: give it one.
      await setImmediate();
      const rows = await readBatch(db, table, ctx.userId, after);
      if (rows.length === 0) break;
      // A batch of long texts is written a slice at a time, a turn of the event loop between.
      for (let i = 0; i < rows.length; i += EXPORT_SLICE) {
        if (i > 0) await setImmediate();
        yield (first ? '' : ',') +
          rows
            .slice(i, i + EXPORT_SLICE)
            .map(json)
            .join(',');
        first = false;
      }
      const last = rows.at(-1) as Record<string, unknown>;
      after = table.key.map((c) => last[c.name]);
      if (rows.length < table.batchSize) break;
    }
    yield ']';
  }
  yield '},"blobs":[';
  let firstBlob = true;
  for await (const blob of ctx.blobs.list(userBlobPrefix(ctx.userId))) {
    yield (firstBlob ? '' : ',') + json({ key: blob.key, size: blob.size });
    firstBlob = false;
  }
  yield ']}\n';
}

// ── Identity records, for the auth module ──────────────────────────────────────────────────

export const findUser = (db: DbOrTx, id: string) => repo.findById(db, id);
export const userFact = repo.userFact;
export const findUserByEmail = (db: DbOrTx, email: string) => repo.findByEmail(db, email);
export const createUser = (db: DbOrTx, values: repo.NewUser) => repo.insert(db, values);
export const hasOtherUsers = (db: DbOrTx, id: string) => repo.hasOtherUsers(db, id);
export const touchUserActivity = (db: DbOrTx, id: string, at: Date) => repo.touchActivity(db, id, at);
/** Display names for records that name users (the admin console's audit log). */
export const userNames = (db: DbOrTx, ids: readonly string[]) => repo.namesOf(db, ids);

// ── People, for the admin console ──────────────────────────────────────────────────────────

export const listUsersNewestFirst = repo.listNewestFirst;
/** The user row locked to the end of the transaction, or null. */
export const findUserForUpdate = (db: DbOrTx, id: string) => repo.findForUpdate(db, id);
/** Disables (a time) or enables (null) an account; sign-in refuses it and its sessions read as none. */
export const setUserDisabledAt = (db: DbOrTx, id: string, at: Date | null) => repo.setDisabledAt(db, id, at);
export const enabledUsersAmong = (db: DbOrTx, ids: readonly string[]) => repo.enabledAmong(db, ids);

export async function recordTermsAccepted(db: DbOrTx, id: string, version: string, at: Date): Promise<void> {
  await repo.update(db, id, { tos_version: version, tos_accepted_at: at });
}

export async function recordAgeVerified(db: DbOrTx, id: string): Promise<void> {
  await repo.update(db, id, { age_verified: true });
}
