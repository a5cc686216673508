import { createHash } from 'node:crypto';

/**
 * Who the benchmark users are, shared by the seed and the load scenarios: the seed stores the
 * hash of each user's session token; the benchmark derives the same token from the seed and
 * the user's index, so it never needs to read the database.
 */

/** Every seeded user's email ends with this; re-seeding deletes them by it (cascades do the rest). */
export const BENCH_EMAIL_DOMAIN = 'bench.cadence.invalid';

/** The fixed random seed; `BENCH_SEED` picks another data set. */
export const benchSeed = (): string => process.env.BENCH_SEED ?? '42';

/** User 0 has three years of daily activity in every module. */
export const HEAVY_USER = 0;
/** A user who signed up yesterday and did a little. */
export const NEW_USER = 1;
/** Users 1…NEW_USERS signed up in the last three days; the others have a few weeks of activity. */
export const NEW_USERS = 50;

export const benchEmail = (index: number) => `user-${String(index).padStart(4, '0')}@${BENCH_EMAIL_DOMAIN}`;

/**
 * The session token of user `index`: 43 base64url characters (32 bytes), the shape the session
 * cookie requires. Only its SHA-256 is stored, as the app does.
 */
export function benchToken(seed: string, index: number): string {
  return createHash('sha256').update(`bench:${seed}:${index}`).digest('base64url');
}
