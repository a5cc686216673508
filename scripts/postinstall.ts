/**
 * Runs after `npm install`: builds the web app and prepares a migrated, seeded PGlite cluster,
 * so the first `npm start` skips both.
 */
import { preparePgliteTemplate } from '../server/db/pglite-template';
import { buildWebIfStale } from './web-build';

buildWebIfStale();
await preparePgliteTemplate();
