import { and, asc, between, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { analysis_events, analysis_frame_data, analysis_frame_manifests } from './frames.tables';

export type ManifestRow = typeof analysis_frame_manifests.$inferSelect;
export type NewManifest = Omit<typeof analysis_frame_manifests.$inferInsert, 'id' | 'created_at'>;
export type ChunkRow = typeof analysis_frame_data.$inferSelect;
export type NewChunk = Omit<typeof analysis_frame_data.$inferInsert, 'id' | 'manifest_id' | 'created_at'>;
export type EventRow = typeof analysis_events.$inferSelect;
export type NewEvent = Omit<typeof analysis_events.$inferInsert, 'id' | 'created_at'>;

/**
 * Chunk bytes cross the driver as base64 text, converted by Node's own codec: PGlite turns a
 * bytea parameter or column into hex one byte at a time in JavaScript, which takes seconds for
 * a track's few megabytes, and base64 is the shortest text PostgreSQL decodes (node-postgres
 * sends and reads hex text anyway). PostgreSQL breaks its base64 into lines; Node skips them.
 */
const base64Of = (data: Buffer) => sql`decode(${data.toString('base64')}, 'base64')`;
const chunkColumns = {
  chunk_index: analysis_frame_data.chunk_index,
  start_frame: analysis_frame_data.start_frame,
  end_frame: analysis_frame_data.end_frame,
  frame_count: analysis_frame_data.frame_count,
  start_time_ms: analysis_frame_data.start_time_ms,
  end_time_ms: analysis_frame_data.end_time_ms,
  base64: sql<string>`encode(${analysis_frame_data.data}, 'base64')`,
};

/** A chunk as it is read: its place in the timeline and its bytes. */
export type ChunkRead = Pick<
  ChunkRow,
  'chunk_index' | 'start_frame' | 'end_frame' | 'frame_count' | 'start_time_ms' | 'end_time_ms' | 'data'
>;

/**
 * Chunks per statement, written or read: about 300 KB each, so a statement moves at most ~3 MB
 * and the embedded database (which runs in this process) gives the event loop back between
 * them. Events have 7 columns: 1000 of them are 7000 parameters, far below PostgreSQL's 65 535.
 */
const CHUNKS_PER_STATEMENT = 10;
const EVENTS_PER_INSERT = 1000;

/** Removes an analysis's timelines (their chunks go by cascade) and events, so a save starts clean. */
export async function deleteForAnalysis(db: DbOrTx, userId: string, analysisId: string): Promise<void> {
  await db
    .delete(analysis_frame_manifests)
    .where(and(eq(analysis_frame_manifests.analysis_id, analysisId), eq(analysis_frame_manifests.user_id, userId)));
  await db
    .delete(analysis_events)
    .where(and(eq(analysis_events.analysis_id, analysisId), eq(analysis_events.user_id, userId)));
}

/** Stores one level's manifest and its chunks, in multi-row inserts. */
export async function insertLevel(db: DbOrTx, manifest: NewManifest, chunks: readonly NewChunk[]): Promise<void> {
  const [row] = await db
    .insert(analysis_frame_manifests)
    .values(manifest)
    .returning({ id: analysis_frame_manifests.id });
  if (!row) throw new Error('The manifest was not stored');
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_STATEMENT) {
    const batch = chunks
      .slice(i, i + CHUNKS_PER_STATEMENT)
      .map((c) => ({ ...c, manifest_id: row.id, data: base64Of(c.data) }));
    await db.insert(analysis_frame_data).values(batch);
  }
}

export async function insertEvents(db: DbOrTx, events: readonly NewEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT) {
    await db.insert(analysis_events).values(events.slice(i, i + EVENTS_PER_INSERT));
  }
}

/** The user's timeline of the analysis at this hop, or null (none, or another user's). */
export async function findManifest(
  db: DbOrTx,
  userId: string,
  analysisId: string,
  hopMs: number,
): Promise<ManifestRow | null> {
  const [row] = await db
    .select()
    .from(analysis_frame_manifests)
    .where(
      and(
        eq(analysis_frame_manifests.analysis_id, analysisId),
        eq(analysis_frame_manifests.hop_ms, hopMs),
        eq(analysis_frame_manifests.user_id, userId),
      ),
    );
  return row ?? null;
}

/** Every level of the user's analysis, finest first (none: not the user's, or not analysed). */
export async function listLevels(db: DbOrTx, userId: string, analysisId: string) {
  return db
    .select({
      hop_ms: analysis_frame_manifests.hop_ms,
      frame_count: analysis_frame_manifests.frame_count,
      total_chunks: analysis_frame_manifests.total_chunks,
      stored_bytes: analysis_frame_manifests.stored_bytes,
    })
    .from(analysis_frame_manifests)
    .where(and(eq(analysis_frame_manifests.analysis_id, analysisId), eq(analysis_frame_manifests.user_id, userId)))
    .orderBy(asc(analysis_frame_manifests.hop_ms));
}

/** Whether the user's analysis has stored frames (a completed analysis always has). */
export async function hasFrames(db: DbOrTx, userId: string, analysisId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(analysis_frame_manifests)
    .where(and(eq(analysis_frame_manifests.analysis_id, analysisId), eq(analysis_frame_manifests.user_id, userId)))
    .limit(1);
  return row !== undefined;
}

/** Chunks `first` to `last` (inclusive) of one of the user's timelines, in order. */
export async function chunksBetween(
  db: DbOrTx,
  userId: string,
  manifestId: string,
  first: number,
  last: number,
): Promise<ChunkRead[]> {
  const out: ChunkRead[] = [];
  for (let from = first; from <= last; from += CHUNKS_PER_STATEMENT) {
    const rows = await db
      .select(chunkColumns)
      .from(analysis_frame_data)
      .where(
        and(
          eq(analysis_frame_data.manifest_id, manifestId),
          between(analysis_frame_data.chunk_index, from, Math.min(last, from + CHUNKS_PER_STATEMENT - 1)),
          eq(analysis_frame_data.user_id, userId),
        ),
      )
      .orderBy(asc(analysis_frame_data.chunk_index));
    for (const { base64, ...place } of rows) out.push({ ...place, data: Buffer.from(base64, 'base64') });
  }
  return out;
}

export interface EventFilter {
  fromMs?: number;
  toMs?: number;
  types?: readonly string[];
  /** The (time_ms, id) of the last event served. */
  after?: readonly [number, string];
  limit: number;
}

/** The analysis's events in time order, `limit + 1` of them after the cursor. */
export async function listEvents(
  db: DbOrTx,
  userId: string,
  analysisId: string,
  filter: EventFilter,
): Promise<EventRow[]> {
  const e = analysis_events;
  return db
    .select()
    .from(e)
    .where(
      and(
        eq(e.analysis_id, analysisId),
        eq(e.user_id, userId),
        filter.fromMs === undefined ? undefined : gte(e.time_ms, filter.fromMs),
        filter.toMs === undefined ? undefined : lt(e.time_ms, filter.toMs),
        filter.types ? inArray(e.event_type, [...filter.types]) : undefined,
        filter.after ? afterKey([e.time_ms, e.id], filter.after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(e.time_ms), asc(e.id))
    .limit(filter.limit + 1);
}

/** Bytes of frame data the user's analyses hold (counted in their storage usage). */
export async function storedBytes(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(${analysis_frame_manifests.stored_bytes}), 0)` })
    .from(analysis_frame_manifests)
    .where(eq(analysis_frame_manifests.user_id, userId));
  return Number(row?.n ?? 0);
}
