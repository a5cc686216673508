import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { listeningCategories, listeningDifficulties, listeningPresetTypes } from '#common/enums';
import { adminEditedAt, createdAt, id, updatedAt } from '../../db/columns';
import { emptyTextArray, oneOf } from '../../db/table-helpers';

/** The admin-managed library of critical-listening exercises. */
export const listening_prompt_templates = pgTable(
  'listening_prompt_templates',
  {
    id: id(),
    key: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    category: text().notNull(),
    difficulty: text().notNull().default('beginner'),
    prompt: text().notNull(),
    hints: text().array().notNull().default(emptyTextArray),
    expected_observations: text().array().notNull().default(emptyTextArray),
    tags: text().array().notNull().default(emptyTextArray),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('listening_prompt_templates_key').on(t.key),
    index('listening_prompt_templates_category_order_idx').on(t.category, t.sort_order, t.id),
    index('listening_prompt_templates_order_idx').on(t.sort_order, t.id),
    check('listening_prompt_templates_category_valid', oneOf(t.category, listeningCategories)),
    check('listening_prompt_templates_difficulty_valid', oneOf(t.difficulty, listeningDifficulties)),
  ],
);

/**
 * Player set-ups for listening: a focus band (filter), an A/B comparison, or a loop. A preset
 * may belong to a template or stand alone.
 */
export const listening_prompt_presets = pgTable(
  'listening_prompt_presets',
  {
    id: id(),
    key: text().notNull(),
    template_id: uuid().references(() => listening_prompt_templates.id, { onDelete: 'set null' }),
    name: text().notNull(),
    description: text().notNull(),
    preset_type: text().notNull(),
    /** e.g. `{low_hz, high_hz}` for a band, `{gain_match: true}` for a comparison, `{bars}` for a loop. */
    config: jsonb().$type<Record<string, unknown>>().notNull(),
    is_active: boolean().notNull().default(true),
    sort_order: integer().notNull().default(0),
    admin_edited_at: adminEditedAt(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('listening_prompt_presets_key').on(t.key),
    index('listening_prompt_presets_template_idx').on(t.template_id),
    index('listening_prompt_presets_type_order_idx').on(t.preset_type, t.sort_order, t.id),
    check('listening_prompt_presets_type_valid', oneOf(t.preset_type, listeningPresetTypes)),
    check('listening_prompt_presets_config_object', sql`jsonb_typeof(${t.config}) = 'object'`),
  ],
);
