import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { afterKey } from '../../platform/pagination';
import { calendar_event_exceptions, calendar_events, calendar_feed_tokens } from './calendar.tables';

export type EventRow = typeof calendar_events.$inferSelect;
export type ExceptionRow = typeof calendar_event_exceptions.$inferSelect;
export type FeedTokenRow = typeof calendar_feed_tokens.$inferSelect;

export type EventValues = Omit<typeof calendar_events.$inferInsert, 'id' | 'created_at' | 'updated_at'>;

export async function insertEvent(db: DbOrTx, values: EventValues): Promise<EventRow> {
  const [row] = await db.insert(calendar_events).values(values).returning();
  if (!row) throw new Error('insert into calendar_events returned no row');
  return row;
}

export async function findEvent(db: DbOrTx, userId: string, id: string, lock = false): Promise<EventRow | null> {
  const query = db
    .select()
    .from(calendar_events)
    .where(and(eq(calendar_events.user_id, userId), eq(calendar_events.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateEvent(
  db: DbOrTx,
  userId: string,
  id: string,
  patch: Partial<EventValues>,
): Promise<EventRow | null> {
  const [row] = await db
    .update(calendar_events)
    .set({ ...patch, updated_at: sql`now()` })
    .where(and(eq(calendar_events.user_id, userId), eq(calendar_events.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteEvent(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(calendar_events)
    .where(and(eq(calendar_events.user_id, userId), eq(calendar_events.id, id)))
    .returning({ id: calendar_events.id });
  return rows.length > 0;
}

/** The user's events, newest start first, keyset on (start_time, id). */
export async function listEvents(
  db: DbOrTx,
  userId: string,
  f: { after?: [string, string]; limit: number },
): Promise<EventRow[]> {
  return db
    .select()
    .from(calendar_events)
    .where(
      and(
        eq(calendar_events.user_id, userId),
        f.after ? afterKey([calendar_events.start_time, calendar_events.id], f.after, 'desc') : undefined,
      ),
    )
    .orderBy(desc(calendar_events.start_time), desc(calendar_events.id))
    .limit(f.limit + 1);
}

/**
 * Events that may have an occurrence in `[from, to)`: single events starting in the window or
 * up to `lookBack` earlier (the longest an event may last), and series begun before `to` that
 * are endless or end after `from`. Two queries, so each is served by its own index.
 */
export async function eventsForRange(
  db: DbOrTx,
  userId: string,
  from: Date,
  to: Date,
  lookBack: Date,
): Promise<EventRow[]> {
  const singles = await db
    .select()
    .from(calendar_events)
    .where(
      and(
        eq(calendar_events.user_id, userId),
        gte(calendar_events.start_time, lookBack),
        lt(calendar_events.start_time, to),
        isNull(calendar_events.recurrence_rule),
      ),
    )
    .orderBy(asc(calendar_events.start_time), asc(calendar_events.id));
  const series = await db
    .select()
    .from(calendar_events)
    .where(
      and(
        eq(calendar_events.user_id, userId),
        isNotNull(calendar_events.recurrence_rule),
        lt(calendar_events.start_time, to),
        or(isNull(calendar_events.recurrence_until), gt(calendar_events.recurrence_until, from)),
      ),
    )
    .orderBy(asc(calendar_events.start_time), asc(calendar_events.id));
  return [...singles, ...series];
}

/** Series with an occurrence moved to start in `[lookBack, to)` (their own range may lie elsewhere). */
export async function eventsMovedInto(db: DbOrTx, userId: string, to: Date, lookBack: Date): Promise<EventRow[]> {
  const moved = db
    .select({ id: calendar_event_exceptions.event_id })
    .from(calendar_event_exceptions)
    .where(
      and(
        eq(calendar_event_exceptions.user_id, userId),
        eq(calendar_event_exceptions.is_cancelled, false),
        gte(calendar_event_exceptions.start_time, lookBack),
        lt(calendar_event_exceptions.start_time, to),
      ),
    );
  return db
    .select()
    .from(calendar_events)
    .where(and(eq(calendar_events.user_id, userId), inArray(calendar_events.id, moved)));
}

/** Every event of the user, oldest first (the calendar export). */
/** One page of the user's events in start order, after the (start, id) of the previous page's last. */
export async function eventsPage(
  db: DbOrTx,
  userId: string,
  after: [string, string] | null,
  limit: number,
): Promise<EventRow[]> {
  return db
    .select()
    .from(calendar_events)
    .where(
      and(
        eq(calendar_events.user_id, userId),
        after ? afterKey([calendar_events.start_time, calendar_events.id], after, 'asc') : undefined,
      ),
    )
    .orderBy(asc(calendar_events.start_time), asc(calendar_events.id))
    .limit(limit);
}

/** The zones of the user's timed events, each once. */
export async function timedEventZones(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ timezone: calendar_events.timezone })
    .from(calendar_events)
    .where(and(eq(calendar_events.user_id, userId), eq(calendar_events.all_day, false)));
  return rows.flatMap((r) => (r.timezone ? [r.timezone] : []));
}

// ── Exceptions ───────────────────────────────────────────────────────────────

export async function exceptionsOf(db: DbOrTx, userId: string, eventIds: string[]): Promise<ExceptionRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(calendar_event_exceptions)
    .where(and(eq(calendar_event_exceptions.user_id, userId), inArray(calendar_event_exceptions.event_id, eventIds)))
    .orderBy(asc(calendar_event_exceptions.occurrence_start));
}

export type ExceptionValues = Omit<typeof calendar_event_exceptions.$inferInsert, 'id' | 'created_at' | 'updated_at'>;

/** Writes the one exception of an occurrence, replacing an earlier one. */
export async function upsertException(db: DbOrTx, values: ExceptionValues): Promise<ExceptionRow> {
  const { user_id: _u, event_id: _e, occurrence_start: _o, ...changes } = values;
  const [row] = await db
    .insert(calendar_event_exceptions)
    .values(values)
    .onConflictDoUpdate({
      target: [calendar_event_exceptions.event_id, calendar_event_exceptions.occurrence_start],
      set: { ...changes, updated_at: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('upsert into calendar_event_exceptions returned no row');
  return row;
}

export async function deleteExceptions(db: DbOrTx, userId: string, eventId: string): Promise<void> {
  await db
    .delete(calendar_event_exceptions)
    .where(and(eq(calendar_event_exceptions.user_id, userId), eq(calendar_event_exceptions.event_id, eventId)));
}

// ── Program days ─────────────────────────────────────────────────────────────

/** An all-day workout event for one day of the user's active training program. */
export interface ProgramDayEventValues {
  program_day_id: string;
  workout_id: string;
  title: string;
  start_time: Date;
  end_time: Date;
  timezone: string;
}

/**
 * Creates or moves the events of program days (one per day: calendar_events_program_day_key),
 * and returns the ids of those created or changed; an event already as asked is left alone.
 */
export async function upsertProgramDayEvents(
  db: DbOrTx,
  userId: string,
  rows: ProgramDayEventValues[],
): Promise<{ id: string; created: boolean }[]> {
  if (rows.length === 0) return [];
  const t = calendar_events;
  return db
    .insert(t)
    .values(rows.map((r) => ({ ...r, user_id: userId, event_type: 'workout', all_day: true })))
    .onConflictDoUpdate({
      target: t.program_day_id,
      set: {
        title: sql`excluded.title`,
        start_time: sql`excluded.start_time`,
        end_time: sql`excluded.end_time`,
        timezone: sql`excluded.timezone`,
        workout_id: sql`excluded.workout_id`,
        updated_at: sql`now()`,
      },
      setWhere: sql`${t.user_id} = excluded.user_id and (${t.title}, ${t.start_time}, ${t.end_time}, ${t.timezone}, ${t.workout_id})
        is distinct from (excluded.title, excluded.start_time, excluded.end_time, excluded.timezone, excluded.workout_id)`,
    })
    .returning({ id: t.id, created: sql<boolean>`(xmax = 0)` });
}

/** Deletes the events of these program days; returns the ids of those deleted. */
export async function deleteProgramDayEvents(db: DbOrTx, userId: string, dayIds: string[]): Promise<string[]> {
  if (dayIds.length === 0) return [];
  const rows = await db
    .delete(calendar_events)
    .where(and(eq(calendar_events.user_id, userId), inArray(calendar_events.program_day_id, dayIds)))
    .returning({ id: calendar_events.id });
  return rows.map((r) => r.id);
}

// ── Linked objects ───────────────────────────────────────────────────────────

const linkTables = { workout: 'workouts', habit: 'habits', goal: 'goals' } as const;

/**
 * Whether the user owns the linked workout, habit or goal. Only the owner column is read; the
 * foreign keys of calendar_events already tie the calendar to these tables.
 */
export async function ownsLinked(db: DbOrTx, userId: string, kind: keyof typeof linkTables, id: string) {
  const rows = await queryRows(
    db,
    sql`select 1 from ${sql.identifier(linkTables[kind])} where id = ${id} and user_id = ${userId} limit 1`,
  );
  return rows.length > 0;
}

// ── Feed tokens ──────────────────────────────────────────────────────────────

/** Revokes every live token of the user; returns how many were live. */
export async function revokeFeedTokens(db: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(calendar_feed_tokens)
    .set({ revoked_at: at })
    .where(and(eq(calendar_feed_tokens.user_id, userId), isNull(calendar_feed_tokens.revoked_at)))
    .returning({ id: calendar_feed_tokens.id });
  return rows.length;
}

export async function insertFeedToken(db: DbOrTx, userId: string, tokenHash: string, at: Date): Promise<void> {
  await db.insert(calendar_feed_tokens).values({ user_id: userId, token_hash: tokenHash, created_at: at });
}

export async function liveFeedToken(db: DbOrTx, userId: string): Promise<FeedTokenRow | null> {
  const [row] = await db
    .select()
    .from(calendar_feed_tokens)
    .where(and(eq(calendar_feed_tokens.user_id, userId), isNull(calendar_feed_tokens.revoked_at)))
    .orderBy(desc(calendar_feed_tokens.created_at), desc(calendar_feed_tokens.id))
    .limit(1);
  return row ?? null;
}

/** Finds a live token by its hash and stamps its use; null when unknown or revoked. */
export async function markFeedTokenUsed(db: DbOrTx, tokenHash: string, at: Date): Promise<FeedTokenRow | null> {
  const [row] = await db
    .update(calendar_feed_tokens)
    .set({ last_used_at: at })
    .where(and(eq(calendar_feed_tokens.token_hash, tokenHash), isNull(calendar_feed_tokens.revoked_at)))
    .returning();
  return row ?? null;
}
