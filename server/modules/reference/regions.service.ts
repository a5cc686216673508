import type { z } from 'zod';
import {
  type createRegionBody,
  REGIONS_PER_TRACK,
  type Region,
  type RegionKind,
  type regionListQuery,
  type updateRegionBody,
} from '#common/contracts/annotations';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import { type Page, toPage } from '../../platform/pagination';
import { checkTimes, startCursor } from './annotations.service';
import { findOwnedTrack } from './reference.repo';
import * as repo from './regions.repo';
import type { Placement } from './track-items.repo';

function view({ user_id: _owner, ...row }: repo.RegionRow): Region {
  return { ...row, kind: row.kind as RegionKind };
}

export async function list(ctx: Ctx, trackId: string, query: z.output<typeof regionListQuery>): Promise<Page<Region>> {
  if (!(await findOwnedTrack(ctx.database.db, ctx.userId, trackId))) throw notFound('track');
  const rows = await repo.listRegions(ctx.database.db, ctx.userId, trackId, {
    after: startCursor(query),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.start_ms, r.id]);
  return { data: page.data.map(view), page: page.page };
}

/** Adds a region with the track locked, so the per-track limit holds under concurrent additions. */
export async function create(ctx: Ctx, trackId: string, body: z.output<typeof createRegionBody>): Promise<Region> {
  return ctx.database.db.transaction(async (tx) => {
    const track = await findOwnedTrack(tx, ctx.userId, trackId, true);
    if (!track) throw notFound('track');
    checkTimes(body, body, track.duration_seconds);
    if ((await repo.regions.count(tx, ctx.userId, trackId)) >= REGIONS_PER_TRACK) {
      throw conflict(`A track holds at most ${REGIONS_PER_TRACK} regions.`, 'limit_reached');
    }
    return view(
      await repo.regions.insert(tx, ctx.userId, trackId, {
        ...body,
        color: body.color ?? null,
        notes: body.notes ?? null,
      }),
    );
  });
}

export async function get(ctx: Ctx, where: Placement, id: string): Promise<Region> {
  const row = await repo.regions.find(ctx.database.db, ctx.userId, id, where);
  if (!row) throw notFound('region');
  const { duration_seconds: _length, ...region } = row;
  return view(region);
}

export async function update(
  ctx: Ctx,
  where: Placement,
  id: string,
  body: z.output<typeof updateRegionBody>,
): Promise<Region> {
  return ctx.database.db.transaction(async (tx) => {
    const found = await repo.regions.find(tx, ctx.userId, id, where, true);
    if (!found) throw notFound('region');
    const { duration_seconds, ...current } = found;
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as typeof body;
    if (Object.keys(patch).length === 0) return view(current);
    checkTimes(
      { start_ms: patch.start_ms, end_ms: patch.end_ms },
      { start_ms: patch.start_ms ?? current.start_ms, end_ms: patch.end_ms ?? current.end_ms },
      duration_seconds,
    );
    const row = await repo.regions.update(tx, ctx.userId, id, patch);
    if (!row) throw notFound('region');
    return view(row);
  });
}

export async function remove(ctx: Ctx, where: Placement, id: string): Promise<void> {
  if (!(await repo.regions.remove(ctx.database.db, ctx.userId, id, where))) throw notFound('region');
}
