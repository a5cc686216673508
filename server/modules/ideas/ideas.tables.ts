import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyTextArray, ownerId, searchVector } from '../../db/table-helpers';

/** Ideas the user jots down: title, markdown body, category, tags, pin and archive. */
export const ideas = pgTable(
  'ideas',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    /** Markdown. */
    body: text().notNull().default(''),
    category: text(),
    tags: text().array().notNull().default(emptyTextArray),
    is_pinned: boolean().notNull().default(false),
    archived_at: ts(),
    /** Full-text vector (title weight A, body B), maintained by PostgreSQL. */
    search: searchVector('title', 'body'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('ideas_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    // The default list: not archived, pinned first, most recently edited first.
    index('ideas_user_open_idx').on(t.user_id, t.is_pinned, t.updated_at, t.id).where(sql`${t.archived_at} is null`),
    index('ideas_search_idx').using('gin', t.search),
    index('ideas_tags_idx').using('gin', t.tags),
    check('ideas_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('ideas_body_length', sql`char_length(${t.body}) <= 200000`),
    check('ideas_tags_count', sql`cardinality(${t.tags}) <= 30`),
  ],
);
