import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { analysisStatuses, annotationTypes, regionKinds } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, emptyTextArray, oneOf, ownerId } from '../../db/table-helpers';
import { blobs } from '../blobs/blobs.tables';

/** Uploaded reference audio; the file lives in the blob store under `blob_key`. */
export const reference_tracks = pgTable(
  'reference_tracks',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    artist: text(),
    album: text(),
    genre: text(),
    notes: text(),
    tags: text().array().notNull().default(emptyTextArray),
    /** No action on delete: the blob row goes only after its track (checked at statement end). */
    blob_key: text()
      .notNull()
      .references(() => blobs.key),
    filename: text().notNull(),
    mime_type: text().notNull(),
    size_bytes: bigint({ mode: 'number' }).notNull(),
    /** Filled from the latest completed analysis, for lists that show them without the results. */
    duration_seconds: real(),
    sample_rate: integer(),
    channels: smallint(),
    bpm: real(),
    musical_key: text(),
    integrated_lufs: real(),
    is_favorite: boolean().notNull().default(false),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('reference_tracks_blob_key').on(t.blob_key),
    index('reference_tracks_user_created_idx').on(t.user_id, t.created_at, t.id),
    // The library's `tag` filter and its search by title or artist (pg_trgm, loaded by the migration).
    index('reference_tracks_tags_idx').using('gin', t.tags),
    index('reference_tracks_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('reference_tracks_artist_trgm_idx').using('gin', t.artist.op('gin_trgm_ops')),
    check('reference_tracks_mime_audio', sql`${t.mime_type} like 'audio/%'`),
    check('reference_tracks_size_positive', sql`${t.size_bytes} > 0`),
    check('reference_tracks_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('reference_tracks_duration_non_negative', sql`${t.duration_seconds} >= 0`),
    check('reference_tracks_channels_range', sql`${t.channels} between 1 and 32`),
    check('reference_tracks_bpm_range', sql`${t.bpm} > 0 and ${t.bpm} < 1000`),
  ],
);

/**
 * Analyses of a track, and the persistent job queue of the analysis worker: a worker claims the
 * oldest queued row whose `run_after` has passed (FOR UPDATE SKIP LOCKED), keeps `locked_until`
 * ahead of the clock while it runs, and a row whose lease lapsed is queued again on restart.
 */
export const track_analyses = pgTable(
  'track_analyses',
  {
    id: id(),
    user_id: ownerId(),
    track_id: uuid()
      .notNull()
      .references(() => reference_tracks.id, { onDelete: 'cascade' }),
    status: text().notNull().default('queued'),
    progress: smallint().notNull().default(0),
    analyzer_version: text().notNull(),
    parameters: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    /** SHA-256 of content + analyzer version + parameters: equal fingerprints, equal results. */
    fingerprint: text(),
    results: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    attempts: integer().notNull().default(0),
    run_after: ts().notNull().defaultNow(),
    locked_until: ts(),
    started_at: ts(),
    completed_at: ts(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('track_analyses_track_created_idx').on(t.track_id, t.created_at, t.id),
    index('track_analyses_user_created_idx').on(t.user_id, t.created_at, t.id),
    // The admin console's queue: every user's analyses, newest first, by status or not.
    index('track_analyses_created_idx').on(t.created_at, t.id),
    index('track_analyses_status_created_idx').on(t.status, t.created_at, t.id),
    // The worker's queue scan.
    index('track_analyses_queue_idx').on(t.run_after, t.created_at).where(sql`${t.status} in ('queued', 'running')`),
    // At most one open job per track.
    uniqueIndex('track_analyses_one_open_per_track').on(t.track_id).where(sql`${t.status} in ('queued', 'running')`),
    check('track_analyses_status_valid', oneOf(t.status, analysisStatuses)),
    check('track_analyses_progress_range', sql`${t.progress} between 0 and 100`),
    check('track_analyses_attempts_non_negative', sql`${t.attempts} >= 0`),
    check('track_analyses_completed_has_results', sql`${t.status} <> 'completed' or ${t.results} is not null`),
    check('track_analyses_failed_has_error', sql`${t.status} <> 'failed' or ${t.error} is not null`),
  ],
);

/** A note at a point (`end_ms` null) or over a range of a track. */
export const track_annotations = pgTable(
  'track_annotations',
  {
    id: id(),
    user_id: ownerId(),
    track_id: uuid()
      .notNull()
      .references(() => reference_tracks.id, { onDelete: 'cascade' }),
    start_ms: integer().notNull(),
    end_ms: integer(),
    type: text().notNull().default('note'),
    body: text().notNull(),
    tags: text().array().notNull().default(emptyTextArray),
    is_private: boolean().notNull().default(true),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('track_annotations_track_start_idx').on(t.track_id, t.start_ms, t.id),
    index('track_annotations_user_created_idx').on(t.user_id, t.created_at, t.id),
    check('track_annotations_type_valid', oneOf(t.type, annotationTypes)),
    check('track_annotations_start_non_negative', sql`${t.start_ms} >= 0`),
    check('track_annotations_range_valid', sql`${t.end_ms} is null or ${t.end_ms} > ${t.start_ms}`),
  ],
);

/** Named ranges of a track: sections and loops, optionally marked favorite. */
export const track_regions = pgTable(
  'track_regions',
  {
    id: id(),
    user_id: ownerId(),
    track_id: uuid()
      .notNull()
      .references(() => reference_tracks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: text().notNull().default('section'),
    start_ms: integer().notNull(),
    end_ms: integer().notNull(),
    color: text(),
    notes: text(),
    is_favorite: boolean().notNull().default(false),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('track_regions_track_start_idx').on(t.track_id, t.start_ms, t.id),
    index('track_regions_user_created_idx').on(t.user_id, t.created_at, t.id),
    check('track_regions_kind_valid', oneOf(t.kind, regionKinds)),
    check('track_regions_start_non_negative', sql`${t.start_ms} >= 0`),
    check('track_regions_end_after_start', sql`${t.end_ms} > ${t.start_ms}`),
    check('track_regions_name_length', sql`char_length(${t.name}) between 1 and 200`),
  ],
);
