import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm install` leaves an initialised, empty PGlite cluster (see scripts/postinstall.ts). */
export function pgliteTemplatePath(): string {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return path.join(root, 'node_modules', '.cache', 'cadence', 'pglite-template.tar');
}
