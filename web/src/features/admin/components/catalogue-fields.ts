import type { CatalogueName } from '#common/contracts/admin';
import {
  achievementCategories,
  achievementTriggerTypes,
  drillTypes,
  learnDifficulties,
  listeningCategories,
  listeningDifficulties,
  listeningPresetTypes,
  marketCategories,
  marketRarities,
  questPeriods,
  questTargetTypes,
  skillKeys,
} from '#common/enums';
import type { Permission } from '#common/permissions';

/**
 * How the console's form shows each field of a catalogue. The values and limits come from the
 * contracts (common/contracts/admin.ts), which check the form before it is sent.
 */
export type FieldKind =
  | { kind: 'text' }
  | { kind: 'textarea'; rows?: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'select'; options: readonly string[] }
  /** Options read from another catalogue (a lesson's topic, a preset's template). */
  | { kind: 'reference'; catalogue: CatalogueName }
  | { kind: 'json' }
  /** One entry a line. */
  | { kind: 'lines' }
  | { kind: 'datetime' };

export type FieldSpec = FieldKind & {
  name: string;
  label: string;
  hint?: string;
  /** Empty means null. */
  nullable?: boolean;
};

const f = (name: string, label: string, kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ name, label, ...kind, ...extra }) as FieldSpec;
const text = { kind: 'text' } as const;
const number = { kind: 'number' } as const;
const boolean = { kind: 'boolean' } as const;
const json = { kind: 'json' } as const;
const select = (options: readonly string[]) => ({ kind: 'select', options }) as const;
const textarea = (rows = 3) => ({ kind: 'textarea', rows }) as const;

const description = f('description', 'Description', textarea());
const icon = f('icon', 'Icon', text, { hint: 'An icon name, e.g. target or book-open' });
const rewards = [f('xp_reward', 'XP reward', number), f('coin_reward', 'Coin reward', number)];

export interface CatalogueSpec {
  name: CatalogueName;
  label: string;
  /** One row, in messages ("universal quest"). */
  singular: string;
  /** The field that names a row in the table. */
  titleField: string;
  fields: FieldSpec[];
  /** Key choices when the key is not free text (skills). */
  keyOptions?: readonly string[];
  /** What the API asks of the reader (server/modules/admin/catalogues.service.ts). */
  permission: Permission;
}

export const catalogueSpecs: readonly CatalogueSpec[] = [
  {
    name: 'quests',
    label: 'Quests',
    singular: 'universal quest',
    permission: 'content:update',
    titleField: 'title',
    fields: [
      f('title', 'Title', text),
      description,
      f('period', 'Period', select(questPeriods)),
      f('target_type', 'What counts', select(questTargetTypes)),
      f('target', 'Target', number),
      ...rewards,
      f('skill_key', 'Skill', select(skillKeys), { nullable: true }),
      icon,
    ],
  },
  {
    name: 'achievements',
    label: 'Achievements',
    singular: 'achievement',
    permission: 'content:update',
    titleField: 'name',
    fields: [
      f('name', 'Name', text),
      description,
      f('category', 'Category', select(achievementCategories)),
      icon,
      f('trigger_type', 'Trigger', select(achievementTriggerTypes)),
      f('trigger_config', 'Trigger settings (JSON)', json, {
        hint: 'count: {"event", "count"}; streak: {"streak_type", "days"}; level: {"level"}; total: {"metric", "amount"}',
      }),
      f('reward_xp', 'XP reward', number),
      f('reward_coins', 'Coin reward', number),
      f('reward_item_key', 'Market item granted (key)', text, { nullable: true }),
      f('is_hidden', 'Hidden until earned', boolean),
    ],
  },
  {
    name: 'skills',
    label: 'Skills',
    singular: 'skill',
    permission: 'content:update',
    titleField: 'name',
    keyOptions: skillKeys,
    fields: [
      f('name', 'Name', text),
      description,
      icon,
      f('color', 'Colour', text, { hint: 'Like #6366f1' }),
      f('stars_per_level', 'Stars per level', number),
      f('max_level', 'Highest level', number),
    ],
  },
  {
    name: 'market-items',
    label: 'Market items',
    singular: 'market item',
    permission: 'market:manage',
    titleField: 'name',
    fields: [
      f('name', 'Name', text),
      description,
      f('category', 'Category', select(marketCategories)),
      f('rarity', 'Rarity', select(marketRarities)),
      icon,
      f('cost_coins', 'Price (coins)', number),
      f('stock', 'Stock', number, { nullable: true, hint: 'Empty for unlimited' }),
      f('is_consumable', 'Consumable', boolean),
      f('level_required', 'Level required', number),
      f('available_from', 'On sale from', { kind: 'datetime' }, { nullable: true }),
      f('available_until', 'On sale until', { kind: 'datetime' }, { nullable: true }),
      f('is_featured', 'Featured', boolean),
      f('effect', 'Effect (JSON)', json, {
        hint: 'theme: {"type":"theme","theme"}; boost: {"type":"xp_multiplier","multiplier","duration_minutes"}; shield: {"type":"streak_shield","days":1}; cosmetic: {"type":"avatar","slot","asset"}',
      }),
    ],
  },
  {
    name: 'learn-topics',
    label: 'Learn topics',
    singular: 'learn topic',
    permission: 'content:update',
    titleField: 'name',
    fields: [
      f('name', 'Name', text),
      description,
      icon,
      f('color', 'Colour', text, { nullable: true, hint: 'Like #6366f1, or empty' }),
    ],
  },
  {
    name: 'learn-lessons',
    label: 'Lessons',
    singular: 'lesson',
    permission: 'content:update',
    titleField: 'title',
    fields: [
      f('topic_id', 'Topic', { kind: 'reference', catalogue: 'learn-topics' }),
      f('title', 'Title', text),
      f('summary', 'Summary', textarea(2)),
      f('content_markdown', 'Lesson (Markdown)', textarea(10)),
      f('quiz', 'Quiz (JSON)', json, {
        hint: 'A list of {"kind":"single"|"multiple","question","choices":[…],"answers":[index…],"explanation"}',
      }),
      f('difficulty', 'Difficulty', select(learnDifficulties)),
      f('duration_minutes', 'Minutes to read', number),
      ...rewards,
      f('skill_key', 'Skill', select(skillKeys), { nullable: true }),
    ],
  },
  {
    name: 'learn-drills',
    label: 'Drills',
    singular: 'drill',
    permission: 'content:update',
    titleField: 'title',
    fields: [
      f('topic_id', 'Topic', { kind: 'reference', catalogue: 'learn-topics' }),
      f('title', 'Title', text),
      description,
      f('drill_type', 'Drill type', select(drillTypes)),
      f('difficulty', 'Difficulty', select(learnDifficulties)),
      f('config', 'Settings (JSON)', json, { hint: 'Checked against the drill type’s own settings' }),
      f('question_count', 'Questions a round', number),
      ...rewards,
    ],
  },
  {
    name: 'listening-templates',
    label: 'Listening templates',
    singular: 'listening template',
    permission: 'content:update',
    titleField: 'title',
    fields: [
      f('title', 'Title', text),
      description,
      f('category', 'Category', select(listeningCategories)),
      f('difficulty', 'Difficulty', select(listeningDifficulties)),
      f('prompt', 'Prompt', textarea(4)),
      f('hints', 'Hints', { kind: 'lines' }, { hint: 'One a line' }),
      f('expected_observations', 'Expected observations', { kind: 'lines' }, { hint: 'One a line' }),
      f('tags', 'Tags', { kind: 'lines' }, { hint: 'One a line: lower-case letters, digits and -' }),
    ],
  },
  {
    name: 'listening-presets',
    label: 'Listening presets',
    singular: 'listening preset',
    permission: 'content:update',
    titleField: 'name',
    fields: [
      f('template_id', 'Template', { kind: 'reference', catalogue: 'listening-templates' }, { nullable: true }),
      f('name', 'Name', text),
      description,
      f('preset_type', 'Type', select(listeningPresetTypes)),
      f('config', 'Settings (JSON)', json, {
        hint: 'focus_band: {"low_hz","high_hz"}; comparison: {"mode","gain_match"}; loop: {"bars"}',
      }),
    ],
  },
];

/** The fields every catalogue has. */
export const commonFields: FieldSpec[] = [
  f('sort_order', 'Order', number, { hint: 'Lower comes first' }),
  f('is_active', 'Active (users see it)', boolean),
];

export const specOf = (name: CatalogueName) => catalogueSpecs.find((s) => s.name === name) as CatalogueSpec;
