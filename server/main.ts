import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { ConfigError, loadConfig, startupWarnings } from './config';
import { openDatabase } from './db/client';
import { migrate } from './db/migrate';
import { copyPgliteTemplate } from './db/pglite-template';
import { seedCatalogue } from './db/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database, { pgliteTemplate: copyPgliteTemplate });
  await migrate(database);
  await seedCatalogue(database);
  const app = await buildApp({ config, database });
  for (const warning of startupWarnings(config)) app.log.warn(warning);

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    // app.close() stops accepting connections and waits for in-flight requests.
    await app.close();
    await database.close();
  });

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Cadence is ready at ${config.publicUrl.origin} (${database.driver})`);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  }
  process.exit(1);
});
