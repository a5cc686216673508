import { and, asc, desc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { reference_tracks, track_analyses } from './reference.tables';

export type AnalysisRow = typeof track_analyses.$inferSelect;

/** A claimed job: its row, and the fencing token (`attempts` at the claim) every write must carry. */
export interface ClaimedJob {
  row: AnalysisRow;
  token: number;
}

const open = inArray(track_analyses.status, ['queued', 'running']);

/**
 * Queues an analysis of the track unless one is queued or running already (the partial unique
 * index allows one open job per track); answers the open job either way.
 */
export async function enqueue(
  db: DbOrTx,
  job: { userId: string; trackId: string; analyzerVersion: string; parameters: Record<string, unknown>; now: Date },
): Promise<AnalysisRow> {
  const [created] = await db
    .insert(track_analyses)
    .values({
      user_id: job.userId,
      track_id: job.trackId,
      analyzer_version: job.analyzerVersion,
      parameters: job.parameters,
      run_after: job.now,
      created_at: job.now,
      updated_at: job.now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  const [existing] = await db
    .select()
    .from(track_analyses)
    .where(and(eq(track_analyses.track_id, job.trackId), open));
  if (!existing) throw new Error('An open analysis conflicted and then vanished.');
  return existing;
}

/**
 * Claims the next job due at `now`: a queued one, or a running one whose lease lapsed (its
 * worker died). `FOR UPDATE SKIP LOCKED` lets several instances claim at once without waiting
 * on each other or taking the same row; the claim bumps `attempts`, which fences out a
 * previous holder of the row.
 */
export async function claimNext(db: DbOrTx, now: Date, leaseUntil: Date): Promise<ClaimedJob | null> {
  const next = db
    .select({ id: track_analyses.id })
    .from(track_analyses)
    .where(
      and(
        open,
        sql`${track_analyses.run_after} <= ${now}`,
        or(eq(track_analyses.status, 'queued'), lt(track_analyses.locked_until, now)),
      ),
    )
    .orderBy(asc(track_analyses.run_after), asc(track_analyses.created_at))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(track_analyses)
    .set({
      status: 'running',
      attempts: sql`${track_analyses.attempts} + 1`,
      locked_until: leaseUntil,
      started_at: sql`coalesce(${track_analyses.started_at}, ${now})`,
      progress: 0,
      updated_at: now,
    })
    .where(inArray(track_analyses.id, next))
    .returning();
  return row ? { row, token: row.attempts } : null;
}

/** The job while its holder still holds it: running, with the token of the holder's claim. */
const held = (job: ClaimedJob) =>
  and(eq(track_analyses.id, job.row.id), eq(track_analyses.status, 'running'), eq(track_analyses.attempts, job.token));

/** Extends the lease and records progress; false when the job is no longer this holder's. */
export async function renewLease(
  db: DbOrTx,
  job: ClaimedJob,
  progress: number,
  leaseUntil: Date,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(track_analyses)
    .set({ locked_until: leaseUntil, progress, updated_at: now })
    .where(held(job))
    .returning({ id: track_analyses.id });
  return rows.length > 0;
}

/** Marks the job done with its results; null when it is no longer this holder's (nothing written). */
export async function complete(
  db: DbOrTx,
  job: ClaimedJob,
  done: { results: Record<string, unknown>; fingerprint: string; now: Date },
): Promise<AnalysisRow | null> {
  const [row] = await db
    .update(track_analyses)
    .set({
      status: 'completed',
      progress: 100,
      results: done.results,
      fingerprint: done.fingerprint,
      error: null,
      locked_until: null,
      completed_at: done.now,
      updated_at: done.now,
    })
    .where(held(job))
    .returning();
  return row ?? null;
}

/**
 * Ends an attempt that failed: queued again at `retryAt`, or failed for good when `retryAt` is
 * null. False when the job is no longer this holder's.
 */
export async function fail(
  db: DbOrTx,
  job: ClaimedJob,
  failure: { error: string; retryAt: Date | null; now: Date },
): Promise<AnalysisRow | null> {
  const [row] = await db
    .update(track_analyses)
    .set({
      status: failure.retryAt ? 'queued' : 'failed',
      run_after: failure.retryAt ?? track_analyses.run_after,
      error: failure.error,
      locked_until: null,
      updated_at: failure.now,
    })
    .where(held(job))
    .returning();
  return row ?? null;
}

/** Gives a job back to the queue, due now, as its holder shuts down: the next instance to look resumes it. */
export async function release(db: DbOrTx, job: ClaimedJob, now: Date): Promise<void> {
  await db
    .update(track_analyses)
    .set({ status: 'queued', locked_until: null, run_after: now, progress: 0, updated_at: now })
    .where(held(job));
}

/** Removes the track's other analyses (their frames and events go by cascade), open ones excepted. */
export async function deleteSuperseded(db: DbOrTx, trackId: string, keepId: string): Promise<void> {
  await db
    .delete(track_analyses)
    .where(
      and(
        eq(track_analyses.track_id, trackId),
        ne(track_analyses.id, keepId),
        inArray(track_analyses.status, ['completed', 'failed', 'cancelled']),
      ),
    );
}

/** The user's analysis, or null for a missing one and for another user's. */
export async function find(db: DbOrTx, userId: string, id: string): Promise<AnalysisRow | null> {
  const [row] = await db
    .select()
    .from(track_analyses)
    .where(and(eq(track_analyses.user_id, userId), eq(track_analyses.id, id)));
  return row ?? null;
}

/** The track's analyses, newest first, keyset on (created_at, id). */
export async function listForTrack(
  db: DbOrTx,
  userId: string,
  trackId: string,
  page: { after?: [string, string]; limit: number },
): Promise<AnalysisRow[]> {
  return db
    .select()
    .from(track_analyses)
    .where(
      and(
        eq(track_analyses.user_id, userId),
        eq(track_analyses.track_id, trackId),
        page.after ? afterKey([track_analyses.created_at, track_analyses.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(track_analyses.created_at), desc(track_analyses.id))
    .limit(page.limit + 1);
}

/** What the analysis needs of its track: the file, its type, and who owns it. */
export interface TrackSource {
  id: string;
  user_id: string;
  blob_key: string;
  mime_type: string;
  size_bytes: number;
}

export async function trackSource(db: DbOrTx, trackId: string): Promise<TrackSource | null> {
  const [row] = await db
    .select({
      id: reference_tracks.id,
      user_id: reference_tracks.user_id,
      blob_key: reference_tracks.blob_key,
      mime_type: reference_tracks.mime_type,
      size_bytes: reference_tracks.size_bytes,
    })
    .from(reference_tracks)
    .where(eq(reference_tracks.id, trackId));
  return row ?? null;
}

/** The track's summary columns, from its latest completed analysis. */
export async function setTrackSummary(
  db: DbOrTx,
  trackId: string,
  summary: Pick<
    typeof reference_tracks.$inferInsert,
    'duration_seconds' | 'sample_rate' | 'channels' | 'bpm' | 'musical_key' | 'integrated_lufs'
  >,
  now: Date,
): Promise<void> {
  await db
    .update(reference_tracks)
    .set({ ...summary, updated_at: now })
    .where(eq(reference_tracks.id, trackId));
}

/** An analysis in the queue across users, with its track's title. */
export interface QueuedAnalysis {
  row: AnalysisRow;
  track_title: string;
}

/** Any user's analysis (the admin console), with its track's title; null when there is none. */
export async function findAny(db: DbOrTx, id: string, lock = false): Promise<QueuedAnalysis | null> {
  const query = db
    .select({ row: track_analyses, track_title: reference_tracks.title })
    .from(track_analyses)
    .innerJoin(reference_tracks, eq(reference_tracks.id, track_analyses.track_id))
    .where(eq(track_analyses.id, id));
  const [found] = lock ? await query.for('update', { of: track_analyses }) : await query;
  return found ?? null;
}

/** Every user's analyses, newest first, keyset on (created_at, id); optionally of one status. */
export async function listQueue(
  db: DbOrTx,
  filter: { status?: string },
  page: { after?: [string, string]; limit: number },
): Promise<QueuedAnalysis[]> {
  return db
    .select({ row: track_analyses, track_title: reference_tracks.title })
    .from(track_analyses)
    .innerJoin(reference_tracks, eq(reference_tracks.id, track_analyses.track_id))
    .where(
      and(
        filter.status ? eq(track_analyses.status, filter.status) : undefined,
        page.after ? afterKey([track_analyses.created_at, track_analyses.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(track_analyses.created_at), desc(track_analyses.id))
    .limit(page.limit + 1);
}

/**
 * Cancels a queued or running job: its holder's next lease renewal or write finds it no longer
 * running under its token and stops. Null when the job is not open.
 */
export async function cancelOpen(db: DbOrTx, id: string, now: Date): Promise<AnalysisRow | null> {
  const [row] = await db
    .update(track_analyses)
    .set({ status: 'cancelled', locked_until: null, progress: 0, updated_at: now })
    .where(and(eq(track_analyses.id, id), open))
    .returning();
  return row ?? null;
}
