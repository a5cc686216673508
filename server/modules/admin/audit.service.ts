import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { z } from 'zod';
import type { AuditEntry, AuditFilters, auditListQuery } from '#common/contracts/admin';
import type { Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { csvRow } from '../../platform/csv';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { userNames } from '../user';
import * as repo from './audit.repo';

/** Rows read per query while an export streams. */
export const AUDIT_EXPORT_BATCH = 500;

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);
const keyOf = (row: repo.AuditRow) => [row.created_at.toISOString(), row.id] as const;

function entryView(row: repo.AuditRow, names: Map<string, string>): AuditEntry {
  const name = row.user_id ? names.get(row.user_id) : undefined;
  return {
    id: row.id,
    created_at: row.created_at,
    actor: row.user_id && name !== undefined ? { id: row.user_id, name } : null,
    event_type: row.event_type,
    action: row.action,
    target: row.resource_type ? { type: row.resource_type, id: row.resource_id } : null,
    status: row.status as AuditEntry['status'],
    details: row.details,
    ip: row.ip_address,
    request_id: row.request_id,
  };
}

/** The rows with their actors' names (one query for the batch). */
async function entries(ctx: Ctx, rows: repo.AuditRow[]): Promise<AuditEntry[]> {
  const ids = rows.map((r) => r.user_id).filter((id): id is string => id !== null);
  const names = await userNames(ctx.database.db, ids);
  return rows.map((r) => entryView(r, names));
}

/** A page of the audit log, newest first. */
export async function list(ctx: Ctx, query: z.output<typeof auditListQuery>): Promise<Page<AuditEntry>> {
  const { limit, cursor, ...filters } = query;
  const rows = await repo.listAudit(ctx.database.db, filters, { after: decodeCursor(cursor, cursorShape), limit });
  const page = toPage(rows, query, keyOf);
  return { data: await entries(ctx, page.data), page: page.page };
}

const CSV_COLUMNS = [
  'id',
  'time',
  'actor_id',
  'actor_name',
  'event_type',
  'action',
  'resource_type',
  'resource_id',
  'status',
  'details',
  'ip',
  'request_id',
] as const;

function csvLine(e: AuditEntry): string {
  return csvRow([
    e.id,
    e.created_at.toISOString(),
    e.actor?.id,
    e.actor?.name,
    e.event_type,
    e.action,
    e.target?.type,
    e.target?.id,
    e.status,
    e.details ? JSON.stringify(e.details) : null,
    e.ip,
    e.request_id,
  ]);
}

/** The filters as the export's own audit record names them (times as text). */
function filtersNamed(filters: AuditFilters): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined) named[key] = value instanceof Date ? value.toISOString() : String(value);
  }
  return named;
}

/**
 * The audit rows matching the filters as CSV, newest first, read in keyset batches and written
 * as they come, so the log is never held in memory whole. The export itself is recorded in the
 * audit log, with its filters, before the first row is read.
 */
export async function exportCsv(ctx: Ctx, filters: AuditFilters): Promise<{ filename: string; body: Readable }> {
  await audit(ctx.database.db, ctx, {
    type: 'admin_action',
    action: 'audit_export',
    resourceType: 'audit_log',
    details: { filters: filtersNamed(filters) },
  });
  const filename = `cadence-audit-${ctx.clock.now().toISOString().slice(0, 10)}.csv`;
  return { filename, body: Readable.from(csvChunks(ctx, filters), { objectMode: false }) };
}

async function* csvChunks(ctx: Ctx, filters: AuditFilters): AsyncGenerator<string> {
  yield csvRow(CSV_COLUMNS);
  let after: readonly [string, string] | undefined;
  for (;;) {
    // On the embedded database a read resolves without a turn of the event loop: give it one.
    await setImmediate();
    // The list reads one row past its limit (to know of a next page): here every row is written.
    const rows = await repo.listAudit(ctx.database.db, filters, { after, limit: AUDIT_EXPORT_BATCH - 1 });
    if (rows.length === 0) return;
    yield (await entries(ctx, rows)).map(csvLine).join('');
    const last = rows.at(-1) as repo.AuditRow;
    after = keyOf(last);
    if (rows.length < AUDIT_EXPORT_BATCH) return;
  }
}
