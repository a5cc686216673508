import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './client';
import { migrate, migrationsFolder } from './migrate';
import { seedCatalogue } from './seed';

/**
 * A migrated, seeded embedded cluster made by `npm install` (scripts/postinstall.ts). A new
 * DATA_DIR starts as a copy of it, so the first start skips initdb and the migrations: faster,
 * and without the memory they leave behind in PGlite's heap. Its name carries a hash of the
 * migrations, so a template made for other migrations is never used.
 */
const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/cadence', import.meta.url));

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(migrationsFolder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

const templateDir = () => path.join(cacheDir, `pglite-${migrationsHash()}`);

/** Fills a new embedded database folder from the template; false when there is none. */
export function copyPgliteTemplate(dir: string): boolean {
  const template = templateDir();
  if (!fs.existsSync(path.join(template, 'PG_VERSION'))) return false;
  fs.cpSync(template, dir, { recursive: true });
  return true;
}

/** Makes the template unless it exists, and removes templates of other migrations. */
export async function preparePgliteTemplate(): Promise<void> {
  const template = templateDir();
  if (fs.existsSync(template)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir)) {
    if (old.startsWith('pglite-')) fs.rmSync(path.join(cacheDir, old), { recursive: true, force: true });
  }
  const partial = `${template}.${process.pid}.partial`;
  const database = await openDatabase({ kind: 'pglite', dir: partial });
  try {
    await migrate(database);
    await seedCatalogue(database);
  } finally {
    await database.close();
  }
  fs.rmSync(`${partial}.lock`, { force: true });
  fs.renameSync(partial, template);
}
