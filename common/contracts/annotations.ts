import { z } from 'zod';
import { annotationTypes, regionKinds } from '../enums';
import { listEnvelope, pageQuery, timestamp } from './base';
import { longText, text } from './text';

/**
 * Annotations and regions on a reference track (`/api/reference/tracks/:id/{annotations,regions}`,
 * SPEC §6 Reference tracks; rules in docs/RULES.md). Times are whole milliseconds from the start
 * of the track.
 */

/** The latest time any annotation or region may name: 24 hours, whatever the track's length. */
export const TRACK_TIME_MAX_MS = 24 * 60 * 60 * 1000;
export const ANNOTATIONS_PER_TRACK = 1000;
export const REGIONS_PER_TRACK = 200;
export const ANNOTATION_BODY_MAX = 10_000;
export const ANNOTATION_TAGS_MAX = 20;
export const ANNOTATION_TAG_MAX = 40;
export const REGION_NAME_MAX = 200;
export const REGION_NOTES_MAX = 10_000;

export const annotationType = z.enum(annotationTypes);
export type AnnotationType = z.output<typeof annotationType>;
export const regionKind = z.enum(regionKinds);
export type RegionKind = z.output<typeof regionKind>;

const timeMs = z
  .number()
  .int('Use whole milliseconds')
  .min(0, 'A time cannot be negative')
  .max(TRACK_TIME_MAX_MS, 'A time can be at most 24 hours');

/** A tag: one line, trimmed, lower-cased (so `Mix` and `mix` are one tag). */
export const annotationTag = text(ANNOTATION_TAG_MAX).min(1).toLowerCase();

/** Tags in their first order, repeats dropped. */
const annotationTags = z
  .array(annotationTag)
  .max(ANNOTATION_TAGS_MAX)
  .transform((tags) => [...new Set(tags)]);

/** Markdown: kept as written (no trimming), but not blank. */
const annotationBody = longText(ANNOTATION_BODY_MAX, { trim: false }).refine((s) => s.trim() !== '', 'Write something');

/** A colour as `#rrggbb` (any case in, lower case out). */
export const regionColor = text(7)
  .regex(/^#[0-9a-f]{6}$/i, 'Use a colour written as #rrggbb')
  .toLowerCase();

/** The end of a range comes after its start: the issue names `end_ms`. */
function endAfterStart(value: { start_ms?: number; end_ms?: number | null }, ctx: z.RefinementCtx) {
  const { start_ms: start, end_ms: end } = value;
  if (start !== undefined && end !== undefined && end !== null && end <= start) {
    ctx.addIssue({ code: 'custom', message: 'The end must come after the start', path: ['end_ms'], input: end });
  }
}

// ── Annotations ──────────────────────────────────────────────────────────────

export const annotation = z.object({
  id: z.uuid(),
  track_id: z.uuid(),
  start_ms: z.number().int(),
  /** Null for an annotation at a point. */
  end_ms: z.number().int().nullable(),
  type: annotationType,
  body: z.string(),
  tags: z.array(z.string()),
  is_private: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Annotation = z.output<typeof annotation>;

/** At a point (`start_ms` only) or over a range (`end_ms` after `start_ms`). */
export const createAnnotationBody = z
  .strictObject({
    start_ms: timeMs,
    end_ms: timeMs.nullable().optional(),
    type: annotationType.default('note'),
    body: annotationBody,
    tags: annotationTags.default([]),
    is_private: z.boolean().default(true),
  })
  .superRefine(endAfterStart);
export type CreateAnnotationBody = z.input<typeof createAnnotationBody>;

/** `end_ms: null` turns a range into a point. */
export const updateAnnotationBody = z
  .strictObject({
    start_ms: timeMs,
    end_ms: timeMs.nullable(),
    type: annotationType,
    body: annotationBody,
    tags: annotationTags,
    is_private: z.boolean(),
  })
  .partial()
  .superRefine(endAfterStart);
export type UpdateAnnotationBody = z.input<typeof updateAnnotationBody>;

/** By start time; `type` and `tag` narrow the list. */
export const annotationListQuery = pageQuery.extend({
  type: annotationType.optional(),
  tag: annotationTag.optional(),
});
export type AnnotationListQuery = z.input<typeof annotationListQuery>;
export const annotationList = listEnvelope(annotation);

// ── Regions ──────────────────────────────────────────────────────────────────

export const region = z.object({
  id: z.uuid(),
  track_id: z.uuid(),
  name: z.string(),
  kind: regionKind,
  start_ms: z.number().int(),
  end_ms: z.number().int(),
  color: z.string().nullable(),
  notes: z.string().nullable(),
  is_favorite: z.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Region = z.output<typeof region>;

const regionFields = {
  name: text(REGION_NAME_MAX).min(1),
  kind: regionKind,
  start_ms: timeMs,
  end_ms: timeMs,
  color: regionColor.nullable(),
  notes: longText(REGION_NOTES_MAX).nullable(),
  is_favorite: z.boolean(),
};

export const createRegionBody = z
  .strictObject({
    ...regionFields,
    kind: regionFields.kind.default('section'),
    color: regionFields.color.optional(),
    notes: regionFields.notes.optional(),
    is_favorite: regionFields.is_favorite.default(false),
  })
  .superRefine(endAfterStart);
export type CreateRegionBody = z.input<typeof createRegionBody>;

export const updateRegionBody = z.strictObject(regionFields).partial().superRefine(endAfterStart);
export type UpdateRegionBody = z.input<typeof updateRegionBody>;

/** By start time. */
export const regionListQuery = pageQuery;
export type RegionListQuery = z.input<typeof regionListQuery>;
export const regionList = listEnvelope(region);

// ── Times against the track ──────────────────────────────────────────────────

/** The track's length in whole milliseconds, or null while it is not known (not analysed yet). */
export const trackLengthMs = (durationSeconds: number | null) =>
  durationSeconds === null ? null : Math.round(durationSeconds * 1000);

/**
 * The fields among `times` that fall beyond the end of a track of `lengthMs`, as error details
 * (`body.<field>`); none when the length is unknown.
 */
export function timesBeyondTrack(
  times: Partial<Record<'start_ms' | 'end_ms', number | null>>,
  lengthMs: number | null,
): { path: string; message: string }[] {
  if (lengthMs === null) return [];
  return Object.entries(times)
    .filter(([, ms]) => typeof ms === 'number' && ms > lengthMs)
    .map(([field]) => ({ path: `body.${field}`, message: `The track is only ${lengthMs} ms long` }));
}
