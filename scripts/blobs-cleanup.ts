/**
 * `npm run blobs:cleanup`: one run of the orphan cleanup that every server runs hourly
 * (server/modules/blobs/cleanup.ts), with the server's configuration. On the embedded database
 * it needs the server stopped (the data folder takes one process); on a PostgreSQL server it
 * runs beside the instances, and skips when one of them is cleaning already.
 */
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { cleanupBlobs } from '../server/modules/blobs';
import { createBlobStore } from '../server/platform/blob-store';
import { systemClock } from '../server/platform/clock';

try {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrate(database);
    const report = await cleanupBlobs({ database, blobs: createBlobStore(config.blobs), clock: systemClock });
    console.log(report ? JSON.stringify(report) : 'Another instance is cleaning the blob store now; nothing done.');
  } finally {
    await database.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
