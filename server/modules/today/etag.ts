import { createHash } from 'node:crypto';
import type { SyncState } from '#common/contracts/today';

/** A strong ETag of the polling state; the server time is left out, so it changes only with the state. */
export function etagOf(state: SyncState): string {
  const { server_time: _, ...rest } = state;
  return `"${createHash('sha256').update(JSON.stringify(rest)).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names `etag` (a list, weak forms and `*` included). */
export { etagMatches as matches } from '../../platform/cache-control';
