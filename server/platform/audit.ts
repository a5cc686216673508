import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Database, DbOrTx } from '../db/client';
import { audit_log } from './audit.tables';

/** Who acted and from where. A service's `Ctx` is one, so services pass `ctx` straight through. */
export interface AuditSource {
  userId?: string | null;
  sessionId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

/** Event names in use; later modules add theirs (purchases, admin actions) as plain strings. */
export type AuditEventType =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'sign_out_all'
  | 'session_revoked'
  | 'account_linked'
  | 'role_granted'
  | 'role_revoked'
  | 'terms_accepted'
  | 'age_verified'
  | 'passkey_registered'
  | 'passkey_deleted'
  | 'data_export'
  | 'account_deleted'
  | 'csrf_rejected'
  | 'rate_limited'
  | 'purchase'
  | 'admin_action'
  | (string & {});

export interface AuditEvent {
  type: AuditEventType;
  status?: 'success' | 'failure' | 'denied';
  resourceType?: string;
  resourceId?: string;
  action?: string;
  /** Context for the record. Keys that look like secrets are dropped before storing. */
  details?: Record<string, unknown>;
}

const SECRET_KEY = /token|secret|password|cookie|challenge|verifier|nonce|assertion|public_key|authorization/i;
const MAX_TEXT = 500;

/** Drops secret-looking keys (at any depth) and long strings, so no token ever reaches the log. */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  if (value === null || typeof value !== 'object' || depth > 3) return depth > 3 ? null : value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrub(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !SECRET_KEY.test(k))
      .map(([k, v]) => [k, scrub(v, depth + 1)]),
  );
}

const clip = (s: string | null | undefined) => (s ? s.slice(0, MAX_TEXT) : null);

/**
 * Records one security or admin event and returns the row's id. Call it inside the transaction of
 * the change it records.
 */
export async function audit(db: DbOrTx, source: AuditSource, event: AuditEvent): Promise<string> {
  const [row] = await db
    .insert(audit_log)
    .values({
      user_id: source.userId ?? null,
      session_id: source.sessionId ?? null,
      event_type: event.type,
      status: event.status ?? 'success',
      resource_type: event.resourceType ?? null,
      resource_id: event.resourceId ?? null,
      action: event.action ?? null,
      details: event.details ? (scrub(event.details) as Record<string, unknown>) : null,
      ip_address: clip(source.ip),
      user_agent: clip(source.userAgent),
      request_id: source.requestId ?? null,
    })
    .returning({ id: audit_log.id });
  return row?.id ?? '';
}

/** The audit source of a request: its user and session when signed in, its IP, user agent and id. */
export function auditSource(request: FastifyRequest): AuditSource {
  const ua = request.headers['user-agent'];
  return {
    userId: request.user?.id ?? null,
    sessionId: request.sessionId ?? null,
    ip: request.ip,
    userAgent: typeof ua === 'string' ? ua : null,
    requestId: request.id,
  };
}

/**
 * Records an event outside any transaction (rejections answered before a handler runs). A
 * failure to write is logged, never turned into a 500 for the request being rejected.
 */
export async function auditRequest(request: FastifyRequest, event: AuditEvent): Promise<void> {
  try {
    await audit(request.server.deps.database.db, auditSource(request), event);
  } catch (err) {
    request.log.warn({ err, event: event.type }, 'could not write the audit log');
  }
}

interface OpenWindow {
  /** The id of the row written for the first refusal (null when it could not be written). */
  rowId: Promise<string | null>;
  count: number;
  timer: NodeJS.Timeout;
}

/**
 * Audits repeated refusals (CSRF, rate limits) without letting a flood of them flood the log: per
 * key and minute, the first refusal is written at once with `details.count = 1`, later ones are
 * only counted, and when the minute ends (or the app closes) that row's count is brought up to
 * date. A key should hold the reason and who asked (IP, user); past `maxKeys` open keys the rest
 * share one key per event type, so made-up addresses cannot grow memory or the log either.
 */
export class RefusalAudit {
  private readonly open = new Map<string, OpenWindow>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one refusal; resolves once it is recorded (written, or counted in an open window). */
  async record(request: FastifyRequest, key: string, event: AuditEvent): Promise<void> {
    const k = this.open.has(key) || this.open.size < this.maxKeys ? key : `${event.type}|*`;
    const window = this.open.get(k);
    if (window) {
      window.count++;
      return;
    }
    const rowId = audit(this.database.db, auditSource(request), {
      ...event,
      details: { ...event.details, count: 1 },
    }).catch((err: unknown) => {
      request.log.warn({ err, event: event.type }, 'could not write the audit log');
      return null;
    });
    const timer = setTimeout(() => this.track(this.close(k)), this.windowMs);
    timer.unref();
    this.open.set(k, { rowId, count: 1, timer });
    await rowId;
  }

  /** Ends every open window, writing their counts (the app's onClose). */
  async flush(): Promise<void> {
    await Promise.all([...this.open.keys()].map((k) => this.close(k)));
    await Promise.all([...this.pending]);
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async close(key: string): Promise<void> {
    const window = this.open.get(key);
    if (!window) return;
    this.open.delete(key);
    clearTimeout(window.timer);
    const id = await window.rowId;
    if (!id || window.count === 1) return;
    try {
      await this.database.db
        .update(audit_log)
        .set({
          details: sql`coalesce(${audit_log.details}, '{}'::jsonb) || jsonb_build_object('count', ${window.count}::int)`,
        })
        .where(eq(audit_log.id, id));
    } catch (err) {
      this.log.warn({ err }, 'could not update the audit log');
    }
  }
}
