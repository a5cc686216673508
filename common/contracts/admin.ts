import { z } from 'zod';
import { analysisStatuses, feedbackPriorities } from '../enums';
import { roleNames } from '../permissions';
import { pageQuery, timestamp } from './base';
import { feedbackItem, feedbackStatus, feedbackType } from './feedback';
import { longText, text } from './text';

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
