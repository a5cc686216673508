import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { inboxKinds, inboxTargets } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, emptyTextArray, oneOf, ownerId } from '../../db/table-helpers';

/**
 * Quick captures and system notifications (level up, achievement, quest claimable, analysis
 * done). A capture can be processed into a habit, goal, quest, idea, infobase entry or event.
 */
export const inbox_items = pgTable(
  'inbox_items',
  {
    id: id(),
    user_id: ownerId(),
    kind: text().notNull().default('capture'),
    title: text().notNull(),
    body: text(),
    tags: text().array().notNull().default(emptyTextArray),
    /** For system items: what happened and where to go (`{event, link, ...}`). */
    data: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    read_at: ts(),
    archived_at: ts(),
    processed_at: ts(),
    processed_into_type: text(),
    processed_into_id: uuid(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('inbox_items_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('inbox_items_user_open_idx').on(t.user_id, t.created_at, t.id).where(sql`${t.archived_at} is null`),
    // The unread badge.
    index('inbox_items_user_unread_idx').on(t.user_id).where(sql`${t.read_at} is null and ${t.archived_at} is null`),
    // A notification is told once: the check by its key.
    index('inbox_items_user_notification_key_idx')
      .on(t.user_id, sql`(${t.data} ->> 'key')`)
      .where(sql`${t.kind} = 'system'`),
    check('inbox_items_kind_valid', oneOf(t.kind, inboxKinds)),
    check('inbox_items_title_length', sql`char_length(${t.title}) between 1 and 500`),
    check('inbox_items_body_length', sql`char_length(${t.body}) <= 20000`),
    check('inbox_items_tags_count', sql`cardinality(${t.tags}) <= 20`),
    check('inbox_items_target_valid', oneOf(t.processed_into_type, inboxTargets)),
    check(
      'inbox_items_processed_consistent',
      sql`(${t.processed_into_type} is null) = (${t.processed_into_id} is null)
        and (${t.processed_into_type} is null) = (${t.processed_at} is null)`,
    ),
  ],
);
