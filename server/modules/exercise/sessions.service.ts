import { z } from 'zod';
import type {
  finishSessionBody,
  LastSets,
  Session,
  SessionFinish,
  SessionStatus,
  SessionSummary,
  StartSessionBody,
  sessionListQuery,
} from '#common/contracts/exercise';
import { activeSeconds, IDLE_MS, isIdle, workoutRewardData } from '#common/rules/exercise';
import type { DbOrTx, Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { AppError, conflict, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { record } from '../gamification';
import { exerciseRef } from './exercise.view';
import { noteDayDone, todaysProgramDay } from './schedule.service';
import * as repo from './sessions.repo';
import * as workoutsRepo from './workouts.repo';

function summaryView(row: repo.SessionRow, counts: repo.SetCounts | undefined): SessionSummary {
  return {
    id: row.id,
    workout_id: row.workout_id,
    program_day_id: row.program_day_id,
    name: row.name,
    status: row.status as SessionStatus,
    started_at: row.started_at,
    ended_at: row.ended_at,
    duration_seconds: row.duration_seconds,
    rating: row.rating,
    notes: row.notes,
    total_volume: row.total_volume,
    last_activity_at: row.last_activity_at,
    set_count: counts?.sets ?? 0,
    working_set_count: counts?.working ?? 0,
    xp_awarded: row.xp_awarded,
    coins_awarded: row.coins_awarded,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function setView(s: repo.SetRow) {
  return {
    id: s.id,
    session_id: s.session_id,
    exercise_id: s.exercise_id,
    set_number: s.set_number,
    weight: s.weight,
    reps: s.reps,
    duration_seconds: s.duration_seconds,
    distance_m: s.distance_m,
    rpe: s.rpe,
    is_warmup: s.is_warmup,
    notes: s.notes,
    completed_at: s.completed_at,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

export async function summaryOf(db: DbOrTx, row: repo.SessionRow): Promise<SessionSummary> {
  return summaryView(row, (await repo.countsOf(db, [row.id])).get(row.id));
}

/** The session with its sets grouped by exercise, in the order each exercise was first logged. */
async function sessionView(db: DbOrTx, row: repo.SessionRow): Promise<Session> {
  const sets = await repo.setsOf(db, row.id);
  const groups = new Map<string, { exercise: repo.SetWithExercise['exercise']; sets: repo.SetRow[] }>();
  for (const s of sets) {
    const group = groups.get(s.exercise_id) ?? { exercise: s.exercise, sets: [] };
    group.sets.push(s);
    groups.set(s.exercise_id, group);
  }
  const counts = { sets: sets.length, working: sets.filter((s) => !s.is_warmup).length };
  return {
    ...summaryView(row, counts),
    exercises: [...groups.values()].map((g) => ({ exercise: exerciseRef(g.exercise), sets: g.sets.map(setView) })),
  };
}

// ── Idle sessions ─────────────────────────────────────────────────────────────

/**
 * Abandons a session idle for 12 hours (no set logged since, or since its start): it ends when it
 * was last active, pays nothing. Returns the session as it now stands.
 */
async function settle(tx: Tx, ctx: Ctx, row: repo.SessionRow, now: Date): Promise<repo.SessionRow> {
  if (row.status !== 'active' || !isIdle(row.last_activity_at, now)) return row;
  return repo.update(tx, ctx.userId, row.id, {
    status: 'abandoned',
    ended_at: row.last_activity_at,
    duration_seconds: activeSeconds(row.started_at, row.last_activity_at, row.last_activity_at),
    updated_at: now,
  });
}

/** The active session after the idle rule had its say, or null. */
async function settleActive(ctx: Ctx, now: Date): Promise<repo.SessionRow | null> {
  const db = ctx.database.db;
  const open = await repo.findActive(db, ctx.userId);
  if (!open || !isIdle(open.last_activity_at, now)) return open;
  return db.transaction(async (tx) => {
    const locked = await repo.findActive(tx, ctx.userId, true);
    if (!locked) return null;
    const settled = await settle(tx, ctx, locked, now);
    return settled.status === 'active' ? settled : null;
  });
}

/**
 * Runs `act` on the user's session, locked; 404 when not theirs. A session the idle rule abandons
 * here stays abandoned: the transaction commits, then the write is refused with 409, unless
 * `onIdle` answers instead (a read, or abandoning what is abandoned already).
 */
export async function withSession<T>(
  ctx: Ctx,
  id: string,
  act: (tx: Tx, row: repo.SessionRow, now: Date) => Promise<T>,
  onIdle?: (tx: Tx, row: repo.SessionRow) => Promise<T>,
): Promise<T> {
  const now = ctx.clock.now();
  const result = await ctx.database.db.transaction(async (tx): Promise<{ value: T } | { idle: repo.SessionRow }> => {
    const found = await repo.find(tx, ctx.userId, id, true);
    if (!found) throw notFound('workout session');
    const settled = await settle(tx, ctx, found, now);
    if (settled === found) return { value: await act(tx, found, now) };
    return onIdle ? { value: await onIdle(tx, settled) } : { idle: settled };
  });
  if ('idle' in result) throw notActive(result.idle);
  return result.value;
}

export const notActive = (row: repo.SessionRow) =>
  conflict(
    row.status === 'abandoned' && row.ended_at?.getTime() === row.last_activity_at.getTime()
      ? `This session was abandoned after ${IDLE_MS / 3_600_000} hours without a set.`
      : `This session is already ${row.status}.`,
    'session_not_active',
  );

// ── Lifecycle ─────────────────────────────────────────────────────────────────

/**
 * Starts a session, empty or from a template (named after it, and linked to today's program day
 * when it is the workout scheduled for today). One active session per user: 409 with its id.
 */
export async function start(ctx: Ctx, body: StartSessionBody): Promise<Session> {
  const now = ctx.clock.now();
  await settleActive(ctx, now);
  return ctx.database.db.transaction(async (tx) => {
    const template = body.workout_id ? await workoutsRepo.find(tx, ctx.userId, body.workout_id) : null;
    if (body.workout_id && !template) throw notFound('workout');
    const programDay = template ? await todaysProgramDay(tx, ctx, template.id) : null;
    const row = await repo.insertActive(tx, {
      user_id: ctx.userId,
      workout_id: template?.id ?? null,
      program_day_id: programDay,
      name: body.name ?? template?.name ?? 'Workout',
      started_at: now,
      last_activity_at: now,
      created_at: now,
      updated_at: now,
    });
    if (!row) {
      const active = await repo.findActive(tx, ctx.userId);
      throw new AppError(
        'session_active',
        `A session is already in progress (${active?.id ?? 'unknown'}); finish or abandon it first.`,
        active ? [{ path: 'session_id', message: active.id }] : undefined,
        409,
      );
    }
    return sessionView(tx, row);
  });
}

export async function active(ctx: Ctx): Promise<Session | null> {
  const row = await settleActive(ctx, ctx.clock.now());
  return row ? sessionView(ctx.database.db, row) : null;
}

export async function get(ctx: Ctx, id: string): Promise<Session> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const row = await repo.find(db, ctx.userId, id);
  if (!row) throw notFound('workout session');
  if (row.status === 'active' && isIdle(row.last_activity_at, now)) {
    const view = (tx: Tx, settled: repo.SessionRow) => sessionView(tx, settled);
    return withSession(ctx, id, view, view);
  }
  return sessionView(db, row);
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof sessionListQuery>): Promise<Page<SessionSummary>> {
  await settleActive(ctx, ctx.clock.now());
  const db = ctx.database.db;
  const rows = await repo.list(db, ctx.userId, {
    status: query.status,
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.started_at.toISOString(), r.id]);
  const counts = await repo.countsOf(
    db,
    page.data.map((r) => r.id),
  );
  return { data: page.data.map((r) => summaryView(r, counts.get(r.id))), page: page.page };
}

/**
 * Completes the session and pays `workout_complete` once (key `workout_complete:<id>`): active
 * minutes (to the finish, or 15 minutes after the last set) capped at 120, and the working sets.
 * A session without a working set cannot be finished (409): abandon it instead.
 */
export async function finish(ctx: Ctx, id: string, body: z.output<typeof finishSessionBody>): Promise<SessionFinish> {
  return withSession(ctx, id, async (tx, row, now) => {
    if (row.status !== 'active') throw notActive(row);
    const counts = (await repo.countsOf(tx, [row.id])).get(row.id);
    if (!counts || counts.working === 0) {
      throw conflict('Log a working set before finishing, or abandon the session.', 'session_empty');
    }
    const seconds = activeSeconds(row.started_at, row.last_activity_at, now);
    const reward = await record(tx, ctx, {
      type: 'workout_complete',
      idempotency_key: `workout_complete:${row.id}`,
      source_id: row.id,
      occurred_at: now,
      data: workoutRewardData(seconds, counts.working),
    });
    const done = await repo.update(tx, ctx.userId, row.id, {
      status: 'completed',
      ended_at: now,
      duration_seconds: seconds,
      ...(body.rating === undefined ? {} : { rating: body.rating }),
      ...(body.notes === undefined ? {} : { notes: body.notes }),
      xp_awarded: reward.xp,
      coins_awarded: reward.coins,
      updated_at: now,
    });
    if (done.program_day_id) await noteDayDone(tx, ctx, done.program_day_id, now);
    return { session: await sessionView(tx, done), reward };
  });
}

/** Ends the session without reward. */
export async function abandon(ctx: Ctx, id: string): Promise<Session> {
  return withSession(
    ctx,
    id,
    async (tx, row, now) => {
      if (row.status !== 'active') throw notActive(row);
      const ended = await repo.update(tx, ctx.userId, row.id, {
        status: 'abandoned',
        ended_at: now,
        duration_seconds: activeSeconds(row.started_at, row.last_activity_at, now),
        updated_at: now,
      });
      return sessionView(tx, ended);
    },
    (tx, idle) => sessionView(tx, idle),
  );
}

/** For each exercise, its working sets in the latest finished session that has some (to prefill rows). */
export async function lastSets(ctx: Ctx, exerciseIds: string[]): Promise<LastSets[]> {
  const rows = await repo.lastSets(ctx.database.db, ctx.userId, exerciseIds);
  const byExercise = new Map<string, LastSets>();
  for (const r of rows) {
    const entry = byExercise.get(r.exercise_id) ?? {
      exercise_id: r.exercise_id,
      session_id: r.session_id,
      performed_at: r.performed_at,
      sets: [],
    };
    entry.sets.push({
      set_number: r.set_number,
      weight: r.weight,
      reps: r.reps,
      duration_seconds: r.duration_seconds,
      distance_m: r.distance_m,
      rpe: r.rpe,
    });
    byExercise.set(r.exercise_id, entry);
  }
  return exerciseIds.flatMap((id) => {
    const entry = byExercise.get(id);
    return entry ? [entry] : [];
  });
}
