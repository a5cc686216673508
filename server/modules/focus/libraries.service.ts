import { z } from 'zod';
import type { PageQuery } from '#common/contracts/base';
import {
  type AddFocusLibraryTrackBody,
  type CreateFocusLibraryBody,
  FOCUS_LIBRARY_TRACKS_LIMIT,
  type FocusLibrary,
  type FocusLibraryDetail,
  type FocusLibraryTrack,
  type UpdateFocusLibraryBody,
} from '#common/contracts/focus';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { ownedTrackSummaries } from '../reference';
import * as repo from './libraries.repo';

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: PageQuery): Promise<Page<FocusLibrary>> {
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  return toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
}

/** The library's tracks in order, with what the reference library knows of each. */
async function tracksOf(db: DbOrTx, userId: string, libraryId: string): Promise<FocusLibraryTrack[]> {
  const rows = await repo.tracks(db, userId, libraryId);
  const summaries = new Map(
    (
      await ownedTrackSummaries(
        db,
        userId,
        rows.map((r) => r.track_id),
      )
    ).map((t) => [t.id, t]),
  );
  return rows.flatMap((r) => {
    const t = summaries.get(r.track_id);
    if (!t) return [];
    return [
      {
        track_id: r.track_id,
        sort_order: r.sort_order,
        added_at: r.created_at,
        title: t.title,
        artist: t.artist,
        duration_seconds: t.duration_seconds,
      },
    ];
  });
}

export async function get(ctx: Ctx, id: string): Promise<FocusLibraryDetail> {
  const db = ctx.database.db;
  const library = await repo.find(db, ctx.userId, id);
  if (!library) throw notFound('library');
  return { ...library, tracks: await tracksOf(db, ctx.userId, id) };
}

export async function create(ctx: Ctx, body: CreateFocusLibraryBody): Promise<FocusLibraryDetail> {
  const row = await repo.insert(ctx.database.db, ctx.userId, body);
  return { ...row, track_count: 0, tracks: [] };
}

export async function update(ctx: Ctx, id: string, body: UpdateFocusLibraryBody): Promise<FocusLibraryDetail> {
  if (Object.keys(body).length > 0 && !(await repo.update(ctx.database.db, ctx.userId, id, body))) {
    throw notFound('library');
  }
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  if (!(await repo.remove(ctx.database.db, ctx.userId, id))) throw notFound('library');
}

/** Adds one of the user's uploaded tracks; another user's track, like a missing one, is 404. */
export async function addTrack(ctx: Ctx, id: string, body: AddFocusLibraryTrackBody): Promise<FocusLibraryDetail> {
  await ctx.database.db.transaction(async (tx) => {
    // Locking the library serializes additions, so the limit and the order stay exact.
    if (!(await repo.find(tx, ctx.userId, id, true))) throw notFound('library');
    const [track] = await ownedTrackSummaries(tx, ctx.userId, [body.track_id]);
    if (!track) throw notFound('track');
    const { count, last } = await repo.trackStats(tx, id);
    if (count >= FOCUS_LIBRARY_TRACKS_LIMIT) {
      throw conflict(`A library holds up to ${FOCUS_LIBRARY_TRACKS_LIMIT} tracks.`);
    }
    const added = await repo.addTrack(tx, {
      user_id: ctx.userId,
      library_id: id,
      track_id: track.id,
      sort_order: body.sort_order ?? (last === null ? 0 : last + 1),
    });
    if (!added) throw conflict('The track is already in this library.');
  });
  return get(ctx, id);
}

export async function removeTrack(ctx: Ctx, id: string, trackId: string): Promise<void> {
  if (!(await repo.find(ctx.database.db, ctx.userId, id))) throw notFound('library');
  if (!(await repo.removeTrack(ctx.database.db, ctx.userId, id, trackId))) throw notFound('track');
}
