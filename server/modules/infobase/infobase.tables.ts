import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, ts, updatedAt } from '../../db/columns';
import { emptyTextArray, ownerId, searchVector } from '../../db/table-helpers';

/** The user's knowledge base: markdown notes with full-text search (ranked, highlighted). */
export const infobase_entries = pgTable(
  'infobase_entries',
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
    index('infobase_entries_user_updated_idx').on(t.user_id, t.updated_at, t.id),
    // The default list: not archived, pinned first, most recently edited first.
    index('infobase_entries_user_open_idx')
      .on(t.user_id, t.is_pinned, t.updated_at, t.id)
      .where(sql`${t.archived_at} is null`),
    index('infobase_entries_search_idx').using('gin', t.search),
    index('infobase_entries_tags_idx').using('gin', t.tags),
    check('infobase_entries_title_length', sql`char_length(${t.title}) between 1 and 300`),
    check('infobase_entries_body_length', sql`char_length(${t.body}) <= 200000`),
    check('infobase_entries_tags_count', sql`cardinality(${t.tags}) <= 30`),
  ],
);
