import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/client';
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

/** Records one security or admin event. Call it inside the transaction of the change it records. */
export async function audit(db: DbOrTx, source: AuditSource, event: AuditEvent): Promise<void> {
  await db.insert(audit_log).values({
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
  });
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
