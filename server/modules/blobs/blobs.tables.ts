import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { blobPurposes, blobStatuses } from '#common/enums';
import { createdAt, id } from '../../db/columns';
import { oneOf, ownerId } from '../../db/table-helpers';

/**
 * One row per stored object (file system or S3). Sums give each user's usage against the quota;
 * an object in the store without a row, or a row nothing references, is an orphan to clean up.
 *
 * A row is written `pending` before its object, holding the most bytes the write may take (the
 * quota reservation), and becomes `stored` with the real size and checksum once the object is
 * complete; a failed write removes its row (blobs.service.ts).
 */
export const blobs = pgTable(
  'blobs',
  {
    id: id(),
    user_id: ownerId(),
    /** The store key: `users/<user_id>/<purpose>/<id>` (the layout is described in platform/blob-store.ts). */
    key: text().notNull(),
    size_bytes: bigint({ mode: 'number' }).notNull(),
    content_type: text().notNull(),
    purpose: text().notNull(),
    /** Lower-case hex SHA-256 of the content; null while pending. */
    sha256: text(),
    /** `pending` while the object is being written (size_bytes is then the reservation), else `stored`. */
    status: text().notNull().default('stored'),
    created_at: createdAt(),
  },
  (t) => [
    // A constraint, not just an index: foreign keys reference it.
    unique('blobs_key').on(t.key),
    index('blobs_user_created_idx').on(t.user_id, t.created_at, t.id),
    index('blobs_created_idx').on(t.created_at),
    check('blobs_size_non_negative', sql`${t.size_bytes} >= 0`),
    check('blobs_purpose_valid', oneOf(t.purpose, blobPurposes)),
    check('blobs_status_valid', oneOf(t.status, blobStatuses)),
    check('blobs_key_length', sql`char_length(${t.key}) between 1 and 512`),
  ],
);
