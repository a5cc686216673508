import { and, arrayContains, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { listening_prompt_presets, listening_prompt_templates } from './listening.tables';

export type TemplateRow = typeof listening_prompt_templates.$inferSelect;
export type PresetRow = typeof listening_prompt_presets.$inferSelect;

/** Active templates matching the filters, in catalogue order (served by listening_prompt_templates_order_idx). */
export async function listTemplates(
  db: DbOrTx,
  filter: { category?: string; difficulty?: string; tag?: string },
): Promise<TemplateRow[]> {
  const t = listening_prompt_templates;
  return db
    .select()
    .from(t)
    .where(
      and(
        eq(t.is_active, true),
        filter.category ? eq(t.category, filter.category) : undefined,
        filter.difficulty ? eq(t.difficulty, filter.difficulty) : undefined,
        filter.tag ? arrayContains(t.tags, [filter.tag]) : undefined,
      ),
    )
    .orderBy(asc(t.sort_order), asc(t.id));
}

/** One active template, by id or by key. */
export async function findTemplate(db: DbOrTx, by: { id: string } | { key: string }): Promise<TemplateRow | null> {
  const t = listening_prompt_templates;
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.is_active, true), 'id' in by ? eq(t.id, by.id) : eq(t.key, by.key)));
  return row ?? null;
}

/** Active presets matching the filters, in order: by template, then type, then position. */
export async function listPresets(
  db: DbOrTx,
  filter: { type?: string; templateIds?: string[]; standalone?: boolean },
): Promise<PresetRow[]> {
  const p = listening_prompt_presets;
  const conditions: (SQL | undefined)[] = [eq(p.is_active, true)];
  if (filter.type) conditions.push(eq(p.preset_type, filter.type));
  if (filter.templateIds) {
    if (filter.templateIds.length === 0) return [];
    conditions.push(inArray(p.template_id, filter.templateIds));
  }
  if (filter.standalone) conditions.push(isNull(p.template_id));
  return db
    .select()
    .from(p)
    .where(and(...conditions))
    .orderBy(asc(p.preset_type), asc(p.sort_order), asc(p.id));
}
