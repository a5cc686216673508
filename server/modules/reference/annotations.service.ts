import { z } from 'zod';
import {
  ANNOTATIONS_PER_TRACK,
  type Annotation,
  type AnnotationType,
  type annotationListQuery,
  type createAnnotationBody,
  timesBeyondTrack,
  trackLengthMs,
  type updateAnnotationBody,
} from '#common/contracts/annotations';
import type { Ctx } from '../../platform/access';
import { conflict, notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as repo from './annotations.repo';
import { findOwnedTrack } from './reference.repo';
import type { Placement } from './track-items.repo';

const cursorShape = z.tuple([z.number().int().min(0), z.uuid()]);

/** The last row served, for a list by start time. */
export const startCursor = (query: { cursor?: string }) => decodeCursor(query.cursor, cursorShape);

/**
 * Refuses, with 422 naming the field, a time given in the request that falls beyond the track's
 * end (when its length is known) and a range that would end before it starts once `given` is
 * applied to what is stored. Times already stored are not checked again against the length, so
 * a track whose length becomes known later does not lock its notes.
 */
export function checkTimes(
  given: { start_ms?: number; end_ms?: number | null },
  after: { start_ms: number; end_ms: number | null },
  durationSeconds: number | null,
): void {
  const details = timesBeyondTrack(given, trackLengthMs(durationSeconds));
  if (details.length === 0 && after.end_ms !== null && after.end_ms <= after.start_ms) {
    details.push(
      given.end_ms !== undefined
        ? { path: 'body.end_ms', message: 'The end must come after the start' }
        : { path: 'body.start_ms', message: `The start must come before the end (${after.end_ms} ms)` },
    );
  }
  if (details.length > 0) throw validationError(details);
}

function view({ user_id: _owner, ...row }: repo.AnnotationRow): Annotation {
  return { ...row, type: row.type as AnnotationType };
}

async function ownedTrack(ctx: Ctx, trackId: string) {
  const track = await findOwnedTrack(ctx.database.db, ctx.userId, trackId);
  if (!track) throw notFound('track');
  return track;
}

export async function list(
  ctx: Ctx,
  trackId: string,
  query: z.output<typeof annotationListQuery>,
): Promise<Page<Annotation>> {
  await ownedTrack(ctx, trackId);
  const rows = await repo.listAnnotations(ctx.database.db, ctx.userId, trackId, {
    type: query.type,
    tag: query.tag,
    after: startCursor(query),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.start_ms, r.id]);
  return { data: page.data.map(view), page: page.page };
}

/** Adds an annotation with the track locked, so the per-track limit holds under concurrent additions. */
export async function create(
  ctx: Ctx,
  trackId: string,
  body: z.output<typeof createAnnotationBody>,
): Promise<Annotation> {
  return ctx.database.db.transaction(async (tx) => {
    const track = await findOwnedTrack(tx, ctx.userId, trackId, true);
    if (!track) throw notFound('track');
    const end_ms = body.end_ms ?? null;
    checkTimes({ start_ms: body.start_ms, end_ms }, { start_ms: body.start_ms, end_ms }, track.duration_seconds);
    if ((await repo.annotations.count(tx, ctx.userId, trackId)) >= ANNOTATIONS_PER_TRACK) {
      throw conflict(`A track holds at most ${ANNOTATIONS_PER_TRACK} annotations.`, 'limit_reached');
    }
    return view(await repo.annotations.insert(tx, ctx.userId, trackId, { ...body, end_ms }));
  });
}

export async function get(ctx: Ctx, where: Placement, id: string): Promise<Annotation> {
  const row = await repo.annotations.find(ctx.database.db, ctx.userId, id, where);
  if (!row) throw notFound('annotation');
  const { duration_seconds: _length, ...annotation } = row;
  return view(annotation);
}

export async function update(
  ctx: Ctx,
  where: Placement,
  id: string,
  body: z.output<typeof updateAnnotationBody>,
): Promise<Annotation> {
  return ctx.database.db.transaction(async (tx) => {
    const found = await repo.annotations.find(tx, ctx.userId, id, where, true);
    if (!found) throw notFound('annotation');
    const { duration_seconds, ...current } = found;
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as typeof body;
    if (Object.keys(patch).length === 0) return view(current);
    checkTimes(
      { start_ms: patch.start_ms, end_ms: patch.end_ms },
      {
        start_ms: patch.start_ms ?? current.start_ms,
        end_ms: patch.end_ms !== undefined ? patch.end_ms : current.end_ms,
      },
      duration_seconds,
    );
    const row = await repo.annotations.update(tx, ctx.userId, id, patch);
    if (!row) throw notFound('annotation');
    return view(row);
  });
}

export async function remove(ctx: Ctx, where: Placement, id: string): Promise<void> {
  if (!(await repo.annotations.remove(ctx.database.db, ctx.userId, id, where))) throw notFound('annotation');
}
