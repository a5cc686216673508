import { z } from 'zod';
import { analysisEventTypes } from '../enums';
import { pageQuery, timestamp } from './base';
import { text } from './text';

/**
 * Analysis frames (`/api/frames/analyses/:id/…`, SPEC §6 Reference tracks, docs/FRAMES.md): the
 * timelines an analysis measured, in levels of coarser hops, and the events it found.
 */

/** How a band is summarised into the coarser overview levels (power_mean: the mean of the powers of dB values). */
export const bandAggregates = ['min', 'max', 'mean', 'power_mean'] as const;
export type BandAggregate = (typeof bandAggregates)[number];

/** A band of the timeline as the analysis engine describes it. */
export interface FrameBand {
  name: string;
  /** float32 values per frame. */
  size: number;
  unit?: string;
  description?: string;
  aggregate: BandAggregate;
}

/** An event as the analysis engine reports it (the types are those of `analysisEventTypes`). */
export interface AnalysisEvent {
  type: (typeof analysisEventTypes)[number];
  timeMs: number;
  durationMs?: number;
  confidence?: number;
  data?: Record<string, unknown>;
}

/** The longest time any frames query may name: 24 hours. */
export const FRAMES_MAX_MS = 86_400_000;
/** The most chunks one range request may span (a longer view takes a coarser level). */
export const RANGE_MAX_CHUNKS = 32;

export const frameBandInfo = z.object({
  name: z.string(),
  data_type: z.literal('float32'),
  size: z.number().int(),
  aggregate: z.enum(bandAggregates),
  unit: z.string().optional(),
  description: z.string().optional(),
});
export type FrameBandInfo = z.output<typeof frameBandInfo>;

export const frameLayoutEntry = z.object({
  band_name: z.string(),
  byte_offset: z.number().int(),
  byte_size: z.number().int(),
});

/** One stored level of an analysis: the full timeline (hop 10 ms) or a coarser overview. */
export const frameLevelInfo = z.object({
  hop_ms: z.number().int(),
  frame_count: z.number().int(),
  total_chunks: z.number().int(),
  stored_bytes: z.number().int(),
});
export type FrameLevelInfo = z.output<typeof frameLevelInfo>;

/** A level's manifest: what a client needs to fetch and read its chunks, and the levels there are. */
export const frameManifest = z.object({
  analysis_id: z.uuid(),
  manifest_version: z.string(),
  hop_ms: z.number().int(),
  frame_count: z.number().int(),
  duration_ms: z.number().int(),
  sample_rate: z.number().int(),
  bands: z.array(frameBandInfo),
  bytes_per_frame: z.number().int(),
  frame_layout: z.array(frameLayoutEntry),
  /** SHA-256 (hex) of the file's content, the analyzer version and its parameters. */
  fingerprint: z.string(),
  analyzer_version: z.string(),
  chunk_size_frames: z.number().int(),
  total_chunks: z.number().int(),
  stored_bytes: z.number().int(),
  created_at: timestamp,
  /** Every level of the analysis, finest first. */
  levels: z.array(frameLevelInfo),
});
export type FrameManifest = z.output<typeof frameManifest>;

/** Which level: its hop (10 ms, the full timeline, by default). */
export const frameLevelQuery = z.object({
  hop_ms: z.coerce.number().int().min(1).max(FRAMES_MAX_MS).default(10),
});
export type FrameLevelQuery = z.input<typeof frameLevelQuery>;

/** Raw bytes (`application/octet-stream`, the default) or JSON with the bytes in base64. */
export const frameEncoding = z.enum(['binary', 'base64']);

export const chunkParams = z.object({
  id: z.uuid(),
  index: z.coerce.number().int().min(0).max(1_000_000),
});
export const chunkQuery = frameLevelQuery.extend({ encoding: frameEncoding.default('binary') });
export type ChunkQuery = z.input<typeof chunkQuery>;

/** A chunk with its frames in base64 (standard alphabet, padded). */
export const frameChunk = z.object({
  chunk_index: z.number().int(),
  start_frame: z.number().int(),
  end_frame: z.number().int(),
  frame_count: z.number().int(),
  start_time_ms: z.number().int(),
  end_time_ms: z.number().int(),
  data_base64: z.string(),
});
export type FrameChunk = z.output<typeof frameChunk>;

const ms = z.coerce.number().int().min(0).max(FRAMES_MAX_MS);

/** The half-open time range [from_ms, to_ms) a view shows. */
export const frameRangeQuery = chunkQuery
  .extend({ from_ms: ms, to_ms: ms })
  .refine((q) => q.to_ms > q.from_ms, { message: '`to_ms` must be after `from_ms`', path: ['to_ms'] });
export type FrameRangeQuery = z.input<typeof frameRangeQuery>;

/** The whole chunks that overlap a range, in JSON (the binary answer's header, as fields). */
export const frameRange = z.object({
  analysis_id: z.uuid(),
  hop_ms: z.number().int(),
  bytes_per_frame: z.number().int(),
  chunk_size_frames: z.number().int(),
  from_ms: z.number().int(),
  to_ms: z.number().int(),
  /** The first frame of the first chunk (0 when no chunk overlaps). */
  start_frame: z.number().int(),
  frame_count: z.number().int(),
  chunks: z.array(frameChunk),
});
export type FrameRange = z.output<typeof frameRange>;

export const analysisEvent = z.object({
  id: z.uuid(),
  event_type: z.enum(analysisEventTypes),
  time_ms: z.number().int(),
  duration_ms: z.number().int().nullable(),
  confidence: z.number().nullable(),
  /** A section's `label`, for instance. */
  data: z.record(z.string(), z.unknown()),
});
export type AnalysisEventItem = z.output<typeof analysisEvent>;

/**
 * Events in time order: `from_ms` ≤ time < `to_ms` (each bound optional), of the types listed
 * (`event_type=beat,downbeat`; all types when absent).
 */
export const eventListQuery = pageQuery
  .extend({
    from_ms: ms.optional(),
    to_ms: ms.optional(),
    event_type: text(100, { trim: false })
      .transform((s) => [...new Set(s.split(',').map((k) => k.trim()))])
      .pipe(z.array(z.enum(analysisEventTypes)).min(1))
      .optional(),
  })
  .refine((q) => q.from_ms === undefined || q.to_ms === undefined || q.to_ms > q.from_ms, {
    message: '`to_ms` must be after `from_ms`',
    path: ['to_ms'],
  });
export type EventListQuery = z.input<typeof eventListQuery>;
