import { buildVersion } from '../../platform/build-info';
import type { Platform } from '../../platform/platform';
import * as repo from './health.repo';

export interface Health {
  status: 'ok' | 'degraded';
  database: { status: 'ok' | 'unreachable'; driver: 'pglite' | 'postgres' };
  migration: { version: string | null; pending: number } | null;
  version: string;
  time: Date;
}

/** Reports whether the database answers and which migration it is at. Never throws. */
export async function check(deps: Platform): Promise<Health> {
  const { db, driver } = deps.database;
  try {
    await repo.ping(db);
    const m = await repo.migrationStatus(db);
    return {
      status: m.pending === 0 ? 'ok' : 'degraded',
      database: { status: 'ok', driver },
      migration: { version: m.version, pending: m.pending },
      version: buildVersion,
      time: deps.clock.now(),
    };
  } catch {
    return {
      status: 'degraded',
      database: { status: 'unreachable', driver },
      migration: null,
      version: buildVersion,
      time: deps.clock.now(),
    };
  }
}
