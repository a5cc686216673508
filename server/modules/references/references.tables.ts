import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyTextArray, ownerId, searchVector } from '../../db/table-helpers';

/** The user's library of references (articles, videos, tools…), optionally with a link. */
export const user_references = pgTable(
  'user_references',
  {
    id: id(),
    user_id: ownerId(),
    title: text().notNull(),
    /** Markdown. */
    body: text().notNull().default(''),
    url: text(),
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
    index('user_references_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    // The default list: not archived, pinned first, most recently edited first.
    index('user_references_user_open_idx')
      .on(t.user_id, t.is_pinned, t.updated_at, t.id)
      .where(sql`${t.archived_at} is null`),
    index('user_references_search_idx').using('gin', t.search),
    index('user_references_tags_idx').using('gin', t.tags),
    check('user_references_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('user_references_body_length', sql`char_length(${t.body}) <= 200000`),
    check('user_references_url_shape', sql`${t.url} ~ '^https?://' and char_length(${t.url}) <= 2000`),
    check('user_references_tags_count', sql`cardinality(${t.tags}) <= 30`),
  ],
);
