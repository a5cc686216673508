import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { type Database, type DbOrTx, queryRows } from './client';
import * as s from './schema';
import { SEARCH_CONFIG } from './table-helpers';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const CHECK_VIOLATION = '23514';
const UNIQUE_VIOLATION = '23505';

async function newUser(): Promise<string> {
  const [user] = await database.db
    .insert(s.users)
    .values({ name: 'Rules', email: `rules-${randomUUID()}@example.com` })
    .returning({ id: s.users.id });
  if (!user) throw new Error('no user');
  return user.id;
}

/** Runs `write` in its own transaction and returns the PostgreSQL error code it failed with. */
async function failureCode(write: (tx: DbOrTx) => Promise<unknown>): Promise<string | undefined> {
  try {
    await database.db.transaction(async (tx) => {
      await write(tx);
    });
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return undefined;
}

describe('economy rules', () => {
  it('keeps the wallet balance from going negative and allows one wallet per user', async () => {
    const user_id = await newUser();
    expect(await failureCode((tx) => tx.insert(s.user_wallet).values({ user_id, coins: -1 }))).toBe(CHECK_VIOLATION);
    await database.db.insert(s.user_wallet).values({ user_id, coins: 10 });
    expect(await failureCode((tx) => tx.insert(s.user_wallet).values({ user_id }))).toBe(UNIQUE_VIOLATION);
  });

  it('accepts an idempotency key once per user', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const row = { event_type: 'focus_complete', xp: 10, coins: 1, idempotency_key: 'focus:1' };
    await database.db.insert(s.points_ledger).values({ ...row, user_id: a });
    await database.db.insert(s.points_ledger).values({ ...row, user_id: b });
    expect(await failureCode((tx) => tx.insert(s.points_ledger).values({ ...row, user_id: a }))).toBe(UNIQUE_VIOLATION);
  });

  it('rejects stock below zero and an unknown item category', async () => {
    const item = { key: `rule-${randomUUID()}`, name: 'x', description: 'x', cost_coins: 1 };
    expect(await failureCode((tx) => tx.insert(s.market_items).values({ ...item, category: 'theme', stock: -1 }))).toBe(
      CHECK_VIOLATION,
    );
    expect(await failureCode((tx) => tx.insert(s.market_items).values({ ...item, category: 'potion' }))).toBe(
      CHECK_VIOLATION,
    );
  });
});

describe('domain rules', () => {
  it('allows one open focus session per user, and another once it has ended', async () => {
    const user_id = await newUser();
    const [first] = await database.db
      .insert(s.focus_sessions)
      .values({ user_id, duration_seconds: 1500 })
      .returning({ id: s.focus_sessions.id });
    expect(await failureCode((tx) => tx.insert(s.focus_sessions).values({ user_id, duration_seconds: 300 }))).toBe(
      UNIQUE_VIOLATION,
    );
    expect(
      await failureCode((tx) => tx.insert(s.focus_sessions).values({ user_id, mode: 'nap', duration_seconds: 300 })),
    ).toBe(CHECK_VIOLATION);
    await database.db
      .update(s.focus_sessions)
      .set({ status: 'abandoned', ended_at: new Date() })
      .where(eq(s.focus_sessions.id, first?.id ?? ''));
    await database.db.insert(s.focus_sessions).values({ user_id, duration_seconds: 300 });
  });

  it('keeps one log per habit and day, and a skipped day has no count', async () => {
    const user_id = await newUser();
    const [habit] = await database.db.insert(s.habits).values({ user_id, name: 'Read' }).returning();
    const log = { user_id, habit_id: habit?.id ?? '', log_date: '2026-02-01' };
    await database.db.insert(s.habit_logs).values({ ...log, count: 1 });
    expect(await failureCode((tx) => tx.insert(s.habit_logs).values(log))).toBe(UNIQUE_VIOLATION);
    expect(
      await failureCode((tx) =>
        tx.insert(s.habit_logs).values({ ...log, log_date: '2026-02-02', skipped: true, count: 1 }),
      ),
    ).toBe(CHECK_VIOLATION);
    expect(
      await failureCode((tx) => tx.insert(s.habits).values({ user_id, name: 'Gym', schedule_type: 'weekdays' })),
    ).toBe(CHECK_VIOLATION);
  });

  it('enforces ranges: ratings 1..5, RPE 1..10, progress 0..100, region end after start', async () => {
    const user_id = await newUser();
    expect(await failureCode((tx) => tx.insert(s.books).values({ user_id, title: 'B', rating: 6 }))).toBe(
      CHECK_VIOLATION,
    );
    expect(await failureCode((tx) => tx.insert(s.goals).values({ user_id, title: 'G', progress: 101 }))).toBe(
      CHECK_VIOLATION,
    );
    const [exercise] = await database.db
      .insert(s.exercises)
      .values({ user_id, name: 'Row', category: 'strength' })
      .returning();
    const [session] = await database.db.insert(s.workout_sessions).values({ user_id, name: 'W' }).returning();
    const set = { user_id, session_id: session?.id ?? '', exercise_id: exercise?.id ?? '', set_number: 1 };
    expect(await failureCode((tx) => tx.insert(s.exercise_sets).values({ ...set, rpe: 11 }))).toBe(CHECK_VIOLATION);
    await database.db.insert(s.exercise_sets).values({ ...set, rpe: 8.5, weight: 60, reps: 5 });

    const key = `${user_id}/reference_track/${randomUUID()}`;
    await database.db
      .insert(s.blobs)
      .values({ user_id, key, size_bytes: 1, content_type: 'audio/wav', purpose: 'reference_track' });
    const [track] = await database.db
      .insert(s.reference_tracks)
      .values({ user_id, title: 'T', blob_key: key, filename: 't.wav', mime_type: 'audio/wav', size_bytes: 1 })
      .returning();
    const region = { user_id, track_id: track?.id ?? '', name: 'Drop', start_ms: 5000 };
    expect(await failureCode((tx) => tx.insert(s.track_regions).values({ ...region, end_ms: 5000 }))).toBe(
      CHECK_VIOLATION,
    );
    // A blob still used by a track cannot go.
    expect(await failureCode((tx) => tx.delete(s.blobs).where(eq(s.blobs.key, key)))).toBe('23503');
  });

  it('round-trips frame data as bytes and checks the chunk count', async () => {
    const user_id = await newUser();
    const key = `${user_id}/reference_track/${randomUUID()}`;
    await database.db
      .insert(s.blobs)
      .values({ user_id, key, size_bytes: 1, content_type: 'audio/wav', purpose: 'reference_track' });
    const [track] = await database.db
      .insert(s.reference_tracks)
      .values({ user_id, title: 'T', blob_key: key, filename: 't.wav', mime_type: 'audio/wav', size_bytes: 1 })
      .returning();
    const [analysis] = await database.db
      .insert(s.track_analyses)
      .values({ user_id, track_id: track?.id ?? '', analyzer_version: '1' })
      .returning();
    const manifest = {
      user_id,
      analysis_id: analysis?.id ?? '',
      frame_count: 2500,
      duration_ms: 25_000,
      sample_rate: 44_100,
      bands: [],
      bytes_per_frame: 4,
      frame_layout: [],
      fingerprint: 'f',
      analyzer_version: '1',
    };
    expect(
      await failureCode((tx) => tx.insert(s.analysis_frame_manifests).values({ ...manifest, total_chunks: 2 })),
    ).toBe(CHECK_VIOLATION);
    const [m] = await database.db
      .insert(s.analysis_frame_manifests)
      .values({ ...manifest, total_chunks: 3 })
      .returning();
    const bytes = Buffer.from(new Float32Array([0.5, -1, 3.25]).buffer);
    await database.db.insert(s.analysis_frame_data).values({
      user_id,
      manifest_id: m?.id ?? '',
      chunk_index: 0,
      start_frame: 0,
      end_frame: 3,
      start_time_ms: 0,
      end_time_ms: 30,
      frame_count: 3,
      data: bytes,
    });
    const [chunk] = await database.db
      .select({ data: s.analysis_frame_data.data })
      .from(s.analysis_frame_data)
      .where(eq(s.analysis_frame_data.manifest_id, m?.id ?? ''));
    expect(Buffer.isBuffer(chunk?.data)).toBe(true);
    expect(chunk?.data.equals(bytes)).toBe(true);
  });
});

describe('full-text search columns', () => {
  it('ranks a title match above a body match and highlights it', async () => {
    const user_id = await newUser();
    await database.db.insert(s.infobase_entries).values([
      { user_id, title: 'Compression basics', body: 'Attack and release shape the transient.' },
      { user_id, title: 'Mix notes', body: 'A little compression on the bus glues things together.' },
      { user_id, title: 'Unrelated', body: 'Nothing to see here.' },
    ]);
    const rows = await queryRows<{ title: string; headline: string }>(
      database.db,
      sql`select title, ts_headline(${SEARCH_CONFIG}, body, q) as headline
          from infobase_entries, websearch_to_tsquery(${SEARCH_CONFIG}, 'compressing') q
          where user_id = ${user_id} and search @@ q
          order by ts_rank(search, q) desc`,
    );
    expect(rows.map((r) => r.title)).toEqual(['Compression basics', 'Mix notes']);
    expect(rows[1]?.headline).toContain('<b>compression</b>');
  });
});
