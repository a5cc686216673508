import { z } from 'zod';
import { type MarketItemEffect, marketItemEffect } from '../catalogue';
import {
  achievementCategories,
  achievementTriggerTypes,
  analysisStatuses,
  drillTypes,
  feedbackPriorities,
  learnDifficulties,
  listeningCategories,
  listeningDifficulties,
  listeningPresetTypes,
  marketCategories,
  marketRarities,
  questPeriods,
  questTargetTypes,
  skillKeys,
} from '../enums';
import { roleNames } from '../permissions';
import { pageQuery, timestamp } from './base';
import { feedbackItem, feedbackStatus, feedbackType } from './feedback';
import { quizQuestion } from './learn';
import { LISTENING_KEY } from './listening';
import { jsonObject, longText, text } from './text';

/** The admin console (`/api/admin/*`, SPEC §6 Admin; rules in docs/RULES.md). */

// ── The audit log ──────────────────────────────────────────────────────────────────────────

export const auditStatus = z.enum(['success', 'failure', 'denied']);

export const auditEntry = z.object({
  id: z.uuid(),
  created_at: timestamp,
  /** Who acted: null when no one was signed in, or the account has since been deleted. */
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  event_type: z.string(),
  action: z.string().nullable(),
  /** What the event was about, when it names something. */
  target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
  status: auditStatus,
  details: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
  request_id: z.string().nullable(),
});
export type AuditEntry = z.output<typeof auditEntry>;

const auditName = text(100).min(1);

const auditFilterFields = {
  /** The actor. */
  user_id: z.uuid().optional(),
  event_type: auditName.optional(),
  /** Only with `event_type`. */
  action: auditName.optional(),
  resource_type: auditName.optional(),
  /** Only with `resource_type`. */
  resource_id: text(200).min(1).optional(),
  /** From this time on (inclusive). */
  from: timestamp.optional(),
  /** Before this time (exclusive). */
  to: timestamp.optional(),
};

interface AuditFilterShape {
  event_type?: string;
  action?: string;
  resource_type?: string;
  resource_id?: string;
  from?: Date;
  to?: Date;
}

/** Each narrower filter needs the one an index starts with, and a window must not end before it starts. */
function coherentFilters(q: AuditFilterShape, ctx: z.core.$RefinementCtx): void {
  if (q.action !== undefined && q.event_type === undefined) {
    ctx.addIssue({ code: 'custom', path: ['action'], message: 'Filter by action together with event_type' });
  }
  if (q.resource_id !== undefined && q.resource_type === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['resource_id'],
      message: 'Filter by resource_id together with resource_type',
    });
  }
  if (q.from && q.to && q.to.getTime() <= q.from.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be after from' });
  }
}

/** The filters of the audit log's list and export. */
export const auditFilters = z.object(auditFilterFields).superRefine(coherentFilters);
export type AuditFilters = z.output<typeof auditFilters>;

/** A page of the audit log, newest first. */
export const auditListQuery = pageQuery.extend(auditFilterFields).superRefine(coherentFilters);
export type AuditListQuery = z.input<typeof auditListQuery>;

/** The admin console (`/api/admin/*`, SPEC §6 Admin; who may call what in docs/SECURITY.md). */

// ── Feedback triage ───────────────────────────────────────────────────────────

export const feedbackPriority = z.enum(feedbackPriorities);
export type FeedbackPriority = z.output<typeof feedbackPriority>;
export const FEEDBACK_RESPONSE_MAX = 5000;

/** A message as triage sees it: what its author sees, its priority, and who sent it. */
export const adminFeedbackItem = feedbackItem.extend({
  priority: feedbackPriority,
  author: z.object({ id: z.uuid(), name: z.string() }),
});
export type AdminFeedbackItem = z.output<typeof adminFeedbackItem>;

/** Every user's feedback, newest first; each filter is optional. */
export const adminFeedbackListQuery = pageQuery.extend({
  status: feedbackStatus.optional(),
  type: feedbackType.optional(),
  priority: feedbackPriority.optional(),
});

/** Triage: any of status, priority and a response to the author (which notifies them). */
export const triageFeedbackBody = z
  .strictObject({
    status: feedbackStatus.optional(),
    priority: feedbackPriority.optional(),
    admin_response: longText(FEEDBACK_RESPONSE_MAX).min(1).optional(),
  })
  .refine((b) => b.status !== undefined || b.priority !== undefined || b.admin_response !== undefined, {
    message: 'Give a status, a priority or a response',
  });
export type TriageFeedbackBody = z.input<typeof triageFeedbackBody>;

// ── Money and jobs ────────────────────────────────────────────────────────────

/** An analysis in the queue, across users. */
export const adminAnalysisStatus = z.enum(analysisStatuses);
export const adminAnalysis = z.object({
  id: z.uuid(),
  track: z.object({ id: z.uuid(), title: z.string() }),
  owner_id: z.uuid(),
  status: adminAnalysisStatus,
  attempts: z.number().int(),
  error: z.string().nullable(),
  created_at: timestamp,
  started_at: timestamp.nullable(),
  completed_at: timestamp.nullable(),
  updated_at: timestamp,
});
export type AdminAnalysis = z.output<typeof adminAnalysis>;

/** One user's purchases, newest first (the `purchase` shape of the market), to find one to refund. */
export const adminPurchaseListQuery = pageQuery.extend({ user_id: z.uuid() });
export type AdminPurchaseListQuery = z.input<typeof adminPurchaseListQuery>;

/** Every user's analyses, newest first; optionally of one status. */
export const adminAnalysisListQuery = pageQuery.extend({ status: adminAnalysisStatus.optional() });

// ── People ────────────────────────────────────────────────────────────────────

/** The fewest characters a search looks for: a trigram index serves three or more. */
export const USER_SEARCH_MIN = 3;

/** A page of users, newest first; `q` finds part of a name or an email. */
export const adminUserListQuery = pageQuery.extend({
  q: text(100).min(USER_SEARCH_MIN, `Type at least ${USER_SEARCH_MIN} characters`).optional(),
});
export type AdminUserListQuery = z.input<typeof adminUserListQuery>;

export const adminRoleName = z.enum(roleNames);
export type AdminRoleName = z.output<typeof adminRoleName>;

/** A user as the list shows them. */
export const adminUser = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  image: z.string().nullable(),
  /** Roles granted directly and unexpired, by name. */
  roles: z.array(z.string()),
  created_at: timestamp,
  last_activity_at: timestamp.nullable(),
  /** Set while the account is disabled: no sign-in, no session. */
  disabled_at: timestamp.nullable(),
});
export type AdminUser = z.output<typeof adminUser>;

/** A role held: when and by whom it was granted (null: at sign-in or by the system), and until when. */
export const adminRoleGrant = z.object({
  role: z.string(),
  granted_at: timestamp,
  granted_by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  expires_at: timestamp.nullable(),
});
export type AdminRoleGrant = z.output<typeof adminRoleGrant>;

/** A way the user signs in: an OpenID Connect identity, local sign-in, or a passkey. */
export const adminSignInMethod = z.object({
  kind: z.enum(['oidc', 'local', 'passkey']),
  /** The provider of an identity, the name of a passkey. */
  label: z.string(),
  created_at: timestamp,
  last_used_at: timestamp.nullable(),
});
export type AdminSignInMethod = z.output<typeof adminSignInMethod>;

/** A user's profile, roles, permissions, sign-in methods, activity and storage. */
export const adminUserDetail = adminUser.extend({
  timezone: z.string(),
  email_verified: timestamp.nullable(),
  age_verified: z.boolean(),
  tos_version: z.string().nullable(),
  tos_accepted_at: timestamp.nullable(),
  grants: z.array(adminRoleGrant),
  /** Of the roles granted and every ancestor role. */
  permissions: z.array(z.string()),
  sign_in_methods: z.array(adminSignInMethod),
  activity: z.object({
    last_activity_at: timestamp.nullable(),
    /** The latest thing they did, as the game layer recorded it. */
    last_event: z.object({ type: z.string(), occurred_at: timestamp }).nullable(),
    /** Things done in the last 30 days. */
    events_30_days: z.number().int(),
    live_sessions: z.number().int(),
  }),
  storage: z.object({ bytes: z.number().int(), files: z.number().int() }),
});
export type AdminUserDetail = z.output<typeof adminUserDetail>;

/** A user's live session, as an admin sees it. */
export const adminSession = z.object({
  id: z.uuid(),
  created_at: timestamp,
  last_activity_at: timestamp,
  expires_at: timestamp,
  user_agent: z.string().nullable(),
  ip_address: z.string().nullable(),
});
export type AdminSession = z.output<typeof adminSession>;

export const adminSessionListQuery = z.object({ user_id: z.uuid() });

/** A role, its parent and the permissions it grants (its own and inherited). */
export const adminRole = z.object({
  name: z.string(),
  description: z.string().nullable(),
  parent: z.string().nullable(),
  permissions: z.array(z.string()),
});
export type AdminRole = z.output<typeof adminRole>;

export const userRoleParams = z.object({ id: z.uuid(), role: adminRoleName });

/** A grant, optionally until a time. */
export const grantRoleBody = z.strictObject({ expires_at: timestamp.nullable().optional() });
export type GrantRoleBody = z.input<typeof grantRoleBody>;

// ── Stats ─────────────────────────────────────────────────────────────────────

export const ADMIN_STATS_MAX_DAYS = 90;

/** How many UTC days, ending today, the per-day figures cover. */
export const adminStatsQuery = z.object({
  days: z.coerce.number().int().min(1).max(ADMIN_STATS_MAX_DAYS).default(30),
});
export type AdminStatsQuery = z.input<typeof adminStatsQuery>;

const count = z.number().int().nonnegative();

/** One UTC day: sign-ups, activity events recorded and the users behind them, coins earned and spent. */
export const adminStatsDay = z.object({
  day: z.iso.date(),
  sign_ups: count,
  events: count,
  active_users: count,
  coins_earned: z.number().int(),
  coins_spent: z.number().int(),
});
export type AdminStatsDay = z.output<typeof adminStatsDay>;

/** The figures of the stats page; what each means is in docs/RULES.md "Admin". */
export const adminStats = z.object({
  as_of: timestamp,
  users: z.object({ active_7d: count, active_30d: count }),
  /** Oldest first, ending with today (live). */
  days: z.array(adminStatsDay),
  economy: z.object({
    coins_earned: z.number().int(),
    coins_spent: z.number().int(),
    coins_in_wallets: z.number().int(),
  }),
  storage: z.object({ bytes: count, files: count }),
  analysis_queue: z.object({ queued: count, running: count }),
  /** The last closed day held in the rollup; null before anything was recorded. */
  rolled_up_through: z.iso.date().nullable(),
});
export type AdminStats = z.output<typeof adminStats>;

// ── Table browser ─────────────────────────────────────────────────────────────

export const adminTableColumnType = z.enum(['uuid', 'text', 'boolean', 'timestamp', 'date', 'number', 'json']);
export type AdminTableColumnType = z.output<typeof adminTableColumnType>;

/** A browsable table: the columns shown and those a list may be filtered by (equality). */
export const adminTable = z.object({
  name: z.string(),
  description: z.string(),
  columns: z.array(z.object({ name: z.string(), type: adminTableColumnType })),
  filters: z.array(z.string()),
  /** The page order, newest or highest first. */
  order: z.array(z.string()),
});
export type AdminTable = z.output<typeof adminTable>;

export const adminTableParams = z.object({ table: z.string().regex(/^[a-z_]{1,63}$/) });

/**
 * A page of a table's rows. Filters come as `filter[<column>]=<value>`, one per column, each an
 * equality parsed by the column's type; the server refuses columns the table does not offer.
 */
export const adminTableRowsQuery = pageQuery.catchall(text(500, { trim: false }));
export type AdminTableRowsQuery = z.input<typeof adminTableRowsQuery>;

/** A row as shown: the listed columns only, timestamps as ISO strings. */
export const adminTableRow = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
);
export type AdminTableRow = z.output<typeof adminTableRow>;

// ── Catalogues ────────────────────────────────────────────────────────────────

/**
 * The catalogues an administrator edits (`/api/admin/catalogues/<name>`): universal quests,
 * achievements, skills, market items, learn topics, lessons (with their quiz) and drills, and
 * listening templates and presets. A key is given once, at creation, and never changes (seeds
 * and users' rows name it). Rules that span fields (a trigger and its config, a category and its
 * effect, a drill type and its config, a preset type and its config) are checked on the row as
 * it would be stored, so an edit of one field is checked against the others.
 */
export const catalogueNames = [
  'quests',
  'achievements',
  'skills',
  'market-items',
  'learn-topics',
  'learn-lessons',
  'learn-drills',
  'listening-templates',
  'listening-presets',
] as const;
export type CatalogueName = (typeof catalogueNames)[number];

/** Lower-case letters, digits and underscores, starting with a letter (as every seeded key is). */
export const CATALOGUE_KEY = /^[a-z][a-z0-9_]{0,63}$/;
export const CATALOGUE_TITLE_MAX = 120;
export const CATALOGUE_DESCRIPTION_MAX = 2000;
export const LESSON_MARKDOWN_MAX = 100_000;
export const QUIZ_QUESTIONS_MAX = 20;
export const LISTENING_LIST_MAX = 20;
const REWARD_MAX = 100_000;

const catalogueKey = text(64).regex(CATALOGUE_KEY, 'Use lower-case letters, digits and _, starting with a letter');
const title = text(CATALOGUE_TITLE_MAX).min(1);
const description = longText(CATALOGUE_DESCRIPTION_MAX).min(1);
const icon = text(40).regex(/^[a-z0-9-]+$/, 'Use an icon name: lower-case letters, digits and -');
const color = text(7).regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #6366f1');
const reward = z.number().int().min(0).max(REWARD_MAX);
const sortOrder = z.number().int().min(-1_000_000).max(1_000_000);
const listeningTag = text(40).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use a tag of lower-case letters, digits and hyphens');

/** Fields every catalogue row has besides its own. */
const rowBase = {
  id: z.uuid(),
  key: z.string(),
  is_active: z.boolean(),
  sort_order: z.number().int(),
  /** When an administrator last created or changed it; such a row is no longer restored by the seed. */
  admin_edited_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
};
const editable = { is_active: z.boolean(), sort_order: sortOrder };

/**
 * One catalogue's contracts: `fields` are what an administrator may set (all of them, as the
 * update's partial), `required` those a creation must give (the others take the table's
 * defaults), `view` a row as the console reads it.
 */
function catalogueContract<F extends z.ZodRawShape, V extends z.ZodRawShape>(
  fields: F,
  required: readonly (keyof F & string)[],
  view: V,
) {
  const all = z.strictObject({ ...fields, ...editable });
  const createShape: Record<string, z.ZodType> = { key: catalogueKey };
  for (const [name, schema] of Object.entries(all.shape) as [string, z.ZodType][]) {
    createShape[name] = required.includes(name) ? schema : schema.optional();
  }
  const create = z.strictObject(createShape);
  const update = all
    .partial()
    .extend({ key: z.never({ error: 'A key cannot change once created' }).optional() })
    .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field' });
  return { create, update, view: z.object({ ...rowBase, ...view }) };
}

const skillKey = z.enum(skillKeys);

export const questCatalogue = catalogueContract(
  {
    title,
    description,
    period: z.enum(questPeriods),
    target_type: z.enum(questTargetTypes),
    target: z.number().int().min(1).max(1_000_000),
    xp_reward: reward,
    coin_reward: reward,
    skill_key: skillKey.nullable(),
    icon,
  },
  ['title', 'description', 'period', 'target_type', 'target'],
  {
    title: z.string(),
    description: z.string(),
    period: z.enum(questPeriods),
    target_type: z.enum(questTargetTypes),
    target: z.number().int(),
    xp_reward: z.number().int(),
    coin_reward: z.number().int(),
    skill_key: skillKey.nullable(),
    icon: z.string(),
  },
);

export const achievementCatalogue = catalogueContract(
  {
    name: title,
    description,
    category: z.enum(achievementCategories),
    icon,
    /** With `trigger_config`, one of common/catalogue.ts `achievementTrigger`. */
    trigger_type: z.enum(achievementTriggerTypes),
    trigger_config: jsonObject,
    reward_xp: reward,
    reward_coins: reward,
    /** The key of a market item the achievement grants. */
    reward_item_key: text(64).min(1).nullable(),
    is_hidden: z.boolean(),
  },
  ['name', 'description', 'category', 'trigger_type', 'trigger_config'],
  {
    name: z.string(),
    description: z.string(),
    category: z.enum(achievementCategories),
    icon: z.string(),
    trigger_type: z.enum(achievementTriggerTypes),
    trigger_config: z.record(z.string(), z.unknown()),
    reward_xp: z.number().int(),
    reward_coins: z.number().int(),
    reward_item_key: z.string().nullable(),
    is_hidden: z.boolean(),
  },
);

/**
 * Skills: the reward rules award the six of common/enums.ts `skillKeys`, so a skill's key is one
 * of them (a deleted one may be made again); a skill is deactivated, never deleted.
 */
export const skillCatalogue = (() => {
  const c = catalogueContract(
    {
      name: title,
      description,
      icon,
      color,
      stars_per_level: z.number().int().min(1).max(1000),
      max_level: z.number().int().min(1).max(1000),
    },
    ['name', 'description', 'icon', 'color'],
    {
      name: z.string(),
      description: z.string(),
      icon: z.string(),
      color: z.string(),
      stars_per_level: z.number().int(),
      max_level: z.number().int(),
    },
  );
  return { ...c, create: c.create.extend({ key: skillKey }) };
})();

export const marketItemCatalogue = catalogueContract(
  {
    name: title,
    description,
    category: z.enum(marketCategories),
    rarity: z.enum(marketRarities),
    icon,
    cost_coins: z.number().int().min(0).max(1_000_000),
    /** Null: unlimited. */
    stock: z.number().int().min(0).max(1_000_000).nullable(),
    is_consumable: z.boolean(),
    level_required: z.number().int().min(1).max(1000),
    available_from: timestamp.nullable(),
    available_until: timestamp.nullable(),
    is_featured: z.boolean(),
    /** common/catalogue.ts `marketItemEffect`, of the type the category names. */
    effect: marketItemEffect,
  },
  ['name', 'description', 'category', 'cost_coins', 'effect'],
  {
    name: z.string(),
    description: z.string(),
    category: z.enum(marketCategories),
    rarity: z.enum(marketRarities),
    icon: z.string(),
    cost_coins: z.number().int(),
    stock: z.number().int().nullable(),
    is_consumable: z.boolean(),
    level_required: z.number().int(),
    available_from: timestamp.nullable(),
    available_until: timestamp.nullable(),
    is_featured: z.boolean(),
    effect: z.record(z.string(), z.unknown()),
  },
);

/** The effect each market category carries. */
export const marketEffectOfCategory = {
  theme: 'theme',
  boost: 'xp_multiplier',
  streak_shield: 'streak_shield',
  cosmetic: 'avatar',
} as const satisfies Record<(typeof marketCategories)[number], MarketItemEffect['type']>;

export const learnTopicCatalogue = catalogueContract(
  { name: title, description, icon, color: color.nullable() },
  ['name', 'description'],
  { name: z.string(), description: z.string(), icon: z.string(), color: z.string().nullable() },
);

/**
 * A quiz question as an administrator writes it: the learn contract's `quizQuestion` (its
 * answers index its choices, a single-choice question has one), with its text checked as text.
 */
const adminQuizQuestion = z
  .object({
    kind: z.enum(['single', 'multiple']),
    question: longText(1000).min(1),
    choices: z.array(text(300).min(1)).min(2).max(6),
    answers: z.array(z.number().int().min(0)).min(1),
    explanation: longText(CATALOGUE_DESCRIPTION_MAX).min(1),
  })
  .superRefine((q, ctx) => {
    const rules = quizQuestion.safeParse(q);
    if (!rules.success) for (const issue of rules.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  });

export const learnLessonCatalogue = catalogueContract(
  {
    topic_id: z.uuid(),
    title,
    summary: longText(500).min(1),
    content_markdown: longText(LESSON_MARKDOWN_MAX, { trim: false }).min(1),
    /** The lesson's quiz; may be empty. */
    quiz: z.array(adminQuizQuestion).max(QUIZ_QUESTIONS_MAX),
    difficulty: z.enum(learnDifficulties),
    duration_minutes: z.number().int().min(1).max(240),
    xp_reward: reward,
    coin_reward: reward,
    skill_key: skillKey.nullable(),
  },
  ['topic_id', 'title', 'summary', 'content_markdown'],
  {
    topic_id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    content_markdown: z.string(),
    quiz: z.array(z.record(z.string(), z.unknown())),
    difficulty: z.enum(learnDifficulties),
    duration_minutes: z.number().int(),
    xp_reward: z.number().int(),
    coin_reward: z.number().int(),
    skill_key: skillKey.nullable(),
  },
);

export const learnDrillCatalogue = catalogueContract(
  {
    topic_id: z.uuid(),
    title,
    description,
    drill_type: z.enum(drillTypes),
    difficulty: z.enum(learnDifficulties),
    /** The generation parameters, checked against the drill type's own schema. */
    config: jsonObject,
    question_count: z.number().int().min(1).max(100),
    xp_reward: reward,
    coin_reward: reward,
  },
  ['topic_id', 'title', 'description', 'drill_type', 'config'],
  {
    topic_id: z.uuid(),
    title: z.string(),
    description: z.string(),
    drill_type: z.enum(drillTypes),
    difficulty: z.enum(learnDifficulties),
    config: z.record(z.string(), z.unknown()),
    question_count: z.number().int(),
    xp_reward: z.number().int(),
    coin_reward: z.number().int(),
  },
);

export const listeningTemplateCatalogue = (() => {
  const c = catalogueContract(
    {
      title,
      description,
      category: z.enum(listeningCategories),
      difficulty: z.enum(listeningDifficulties),
      prompt: longText(CATALOGUE_DESCRIPTION_MAX).min(1),
      hints: z.array(text(300).min(1)).max(LISTENING_LIST_MAX),
      expected_observations: z.array(text(300).min(1)).max(LISTENING_LIST_MAX),
      tags: z.array(listeningTag).max(LISTENING_LIST_MAX),
    },
    ['title', 'description', 'category', 'prompt'],
    {
      title: z.string(),
      description: z.string(),
      category: z.enum(listeningCategories),
      difficulty: z.enum(listeningDifficulties),
      prompt: z.string(),
      hints: z.array(z.string()),
      expected_observations: z.array(z.string()),
      tags: z.array(z.string()),
    },
  );
  return {
    ...c,
    create: c.create.extend({ key: text(64).regex(LISTENING_KEY, 'Use lower-case letters, digits and _') }),
  };
})();

export const listeningPresetCatalogue = catalogueContract(
  {
    /** The template it belongs to; null for a preset that stands alone. */
    template_id: z.uuid().nullable(),
    name: title,
    description,
    /** With `config`, one of common/catalogue.ts `listeningPresetConfig`. */
    preset_type: z.enum(listeningPresetTypes),
    config: jsonObject,
  },
  ['name', 'description', 'preset_type', 'config'],
  {
    template_id: z.uuid().nullable(),
    name: z.string(),
    description: z.string(),
    preset_type: z.enum(listeningPresetTypes),
    config: z.record(z.string(), z.unknown()),
  },
);

/** Each catalogue's contracts by its name in the address. */
export const catalogueContracts = {
  quests: questCatalogue,
  achievements: achievementCatalogue,
  skills: skillCatalogue,
  'market-items': marketItemCatalogue,
  'learn-topics': learnTopicCatalogue,
  'learn-lessons': learnLessonCatalogue,
  'learn-drills': learnDrillCatalogue,
  'listening-templates': listeningTemplateCatalogue,
  'listening-presets': listeningPresetCatalogue,
} as const;
export type CatalogueRow<N extends CatalogueName> = z.output<(typeof catalogueContracts)[N]['view']>;
