import type { z } from 'zod';
import {
  isUuid,
  type ListeningCategory,
  type ListeningDifficulty,
  type ListeningPreset,
  type ListeningPresetType,
  type ListeningTemplate,
  type listeningPresetsQuery,
  type listeningTemplatesQuery,
} from '#common/contracts/listening';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import * as repo from './listening.repo';

function presetView(row: repo.PresetRow): ListeningPreset {
  return {
    id: row.id,
    key: row.key,
    template_id: row.template_id,
    name: row.name,
    description: row.description,
    preset_type: row.preset_type as ListeningPresetType,
    config: row.config,
    sort_order: row.sort_order,
  };
}

/** Presets in the template's own order (the list query orders by type first). */
const bySortOrder = (a: repo.PresetRow, b: repo.PresetRow) => a.sort_order - b.sort_order || a.id.localeCompare(b.id);

function templateView(row: repo.TemplateRow, presets: repo.PresetRow[]): ListeningTemplate {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    category: row.category as ListeningCategory,
    difficulty: row.difficulty as ListeningDifficulty,
    prompt: row.prompt,
    hints: row.hints,
    expected_observations: row.expected_observations,
    tags: row.tags,
    sort_order: row.sort_order,
    presets: presets
      .filter((p) => p.template_id === row.id)
      .sort(bySortOrder)
      .map(presetView),
  };
}

/**
 * The active templates matching the filters, each with its active presets. The library is small
 * (tens of rows) and read-only for users, so it comes back whole, in catalogue order.
 */
export async function listTemplates(
  ctx: Ctx,
  query: z.output<typeof listeningTemplatesQuery>,
): Promise<ListeningTemplate[]> {
  const db = ctx.database.db;
  const rows = await repo.listTemplates(db, query);
  const presets = await repo.listPresets(db, { templateIds: rows.map((r) => r.id) });
  return rows.map((row) => templateView(row, presets));
}

/** One active template by id or key; an unknown or deactivated one is 404. */
export async function getTemplate(ctx: Ctx, idOrKey: string): Promise<ListeningTemplate> {
  const db = ctx.database.db;
  const row = await repo.findTemplate(db, isUuid(idOrKey) ? { id: idOrKey.toLowerCase() } : { key: idOrKey });
  if (!row) throw notFound('listening template');
  return templateView(row, await repo.listPresets(db, { templateIds: [row.id] }));
}

/** Active presets: all, one type, one template's, or (`template_id=none`) the ones that stand alone. */
export async function listPresets(ctx: Ctx, query: z.output<typeof listeningPresetsQuery>): Promise<ListeningPreset[]> {
  const rows = await repo.listPresets(ctx.database.db, {
    type: query.type,
    templateIds: query.template_id && query.template_id !== 'none' ? [query.template_id] : undefined,
    standalone: query.template_id === 'none',
  });
  return rows.map(presetView);
}
