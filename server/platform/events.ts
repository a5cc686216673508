import { type SQL, sql } from 'drizzle-orm';
import { type EventPayload, type EventType, eventPayloads, type RealtimeEvent } from '#common/contracts/events';
import { type DbOrTx, queryRows } from '../db/client';

/** The NOTIFY channel every instance listens on. Payloads are `{"id":…,"user_id":…}`. */
export const EVENTS_CHANNEL = 'cadence_events';
/** How long rows stay for replay after a reconnect. */
export const RETENTION_HOURS = 24;

export interface EventRow {
  id: number;
  user_id: string;
  type: EventType;
  data: unknown;
  created_at: Date;
}

/**
 * Records an event for `userId` and notifies every instance, inside the caller's transaction:
 * PostgreSQL delivers NOTIFY only at commit, so a rolled-back change publishes nothing.
 * The payload is validated against its contract; a mismatch is a programming error.
 */
export async function publish<T extends EventType>(
  tx: DbOrTx,
  userId: string,
  type: T,
  data: EventPayload<T>,
): Promise<number> {
  const [id] = await publishAll(tx, userId, [{ type, data } as Publication]);
  return id as number;
}

export type Publication = { [T in EventType]: { type: T; data: EventPayload<T> } }[EventType];

/** Several events for one user, in order, in one statement (see `publish`). */
export async function publishAll(tx: DbOrTx, userId: string, events: Publication[]): Promise<number[]> {
  if (events.length === 0) return [];
  const published = await queryRows<{ id: string }>(
    tx,
    sql`with published as (${insertEvents(userId, events)}) ${notifyEach('published')}`,
  );
  return published.map((r) => Number(r.id));
}

/** The insert of several events for one user, in order, returning (id, user_id) per event. */
export function insertEvents(userId: string, events: Publication[]): SQL {
  const rows = events.map((e) => ({ type: e.type, data: eventPayloads[e.type].parse(e.data) }));
  return sql`insert into realtime_events (user_id, type, data)
    select ${userId}, t.event ->> 'type', t.event -> 'data'
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as t(event, n)
    order by t.n
    returning id, user_id`;
}

/** Notifies every instance of the events the data-modifying CTE `cte` (`insertEvents`) wrote. */
export function notifyEach(cte: string): SQL {
  const e = sql.identifier(cte);
  return sql`select ${e}.id, pg_notify(${EVENTS_CHANNEL}, json_build_object('id', ${e}.id, 'user_id', ${e}.user_id)::text)
    from ${e} order by ${e}.id`;
}

type RawRow = Omit<EventRow, 'id' | 'created_at'> & { id: string | number; created_at: string | Date };

const toRow = (r: RawRow): EventRow => ({ ...r, id: Number(r.id), created_at: new Date(r.created_at) });

/** The rows with these ids, oldest first. */
export async function eventsByIds(db: DbOrTx, ids: number[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<RawRow>(
    db,
    sql`select id, user_id, type, data, created_at from realtime_events
        where id = any(${`{${ids.join(',')}}`}::bigint[]) order by id`,
  );
  return rows.map(toRow);
}

/** Up to `limit` of the user's events after `afterId`, oldest first (served by (user_id, id)). */
export async function eventsSince(db: DbOrTx, userId: string, afterId: number, limit: number): Promise<EventRow[]> {
  const rows = await queryRows<RawRow>(
    db,
    sql`select id, user_id, type, data, created_at from realtime_events
        where user_id = ${userId} and id > ${afterId} order by id limit ${limit}`,
  );
  return rows.map(toRow);
}

/**
 * Whether the event a client last received is still kept. When it is gone, retention pruned it,
 * and events the client missed after it may have gone with it.
 */
export async function eventKept(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from realtime_events where id = ${id}`);
  return rows.length > 0;
}

/** The newest event id of a user (0 when none), where a `resync` leaves them. */
export async function newestEventId(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await queryRows<{ id: string | null }>(
    db,
    sql`select max(id) as id from realtime_events where user_id = ${userId}`,
  );
  return Number(row?.id ?? 0);
}

/** Deletes events older than the retention, a bounded batch at a time; returns how many went. */
export async function pruneEvents(db: DbOrTx, batch = 10_000): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`delete from realtime_events where id in (
          select id from realtime_events
          where created_at < now() - make_interval(hours => ${RETENTION_HOURS}) limit ${batch}
        ) returning id`,
  );
  return rows.length;
}

/** The wire form of a row: the `data:` line of its SSE message. */
export function toWire(row: EventRow): RealtimeEvent {
  return { id: String(row.id), type: row.type, data: row.data, created_at: row.created_at.toISOString() };
}
