import type { Database } from '../../db/client';
import { type BlobInfo, type BlobStore, userBlobPrefix } from '../../platform/blob-store';
import type { Clock } from '../../platform/clock';
import * as repo from './blobs.repo';

/** What the orphan cleanup needs; `app.deps` has it, and so does `npm run blobs:cleanup`. */
export interface CleanupDeps {
  database: Database;
  blobs: BlobStore;
  clock: Clock;
}

export interface CleanupReport {
  /** Objects in the store without a row, older than the grace period. */
  orphanObjects: number;
  /** Stored rows whose object is gone (not those a track still references: see `rowsInUse`). */
  missingObjects: number;
  /** Rows whose object is gone but that something still references; kept, and reported. */
  rowsInUse: number;
  /** Pending rows (and their objects) of writes that never finished. */
  stalePending: number;
  /** Temporary files or unfinished S3 multipart uploads. */
  unfinishedWrites: number;
}

const DAY_MS = 86_400_000;
/** How old an object, a row or an unfinished write must be before the cleanup touches it. */
export const CLEANUP_GRACE_MS = DAY_MS;
/** How often each instance tries to run it (one at a time does: the others find the lock taken). */
export const CLEANUP_INTERVAL_MS = 3_600_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Databases this process is cleaning now: on PGlite the advisory lock is this process's own. */
const running = new WeakSet<Database>();

/**
 * Makes the store and the `blobs` rows agree, user by user: an object without a row goes, a
 * stored row without its object goes, a pending row whose write never finished goes with its
 * object, and unfinished writes go; all only once older than the grace period, so writes under
 * way are never touched (a row is written before its object, and an object younger than the
 * grace period is left alone). Runs where no other instance is running it (a PostgreSQL
 * advisory lock); answers null when one is.
 */
export async function cleanupBlobs(deps: CleanupDeps, graceMs = CLEANUP_GRACE_MS): Promise<CleanupReport | null> {
  if (running.has(deps.database)) return null;
  running.add(deps.database);
  try {
    return await deps.database.withConnection(async (conn) => {
      if (!(await repo.tryLockCleanup(conn))) return null;
      try {
        return await sweep(deps, new Date(deps.clock.now().getTime() - graceMs));
      } finally {
        await repo.unlockCleanup(conn);
      }
    });
  } finally {
    running.delete(deps.database);
  }
}

async function sweep(deps: CleanupDeps, cutoff: Date): Promise<CleanupReport> {
  const report: CleanupReport = {
    orphanObjects: 0,
    missingObjects: 0,
    rowsInUse: 0,
    stalePending: 0,
    unfinishedWrites: 0,
  };
  report.unfinishedWrites = await deps.blobs.removeUnfinished(cutoff);

  // Every user with something in the store or a row old enough to check.
  const users = new Set<string>();
  for await (const name of deps.blobs.children('users')) users.add(name);
  for (const userId of await repo.usersWithRowsBefore(deps.database.db, cutoff)) users.add(userId);

  for (const userId of users) await sweepUser(deps, userId, cutoff, report);
  return report;
}

async function sweepUser(deps: CleanupDeps, userId: string, cutoff: Date, report: CleanupReport): Promise<void> {
  const db = deps.database.db;
  const objects = new Map<string, BlobInfo>();
  for await (const o of deps.blobs.list(userBlobPrefix(userId))) objects.set(o.key, o);
  // A folder that is no user id holds nothing of ours: everything in it is an orphan.
  const rows = UUID.test(userId) ? await repo.rowsOfUser(db, userId) : [];
  const rowKeys = new Set(rows.map((r) => r.key));

  for (const o of objects.values()) {
    if (rowKeys.has(o.key) || o.modifiedAt >= cutoff) continue;
    // Read again right before deleting: a row written since the list above keeps its object.
    if (await repo.keyHasRow(db, o.key)) continue;
    await deps.blobs.delete(o.key);
    report.orphanObjects++;
  }

  for (const r of rows) {
    if (r.created_at >= cutoff) continue;
    if (r.status === 'pending') {
      await deps.blobs.delete(r.key);
      await repo.deleteRowIn(db, r.id, 'pending');
      report.stalePending++;
    } else if (!objects.has(r.key) && !(await deps.blobs.stat(r.key))) {
      try {
        await repo.deleteRowIn(db, r.id, 'stored');
        report.missingObjects++;
      } catch (err) {
        if (!repo.isForeignKeyViolation(err)) throw err;
        report.rowsInUse++;
      }
    }
  }
}

/**
 * Runs the cleanup every `CLEANUP_INTERVAL_MS` (the first run one interval after start) until
 * the returned function is called; it waits for a run under way.
 */
export function scheduleCleanup(
  deps: CleanupDeps,
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  intervalMs = CLEANUP_INTERVAL_MS,
): () => Promise<void> {
  let current: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    current = cleanupBlobs(deps).then(
      (report) => {
        if (report && Object.values(report).some((n) => n > 0)) log.info({ report }, 'blob cleanup');
      },
      (err) => log.error({ err }, 'blob cleanup failed'),
    );
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
