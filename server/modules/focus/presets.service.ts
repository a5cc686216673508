import type { z } from 'zod';
import {
  type createFocusPresetBody,
  FOCUS_PRESETS_LIMIT,
  type FocusPreset,
  type UpdateFocusPresetBody,
} from '#common/contracts/focus';
import type { Ctx } from '../../platform/access';
import { conflict, notFound } from '../../platform/errors';
import * as repo from './presets.repo';

export async function list(ctx: Ctx): Promise<FocusPreset[]> {
  return repo.list(ctx.database.db, ctx.userId, FOCUS_PRESETS_LIMIT);
}

/** A new preset goes last unless placed; marking it default moves the mark (one transaction). */
export async function create(ctx: Ctx, body: z.output<typeof createFocusPresetBody>): Promise<FocusPreset> {
  return ctx.database.db.transaction(async (tx) => {
    const { count, last } = await repo.countAndLastOrder(tx, ctx.userId);
    if (count >= FOCUS_PRESETS_LIMIT) throw conflict(`A user can keep up to ${FOCUS_PRESETS_LIMIT} presets.`);
    if (body.is_default) await repo.clearDefault(tx, ctx.userId);
    return repo.insert(tx, ctx.userId, { ...body, sort_order: body.sort_order ?? (last === null ? 0 : last + 1) });
  });
}

export async function update(ctx: Ctx, id: string, body: UpdateFocusPresetBody): Promise<FocusPreset> {
  return ctx.database.db.transaction(async (tx) => {
    if (body.is_default) await repo.clearDefault(tx, ctx.userId, id);
    const row =
      Object.keys(body).length === 0
        ? await repo.find(tx, ctx.userId, id)
        : await repo.update(tx, ctx.userId, id, body);
    if (!row) throw notFound('preset');
    return row;
  });
}

export async function remove(ctx: Ctx, id: string): Promise<void> {
  if (!(await repo.remove(ctx.database.db, ctx.userId, id))) throw notFound('preset');
}
