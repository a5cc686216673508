import fs from 'node:fs';
import path from 'node:path';

/**
 * Which server tests need the run's database, decided from their source so the split keeps
 * itself true as tests are added: a server test that imports the test harness builds the app
 * or opens the test database, and runs in the `server` project (on embedded PGlite in `npm
 * test`, and again on the PostgreSQL server in `npm run test:pg`). Every other test, all of
 * `common/` and the server tests of pure code or of PGlite itself, runs once, in `unit`.
 */
const IMPORTS_HARNESS = /from\s+['"](?:\.{1,2}\/)+(?:test\/)?harness['"]/;

/** What only a test that uses the run's database mentions; the architecture test looks for it. */
export const USES_TEST_DATABASE =
  /\b(?:createTestApp|openTestDatabase|testDatabaseUrl|clonePostgresDatabase|TEST_DATABASE_URL)\b|inject\(\s*['"](?:databaseUrl|pgliteSnapshot)/;

/** The server test files (paths relative to `root`) that do not import the harness. */
export function serverUnitTests(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'server'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !IMPORTS_HARNESS.test(fs.readFileSync(path.join(root, file), 'utf8')))
    .sort();
}
