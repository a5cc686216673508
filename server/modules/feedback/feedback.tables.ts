import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { feedbackPriorities, feedbackStatuses, feedbackTypes } from '#common/enums';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyObject, oneOf, ownerId } from '../../db/table-helpers';

/** Bug reports, feature requests and praise; admins triage them and the user sees the response. */
export const feedback = pgTable(
  'feedback',
  {
    id: id(),
    user_id: ownerId(),
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    status: text().notNull().default('open'),
    priority: text().notNull().default('normal'),
    admin_response: text(),
    responded_at: ts(),
    /** Where it was sent from (page, app version, user agent). */
    context: jsonb().$type<Record<string, unknown>>().notNull().default(emptyObject),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('feedback_user_created_idx').on(t.user_id, t.created_at, t.id),
    // The admin triage list.
    index('feedback_status_created_idx').on(t.status, t.created_at, t.id),
    index('feedback_created_idx').on(t.created_at, t.id),
    index('feedback_type_created_idx').on(t.type, t.created_at, t.id),
    index('feedback_priority_created_idx').on(t.priority, t.created_at, t.id),
    check('feedback_type_valid', oneOf(t.type, feedbackTypes)),
    check('feedback_status_valid', oneOf(t.status, feedbackStatuses)),
    check('feedback_priority_valid', oneOf(t.priority, feedbackPriorities)),
    check('feedback_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('feedback_body_length', sql`char_length(${t.body}) between 1 and 10000`),
    check('feedback_response_dated', sql`${t.admin_response} is null or ${t.responded_at} is not null`),
  ],
);
