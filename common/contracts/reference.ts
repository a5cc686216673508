import { z } from 'zod';
import { analysisStatuses } from '../enums';
import { pageQuery, timestamp } from './base';
import { longText, text } from './text';

/**
 * Reference tracks (`/api/reference/tracks`, SPEC §6 Reference tracks): audio the user uploads
 * to study, with what was read from the file and what the user wrote about it.
 */

/** The default most an upload may hold (`TRACK_MAX_MB` changes it on a server). */
export const TRACK_MAX_MB = 200;
/** The types a track is stored as, decided from the file's content (never its name or declared type). */
export const trackMimeTypes = [
  'audio/wav',
  'audio/mpeg',
  'audio/flac',
  'audio/ogg',
  'audio/opus',
  'audio/aac',
  'audio/mp4',
] as const;
/** What the upload form offers in its file picker (the server still decides by content). */
export const TRACK_ACCEPT = '.wav,.mp3,.flac,.ogg,.oga,.opus,.aac,.m4a,.mp4,audio/*';

export const TRACK_TITLE_MAX = 300;
export const TRACK_FIELD_MAX = 200;
export const TRACK_NOTES_MAX = 10_000;
export const TRACK_TAG_MAX = 40;
export const TRACK_TAGS_MAX = 20;
export const TRACK_SEARCH_MAX = 100;

/** A tag: trimmed, lower-cased, letters, digits, spaces and `-_./+#&` (as note tags are). */
export const trackTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(TRACK_TAG_MAX)
  .regex(/^[\p{L}\p{N} _\-./+#&]+$/u, 'Use letters, digits, spaces and - _ . / + # & in a tag');

export const track = z.object({
  id: z.uuid(),
  title: z.string(),
  artist: z.string().nullable(),
  album: z.string().nullable(),
  genre: z.string().nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  is_favorite: z.boolean(),
  /** The uploaded file's name, as the browser sent it (cleaned of control characters). */
  filename: z.string(),
  /** The type the content was recognised as. */
  mime_type: z.string(),
  size_bytes: z.number().int(),
  duration_seconds: z.number().nullable(),
  sample_rate: z.number().int().nullable(),
  channels: z.number().int().nullable(),
  bpm: z.number().nullable(),
  musical_key: z.string().nullable(),
  integrated_lufs: z.number().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Track = z.output<typeof track>;

/** Repeats dropped, first order kept. */
const trackTags = z
  .array(trackTag)
  .max(TRACK_TAGS_MAX)
  .transform((tags) => [...new Set(tags)]);
const optionalText = (max: number) => text(max).nullable();

/** What the user may correct or add; `null` clears a field. */
export const updateTrackBody = z
  .strictObject({
    title: text(TRACK_TITLE_MAX).min(1),
    artist: optionalText(TRACK_FIELD_MAX),
    album: optionalText(TRACK_FIELD_MAX),
    genre: optionalText(TRACK_FIELD_MAX),
    notes: longText(TRACK_NOTES_MAX).nullable(),
    tags: trackTags,
    is_favorite: z.boolean(),
  })
  .partial();
export type UpdateTrackBody = z.input<typeof updateTrackBody>;

/** Newest first; `q` finds words in the title or the artist, `tag` keeps the tracks with that tag. */
export const trackListQuery = pageQuery.extend({
  q: text(TRACK_SEARCH_MAX).min(1).optional(),
  tag: trackTag.optional(),
});
export type TrackListQuery = z.input<typeof trackListQuery>;

/** The upload form: one file part named `file`. Documented for OpenAPI; the route reads the stream itself. */
export const uploadTrackBody = z.object({
  file: z.string().meta({ format: 'binary', description: 'The audio file (WAV, MP3, FLAC, OGG, Opus, AAC, M4A)' }),
});

/**
 * The numbers of a completed analysis (SPEC §6; docs/ANALYSIS.md says how each is measured).
 * A value the audio does not have (the loudness of silence, the tempo of a drone) is null.
 */
export const analysisResults = z.object({
  duration_ms: z.number().int(),
  sample_rate: z.number().int(),
  channels: z.number().int(),
  integrated_lufs: z.number().nullable(),
  loudness_range_lu: z.number().nullable(),
  momentary_max_lufs: z.number().nullable(),
  short_term_max_lufs: z.number().nullable(),
  sample_peak_dbfs: z.number().nullable(),
  true_peak_dbtp: z.number().nullable(),
  rms_dbfs: z.number().nullable(),
  crest_factor_db: z.number().nullable(),
  plr_db: z.number().nullable(),
  bpm: z.number().nullable(),
  bpm_confidence: z.number().nullable(),
  key: z.string().nullable(),
  key_confidence: z.number().nullable(),
  key_runner_up: z.object({ key: z.string(), confidence: z.number() }).nullable(),
  sections: z.array(
    z.object({ start_ms: z.number().int(), end_ms: z.number().int(), label: z.string(), confidence: z.number() }),
  ),
});
export type AnalysisResults = z.output<typeof analysisResults>;

/** An analysis of a track: queued, running (with progress), completed with its results, failed or cancelled. */
export const analysis = z.object({
  id: z.uuid(),
  track_id: z.uuid(),
  status: z.enum(analysisStatuses),
  /** 0–100 while running. */
  progress: z.number().int(),
  analyzer_version: z.string(),
  /** Equal fingerprints, equal results: SHA-256 of the file's checksum, the analyzer version and its parameters. */
  fingerprint: z.string().nullable(),
  results: analysisResults.nullable(),
  /** Why it failed, or why the last attempt did while it waits to be tried again. */
  error: z.string().nullable(),
  attempts: z.number().int(),
  created_at: timestamp,
  started_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
});
export type Analysis = z.output<typeof analysis>;
