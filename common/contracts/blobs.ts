import { z } from 'zod';

/** The user's stored files against their quota (`/api/blobs`, SPEC §6 Blobs). */

export const blobUsage = z.object({
  /**
   * Bytes of every file the user has stored (uploads still under way are not counted) and of
   * their analyses' frame timelines.
   */
  used_bytes: z.number().int().min(0),
  /** The most bytes the user may store (`BLOB_QUOTA_MB`). */
  quota_bytes: z.number().int().min(0),
  /** How many files the user has stored. */
  count: z.number().int().min(0),
});
export type BlobUsage = z.output<typeof blobUsage>;
