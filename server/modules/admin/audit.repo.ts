import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditFilters } from '#common/contracts/admin';
import type { DbOrTx } from '../../db/client';
import { audit_log } from '../../platform/audit.tables';
import { afterKey } from '../../platform/pagination';

export type AuditRow = typeof audit_log.$inferSelect;

/**
 * The conditions of the filters. Each filter starts an index: actor (user_id, created_at), event
 * (event_type, created_at), target (resource_type, created_at, id) or (resource_type, resource_id,
 * created_at, id), window (created_at, id); the contract refuses `action` without `event_type`
 * and `resource_id` without `resource_type`.
 */
function filtersOf(f: AuditFilters): SQL[] {
  const where: (SQL | undefined)[] = [
    f.user_id ? eq(audit_log.user_id, f.user_id) : undefined,
    f.event_type ? eq(audit_log.event_type, f.event_type) : undefined,
    f.action ? eq(audit_log.action, f.action) : undefined,
    f.resource_type ? eq(audit_log.resource_type, f.resource_type) : undefined,
    f.resource_id ? eq(audit_log.resource_id, f.resource_id) : undefined,
    f.from ? gte(audit_log.created_at, f.from) : undefined,
    f.to ? lt(audit_log.created_at, f.to) : undefined,
  ];
  return where.filter((c): c is SQL => c !== undefined);
}

/** Audit rows matching the filters, newest first, keyset on (created_at, id): `limit + 1` of them. */
export async function listAudit(
  db: DbOrTx,
  filters: AuditFilters,
  page: { after?: readonly [string, string]; limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(audit_log)
    .where(
      and(
        ...filtersOf(filters),
        page.after ? afterKey([audit_log.created_at, audit_log.id], page.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(audit_log.created_at), desc(audit_log.id))
    .limit(page.limit + 1);
}
