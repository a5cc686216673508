import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { analysisEventTypes } from '#common/enums';
import { createdAt, id } from '../../db/columns';
import { bytea, emptyObject, oneOf, ownerId } from '../../db/table-helpers';
import { track_analyses } from '../reference/reference.tables';

/**
 * One frame timeline of an analysis: hop, frame count, band layout and chunking. Frames are
 * little-endian float32 bands packed without padding, stored in chunks of `chunk_size_frames`.
 * An analysis has one timeline per level: the full one (hop 10 ms) and coarser overviews of the
 * same bands (longer hops), so a whole-track view needs one small request.
 */
export const analysis_frame_manifests = pgTable(
  'analysis_frame_manifests',
  {
    id: id(),
    user_id: ownerId(),
    analysis_id: uuid()
      .notNull()
      .references(() => track_analyses.id, { onDelete: 'cascade' }),
    manifest_version: text().notNull().default('1.0'),
    hop_ms: integer().notNull().default(10),
    frame_count: integer().notNull(),
    duration_ms: integer().notNull(),
    sample_rate: integer().notNull(),
    /** Band definitions in frame order: `{name, data_type, size, description?, unit?, min_value?, max_value?}`. */
    bands: jsonb().$type<Record<string, unknown>[]>().notNull(),
    bytes_per_frame: integer().notNull(),
    /** Byte offset and size of each band inside a frame. */
    frame_layout: jsonb().$type<Record<string, unknown>[]>().notNull(),
    fingerprint: text().notNull(),
    analyzer_version: text().notNull(),
    chunk_size_frames: integer().notNull().default(1000),
    total_chunks: integer().notNull(),
    /** Bytes of frame data in this timeline's chunks: counted in the owner's storage usage. */
    stored_bytes: bigint({ mode: 'number' }).notNull().default(0),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('analysis_frame_manifests_analysis_hop_key').on(t.analysis_id, t.hop_ms),
    index('analysis_frame_manifests_user_idx').on(t.user_id, t.created_at),
    check('analysis_frame_manifests_hop_positive', sql`${t.hop_ms} > 0`),
    check('analysis_frame_manifests_counts_valid', sql`${t.frame_count} >= 0 and ${t.duration_ms} >= 0`),
    check('analysis_frame_manifests_rates_positive', sql`${t.sample_rate} > 0 and ${t.bytes_per_frame} > 0`),
    check('analysis_frame_manifests_chunk_size_positive', sql`${t.chunk_size_frames} > 0`),
    // ceil(frame_count / chunk_size_frames), so 0 frames make 0 chunks.
    check(
      'analysis_frame_manifests_total_chunks_valid',
      sql`${t.total_chunks} = (${t.frame_count} + ${t.chunk_size_frames} - 1) / ${t.chunk_size_frames}`,
    ),
  ],
);

/** One chunk of packed frames: frames [start_frame, end_frame) of a manifest. */
export const analysis_frame_data = pgTable(
  'analysis_frame_data',
  {
    id: id(),
    user_id: ownerId(),
    manifest_id: uuid()
      .notNull()
      .references(() => analysis_frame_manifests.id, { onDelete: 'cascade' }),
    chunk_index: integer().notNull(),
    start_frame: integer().notNull(),
    end_frame: integer().notNull(),
    start_time_ms: integer().notNull(),
    end_time_ms: integer().notNull(),
    frame_count: integer().notNull(),
    data: bytea().notNull(),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('analysis_frame_data_manifest_chunk_key').on(t.manifest_id, t.chunk_index),
    index('analysis_frame_data_user_idx').on(t.user_id),
    check('analysis_frame_data_chunk_index_non_negative', sql`${t.chunk_index} >= 0`),
    check(
      'analysis_frame_data_frames_valid',
      sql`${t.start_frame} >= 0 and ${t.end_frame} > ${t.start_frame} and ${t.frame_count} = ${t.end_frame} - ${t.start_frame}`,
    ),
    check('analysis_frame_data_times_valid', sql`${t.start_time_ms} >= 0 and ${t.end_time_ms} > ${t.start_time_ms}`),
  ],
);

/** Discrete things found in the audio: beats, downbeats, onsets, sections (label in `data`). */
export const analysis_events = pgTable(
  'analysis_events',
  {
    id: id(),
    user_id: ownerId(),
    analysis_id: uuid()
      .notNull()
      .references(() => track_analyses.id, { onDelete: 'cascade' }),
    event_type: text().notNull(),
    time_ms: integer().notNull(),
    duration_ms: integer(),
    confidence: real(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    created_at: createdAt(),
  },
  (t) => [
    index('analysis_events_analysis_time_idx').on(t.analysis_id, t.time_ms, t.id),
    index('analysis_events_analysis_type_time_idx').on(t.analysis_id, t.event_type, t.time_ms),
    index('analysis_events_user_idx').on(t.user_id),
    check('analysis_events_type_valid', oneOf(t.event_type, analysisEventTypes)),
    check('analysis_events_time_non_negative', sql`${t.time_ms} >= 0`),
    check('analysis_events_duration_non_negative', sql`${t.duration_ms} >= 0`),
    check('analysis_events_confidence_range', sql`${t.confidence} between 0 and 1`),
  ],
);
