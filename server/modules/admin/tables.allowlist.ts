/**
 * The tables the admin console may browse, read-only, and of each the columns it shows. The list
 * is explicit: a table or column not named here is never read. What it leaves out on purpose:
 * - users' private content: notes, ideas, infobase, inbox, references, annotations, feedback
 *   (triaged on its own page), books' and tracks' own text, plans, journals of every domain;
 * - secrets and what would let someone act as a user: sessions' token hashes, calendar feed
 *   tokens, passkeys' credentials, OAuth states (PKCE verifiers, nonces), verification tokens,
 *   linked accounts, idempotency keys, request hashes;
 * - bulky payloads (analysis results and frames, event data).
 *
 * A page is ordered by `order`, newest (highest) first, with keyset paging on it. Each filter is
 * an equality on a column an index starts with, followed by the page order (or a unique
 * column, matching at most one row); tables.test.ts checks both against the table definitions.
 */
export interface BrowsableTable {
  /** The table's name in the database (the repository finds its definition by it). */
  name: string;
  description: string;
  columns: readonly string[];
  order: readonly string[];
  filters: readonly string[];
  /** Filters on a unique column: at most one row matches, so no order or cursor is needed. */
  unique?: readonly string[];
}

const created = ['created_at', 'id'] as const;

export const BROWSABLE: readonly BrowsableTable[] = [
  {
    name: 'users',
    description: 'Accounts: name, email, time zone, terms, last activity (newest sign-up first)',
    columns: [
      'id',
      'name',
      'email',
      'timezone',
      'day_start_hour',
      'age_verified',
      'tos_version',
      'tos_accepted_at',
      'disabled_at',
      'last_activity_at',
      'created_at',
      'updated_at',
    ],
    order: created,
    filters: ['id', 'email'],
    unique: ['id', 'email'],
  },
  {
    name: 'user_roles',
    description: 'Roles held by users, who granted them and until when',
    columns: ['user_id', 'role_id', 'granted_by', 'granted_at', 'expires_at'],
    order: ['user_id', 'role_id'],
    filters: ['user_id'],
  },
  {
    name: 'roles',
    description: 'Roles and the role each inherits from',
    columns: ['id', 'name', 'description', 'parent_role_id', 'created_at'],
    order: ['id'],
    filters: ['name'],
    unique: ['name'],
  },
  {
    name: 'entitlements',
    description: 'Permissions a role may carry',
    columns: ['id', 'name', 'description', 'resource', 'action', 'created_at'],
    order: ['id'],
    filters: ['name'],
    unique: ['name'],
  },
  {
    name: 'role_entitlements',
    description: 'Which permissions each role carries',
    columns: ['role_id', 'entitlement_id', 'created_at'],
    order: ['role_id', 'entitlement_id'],
    filters: ['role_id'],
  },
  {
    name: 'audit_log',
    description: 'The audit trail (newest first)',
    columns: [
      'id',
      'created_at',
      'user_id',
      'session_id',
      'event_type',
      'action',
      'resource_type',
      'resource_id',
      'status',
      'details',
      'ip_address',
      'user_agent',
      'request_id',
    ],
    order: created,
    filters: ['user_id', 'event_type', 'resource_type'],
  },
  {
    name: 'activity_events',
    description: 'What users did, as the game layer recorded it, and its reward (newest first)',
    columns: [
      'id',
      'created_at',
      'user_id',
      'event_type',
      'occurred_at',
      'local_date',
      'source_id',
      'xp_awarded',
      'coins_awarded',
    ],
    order: created,
    filters: [],
  },
  {
    name: 'points_ledger',
    description: 'Every award and spend of XP and coins (newest first)',
    columns: [
      'id',
      'created_at',
      'user_id',
      'event_type',
      'xp',
      'coins',
      'skill_key',
      'skill_stars',
      'reason',
      'activity_event_id',
      'source_id',
    ],
    order: created,
    filters: ['user_id'],
  },
  {
    name: 'user_wallet',
    description: 'Coin balances and lifetime totals, one per user',
    columns: ['id', 'user_id', 'coins', 'total_earned', 'total_spent', 'created_at', 'updated_at'],
    order: ['id'],
    filters: ['user_id'],
    unique: ['user_id'],
  },
  {
    name: 'user_progress',
    description: 'Lifetime XP, level and skill stars, one per user',
    columns: ['id', 'user_id', 'total_xp', 'level', 'total_skill_stars', 'created_at', 'updated_at'],
    order: ['id'],
    filters: ['user_id'],
    unique: ['user_id'],
  },
  {
    name: 'blobs',
    description: 'Stored files: owner, purpose, size, type and status (newest first)',
    columns: ['id', 'created_at', 'user_id', 'purpose', 'content_type', 'size_bytes', 'status', 'key'],
    order: created,
    filters: ['user_id'],
  },
  {
    name: 'track_analyses',
    description: 'Track analyses and their progress through the queue (newest first)',
    columns: [
      'id',
      'created_at',
      'user_id',
      'track_id',
      'status',
      'progress',
      'attempts',
      'error',
      'analyzer_version',
      'run_after',
      'locked_until',
      'started_at',
      'completed_at',
      'updated_at',
    ],
    order: created,
    filters: ['user_id', 'track_id', 'status'],
  },
  {
    name: 'realtime_events',
    description: 'Events sent to users’ open pages (type only; newest first)',
    columns: ['id', 'user_id', 'type', 'created_at'],
    order: ['id'],
    filters: ['user_id'],
  },
  {
    name: 'market_items',
    description: 'The market’s catalogue',
    columns: [
      'id',
      'key',
      'name',
      'category',
      'rarity',
      'cost_coins',
      'stock',
      'is_consumable',
      'level_required',
      'is_featured',
      'is_active',
      'sort_order',
      'available_from',
      'available_until',
      'admin_edited_at',
      'created_at',
    ],
    order: ['id'],
    filters: ['key'],
    unique: ['key'],
  },
  {
    name: 'achievement_definitions',
    description: 'The achievements, their triggers and rewards',
    columns: [
      'id',
      'key',
      'name',
      'category',
      'trigger_type',
      'trigger_config',
      'reward_xp',
      'reward_coins',
      'is_hidden',
      'is_active',
      'sort_order',
      'admin_edited_at',
    ],
    order: ['id'],
    filters: ['key'],
    unique: ['key'],
  },
  {
    name: 'skill_definitions',
    description: 'The skills and their levels',
    columns: ['id', 'key', 'name', 'stars_per_level', 'max_level', 'is_active', 'sort_order', 'admin_edited_at'],
    order: ['id'],
    filters: ['key'],
    unique: ['key'],
  },
  {
    name: 'universal_quests',
    description: 'The quests every user gets, by period',
    columns: [
      'id',
      'key',
      'title',
      'period',
      'target_type',
      'target',
      'xp_reward',
      'coin_reward',
      'skill_key',
      'is_active',
      'sort_order',
      'admin_edited_at',
    ],
    order: ['id'],
    filters: ['key'],
    unique: ['key'],
  },
  {
    name: 'learn_topics',
    description: 'The Learn section’s topics',
    columns: ['id', 'key', 'name', 'is_active', 'sort_order', 'admin_edited_at', 'created_at'],
    order: ['id'],
    filters: ['key'],
    unique: ['key'],
  },
];

export const browsableByName: ReadonlyMap<string, BrowsableTable> = new Map(BROWSABLE.map((t) => [t.name, t]));
