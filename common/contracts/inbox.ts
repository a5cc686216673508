import { z } from 'zod';
import { inboxKinds, inboxTargets } from '../enums';
import { listEnvelope, pageQuery, timestamp } from './base';
import { jsonObject, longText, text } from './text';

/**
 * The inbox (`/api/inbox`, SPEC §6 Inbox; rules in docs/RULES.md): quick captures and the game
 * layer's notifications, each read or unread, kept or archived, and a capture processed into a
 * habit, goal, quest, idea, infobase entry or calendar event.
 */

export const inboxKind = z.enum(inboxKinds);
export type InboxKind = z.output<typeof inboxKind>;
export const inboxTarget = z.enum(inboxTargets);
export type InboxTarget = z.output<typeof inboxTarget>;

/** The targets `POST /api/inbox/:id/process` accepts: every one. */
export const processTargets = inboxTargets;
export type ProcessTarget = (typeof processTargets)[number];

export const INBOX_TITLE_MAX = 500;
export const INBOX_BODY_MAX = 20_000;
export const INBOX_TAGS_MAX = 20;

export const inboxItem = z.object({
  id: z.uuid(),
  /** `capture` (the user's) or `system` (a notification: level up, achievement, quest). */
  kind: inboxKind,
  title: z.string(),
  body: z.string().nullable(),
  tags: z.array(z.string()),
  /** For a notification: `event` (`level_up`, `achievement`, `quest_claimable`), `link` (an app path) and its facts. */
  data: z.record(z.string(), z.unknown()),
  /** Null while unread. */
  read_at: timestamp.nullable(),
  /** Null while in the inbox. */
  archived_at: timestamp.nullable(),
  processed_at: timestamp.nullable(),
  /** What the item became, and its id. */
  processed_into_type: inboxTarget.nullable(),
  processed_into_id: z.uuid().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type InboxItem = z.output<typeof inboxItem>;

const tag = text(50).min(1);
const tags = z
  .array(tag)
  .max(INBOX_TAGS_MAX)
  .transform((list) => [...new Set(list)]);

const itemFields = {
  title: text(INBOX_TITLE_MAX).min(1),
  body: longText(INBOX_BODY_MAX).nullable(),
  tags,
};

/** Quick capture: a new unread item at the top of the inbox. */
export const createInboxBody = z.strictObject({
  title: itemFields.title,
  body: itemFields.body.optional(),
  tags: itemFields.tags.optional(),
});
export type CreateInboxBody = z.input<typeof createInboxBody>;

/** Edit the text, mark read or unread, archive or bring back. */
export const updateInboxBody = z.strictObject({ ...itemFields, read: z.boolean(), archived: z.boolean() }).partial();
export type UpdateInboxBody = z.input<typeof updateInboxBody>;

const flag = z.enum(['true', 'false']);

/** Newest first. The inbox by default; `archived=true` for the archive. */
export const inboxListQuery = pageQuery.extend({
  archived: flag.default('false'),
  unread: flag.optional(),
  kind: inboxKind.optional(),
});
export type InboxListQuery = z.input<typeof inboxListQuery>;

/** A page of items, and how many items in the inbox (not archived) are unread. */
export const inboxList = listEnvelope(inboxItem).extend({ unread_count: z.number().int().min(0) });
export type InboxList = z.output<typeof inboxList>;

export const readAllResult = z.object({
  /** How many items were marked read. */
  updated: z.number().int().min(0),
  unread_count: z.number().int().min(0),
});
export type ReadAllResult = z.output<typeof readAllResult>;

/**
 * Makes the target from the item: its title and body become the target's title (a habit's
 * name) and description, and `fields` adds or overrides any field of the target's own create
 * body, checked exactly as its `POST` checks it (422 with `body.fields.<name>` otherwise).
 */
export const processInboxBody = z.strictObject({
  target: z.enum(processTargets),
  fields: jsonObject.optional(),
});
export type ProcessInboxBody = z.input<typeof processInboxBody>;

/** The archived item and what it became. */
export const processResult = z.object({
  item: inboxItem,
  created: z.object({ type: inboxTarget, id: z.uuid(), title: z.string() }),
});
export type ProcessResult = z.output<typeof processResult>;
