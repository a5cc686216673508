/**
 * Runs after `npm install`: builds the web app and prepares an initialised, empty PGlite
 * cluster, so the first `npm start` skips both (initdb alone takes several seconds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteTemplatePath } from '../server/db/pglite-template';
import { buildWebIfStale } from './web-build';

buildWebIfStale();

const file = pgliteTemplatePath();
if (!fs.existsSync(file)) {
  const client = await PGlite.create();
  const dump = await client.dumpDataDir('none');
  await client.close();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}
