import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { migrationStatus } from '../../db/migrate';

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

export { migrationStatus };
