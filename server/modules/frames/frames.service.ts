import { z } from 'zod';
import {
  type AnalysisEvent,
  type AnalysisEventItem,
  type eventListQuery,
  type FrameBand,
  type FrameBandInfo,
  type FrameManifest,
  RANGE_MAX_CHUNKS,
} from '#common/contracts/frames';
import {
  bytesPerFrame,
  CHUNK_FRAMES,
  chunkCount,
  chunkSpan,
  chunksOverlapping,
  encodeFloat32LE,
  frameLayout,
  valuesPerFrame,
} from '#common/frames/format';
import type { FrameLevel } from '#common/frames/levels';
import type { FrameRangeHeader } from '#common/frames/range';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { etagMatches } from '../../platform/cache-control';
import { badRequest, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as repo from './frames.repo';

/** What a completed analysis hands over to be stored. */
export interface SaveFramesInput {
  userId: string;
  analysisId: string;
  sampleRate: number;
  durationMs: number;
  fingerprint: string;
  analyzerVersion: string;
  bands: readonly FrameBand[];
  levels: readonly FrameLevel[];
  events: readonly AnalysisEvent[];
}

/**
 * Stores every level's manifest and chunks and the events of a completed analysis, in the
 * caller's transaction. Anything stored for the analysis before is replaced. Each level's
 * frames are turned into little-endian bytes once; its chunks are slices of those bytes.
 */
export async function saveAnalysisFrames(tx: DbOrTx, input: SaveFramesInput): Promise<void> {
  const { userId, analysisId, bands } = input;
  const stride = valuesPerFrame(bands);
  if (stride === 0) throw new Error('An analysis timeline needs at least one band value per frame');
  const frameBytes = bytesPerFrame(bands);
  const stored = bands.map(bandInfo);
  const layout = frameLayout(bands);
  await repo.deleteForAnalysis(tx, userId, analysisId);
  for (const level of input.levels) {
    const values = level.frameCount * stride;
    if (level.data.length < values) throw new Error(`Level ${level.hopMs} ms holds fewer values than its frames`);
    const bytes = encodeFloat32LE(level.data.subarray(0, values));
    const total = chunkCount(level.frameCount);
    const chunks = Array.from({ length: total }, (_, i) => {
      const span = chunkSpan(i, level.frameCount, level.hopMs);
      const { chunk_index: _index, ...times } = span;
      return {
        user_id: userId,
        chunk_index: i,
        ...times,
        data: Buffer.from(
          bytes.buffer,
          bytes.byteOffset + span.start_frame * frameBytes,
          span.frame_count * frameBytes,
        ),
      };
    });
    await repo.insertLevel(
      tx,
      {
        user_id: userId,
        analysis_id: analysisId,
        hop_ms: level.hopMs,
        frame_count: level.frameCount,
        duration_ms: Math.max(0, Math.round(input.durationMs)),
        sample_rate: input.sampleRate,
        bands: stored,
        bytes_per_frame: frameBytes,
        frame_layout: layout.map((entry) => ({ ...entry })),
        fingerprint: input.fingerprint,
        analyzer_version: input.analyzerVersion,
        chunk_size_frames: CHUNK_FRAMES,
        total_chunks: total,
        stored_bytes: bytes.byteLength,
      },
      chunks,
    );
  }
  await repo.insertEvents(
    tx,
    input.events.map((e) => ({
      user_id: userId,
      analysis_id: analysisId,
      event_type: e.type,
      ...eventTimes(e),
      confidence: e.confidence === undefined || !Number.isFinite(e.confidence) ? null : clamp(e.confidence, 0, 1),
      data: e.data ?? {},
    })),
  );
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Whole, non-negative milliseconds, as the table keeps them. */
function eventTimes(e: AnalysisEvent): { time_ms: number; duration_ms: number | null } {
  const time = Number.isFinite(e.timeMs) ? Math.max(0, Math.round(e.timeMs)) : 0;
  const duration =
    e.durationMs === undefined || !Number.isFinite(e.durationMs) ? null : Math.max(0, Math.round(e.durationMs));
  return { time_ms: time, duration_ms: duration };
}

/** A band as its manifest describes it. */
function bandInfo(band: FrameBand): FrameBandInfo & Record<string, unknown> {
  return {
    name: band.name,
    data_type: 'float32',
    size: band.size,
    aggregate: band.aggregate,
    ...(band.unit === undefined ? {} : { unit: band.unit }),
    ...(band.description === undefined ? {} : { description: band.description }),
  };
}

/** The user's timeline at this hop; 404 when there is none (no such level, not analysed, or not theirs). */
async function levelOf(ctx: Ctx, analysisId: string, hopMs: number): Promise<repo.ManifestRow> {
  const manifest = await repo.findManifest(ctx.database.db, ctx.userId, analysisId, hopMs);
  if (!manifest) throw notFound('frame timeline');
  return manifest;
}

/** The manifest of one level of the user's analysis, with the list of its levels. */
export async function getManifest(ctx: Ctx, analysisId: string, hopMs: number): Promise<FrameManifest> {
  const manifest = await levelOf(ctx, analysisId, hopMs);
  const levels = await repo.listLevels(ctx.database.db, ctx.userId, analysisId);
  return {
    analysis_id: manifest.analysis_id,
    manifest_version: manifest.manifest_version,
    hop_ms: manifest.hop_ms,
    frame_count: manifest.frame_count,
    duration_ms: manifest.duration_ms,
    sample_rate: manifest.sample_rate,
    bands: manifest.bands as FrameBandInfo[],
    bytes_per_frame: manifest.bytes_per_frame,
    frame_layout: manifest.frame_layout as FrameManifest['frame_layout'],
    fingerprint: manifest.fingerprint,
    analyzer_version: manifest.analyzer_version,
    chunk_size_frames: manifest.chunk_size_frames,
    total_chunks: manifest.total_chunks,
    stored_bytes: manifest.stored_bytes,
    created_at: manifest.created_at,
    levels,
  };
}

export type Encoding = 'binary' | 'base64';

/**
 * An answer whose content is fixed by the analysis's fingerprint: its ETag, and either "not
 * modified" (the client's copy is current) or what to send.
 */
export type Conditional<T> = { etag: string; notModified: true } | ({ etag: string; notModified: false } & T);

/** A strong ETag naming the content: the fingerprint, the level, the chunks and the encoding. */
const etagOf = (manifest: repo.ManifestRow, chunks: string, encoding: Encoding) =>
  `"${manifest.fingerprint}.${manifest.hop_ms}.${chunks}.${encoding === 'binary' ? 'bin' : 'b64'}"`;

/** One chunk of a level (404 past the last one), unless the client already holds it. */
export async function getChunk(
  ctx: Ctx,
  analysisId: string,
  query: { hop_ms: number; index: number; encoding: Encoding },
  ifNoneMatch: string | undefined,
): Promise<Conditional<{ chunk: repo.ChunkRead }>> {
  const manifest = await levelOf(ctx, analysisId, query.hop_ms);
  if (query.index >= manifest.total_chunks) throw notFound('chunk');
  const etag = etagOf(manifest, String(query.index), query.encoding);
  if (etagMatches(ifNoneMatch, etag)) return { etag, notModified: true };
  const [chunk] = await repo.chunksBetween(ctx.database.db, ctx.userId, manifest.id, query.index, query.index);
  if (!chunk) throw notFound('chunk');
  return { etag, notModified: false, chunk };
}

/** The whole chunks of a level that overlap [from_ms, to_ms), in order, and what the range answer's header says. */
export interface FrameRangeRead {
  manifest: repo.ManifestRow;
  header: FrameRangeHeader;
  chunks: repo.ChunkRead[];
}

/**
 * The chunks a view of [from_ms, to_ms) needs, unless the client already holds them. A range
 * past the end has none; one spanning more than RANGE_MAX_CHUNKS chunks is refused (400), and
 * the message names the level to read instead.
 */
export async function getRange(
  ctx: Ctx,
  analysisId: string,
  query: { hop_ms: number; from_ms: number; to_ms: number; encoding: Encoding },
  ifNoneMatch: string | undefined,
): Promise<Conditional<FrameRangeRead>> {
  const manifest = await levelOf(ctx, analysisId, query.hop_ms);
  const { hop_ms: hop, chunk_size_frames: size } = manifest;
  const span = chunksOverlapping(query.from_ms, query.to_ms, manifest.frame_count, hop, size);
  if (span && span.last - span.first + 1 > RANGE_MAX_CHUNKS) {
    throw badRequest(
      `This range spans ${span.last - span.first + 1} chunks at ${hop} ms; ask for at most ${RANGE_MAX_CHUNKS} chunks (${RANGE_MAX_CHUNKS * size * hop} ms here) or read a coarser level.`,
      [{ path: 'query.to_ms', message: `At most ${RANGE_MAX_CHUNKS * size * hop} ms after from_ms at this level` }],
    );
  }
  const etag = etagOf(manifest, span ? `${span.first}-${span.last}` : 'none', query.encoding);
  if (etagMatches(ifNoneMatch, etag)) return { etag, notModified: true };
  const chunks = span ? await repo.chunksBetween(ctx.database.db, ctx.userId, manifest.id, span.first, span.last) : [];
  const first = span?.first ?? 0;
  const header: FrameRangeHeader = {
    hop_ms: hop,
    bytes_per_frame: manifest.bytes_per_frame,
    first_chunk: first,
    chunk_count: chunks.length,
    start_frame: first * size,
    frame_count: chunks.reduce((n, c) => n + c.frame_count, 0),
  };
  return { etag, notModified: false, manifest, header, chunks };
}

const eventCursor = z.tuple([z.number().int().min(0), z.uuid()]);

/** The analysis's events in time order, filtered by time and type; 404 for an analysis without frames. */
export async function listEvents(
  ctx: Ctx,
  analysisId: string,
  query: z.output<typeof eventListQuery>,
): Promise<Page<AnalysisEventItem>> {
  if (!(await repo.hasFrames(ctx.database.db, ctx.userId, analysisId))) throw notFound('analysis');
  const after = decodeCursor(query.cursor, eventCursor);
  const rows = await repo.listEvents(ctx.database.db, ctx.userId, analysisId, {
    fromMs: query.from_ms,
    toMs: query.to_ms,
    types: query.event_type,
    after,
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.time_ms, r.id]);
  return {
    ...page,
    data: page.data.map((r) => ({
      id: r.id,
      event_type: r.event_type as AnalysisEventItem['event_type'],
      time_ms: r.time_ms,
      duration_ms: r.duration_ms,
      confidence: r.confidence,
      data: r.data,
    })),
  };
}

/** A chunk's place and bytes as JSON. */
export const chunkJson = (chunk: repo.ChunkRead) => ({
  chunk_index: chunk.chunk_index,
  start_frame: chunk.start_frame,
  end_frame: chunk.end_frame,
  frame_count: chunk.frame_count,
  start_time_ms: chunk.start_time_ms,
  end_time_ms: chunk.end_time_ms,
  data_base64: chunk.data.toString('base64'),
});

/** Bytes of frame data the user's analyses hold, counted in their storage usage and quota. */
export const frameStorageBytes = (db: DbOrTx, userId: string) => repo.storedBytes(db, userId);
