import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { blobPurposes } from '#common/enums';
import { createdAt, id } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

/**
 * One row per stored object (file system or S3). Sums give each user's usage against the quota;
 * an object in the store without a row, or a row nothing references, is an orphan to clean up.
 */
export const blobs = pgTable(
  'blobs',
  {
    id: id(),
    user_id: ownerId(),
    /** The store key, namespaced by user (`<user_id>/<purpose>/<uuid>`). */
    key: text().notNull(),
    size_bytes: bigint({ mode: 'number' }).notNull(),
    content_type: text().notNull(),
    purpose: text().notNull(),
    sha256: text(),
    created_at: createdAt(),
  },
  (t) => [
    // A constraint, not just an index: foreign keys reference it.
    unique('blobs_key').on(t.key),
    index('blobs_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('blobs_created_idx').on(t.created_at),
    check('blobs_size_non_negative', sql`${t.size_bytes} >= 0`),
    check('blobs_purpose_valid', oneOf(t.purpose, blobPurposes)),
    check('blobs_key_length', sql`char_length(${t.key}) between 1 and 512`),
  ],
);
