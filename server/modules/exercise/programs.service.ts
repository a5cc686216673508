import { z } from 'zod';
import type {
  createProgramBody,
  Program,
  ProgramSummary,
  programListQuery,
  programWeekInput,
  updateProgramBody,
} from '#common/contracts/exercise';
import { dayKey, dayStart, weekStart } from '#common/time/day';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { notFound, validationError } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import { unscheduleProgramDays } from '../calendar';
import * as repo from './programs.repo';
import { programView, structureOf, summaryView } from './programs.view';
import { scheduleProgram } from './schedule.service';
import * as workoutsRepo from './workouts.repo';

type WeekInput = z.output<typeof programWeekInput>;

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof programListQuery>): Promise<Page<ProgramSummary>> {
  const rows = await repo.list(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { data: page.data.map(summaryView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<Program> {
  const row = await repo.find(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('program');
  return programView(ctx.database.db, ctx, row);
}

/** 422 naming the day unless each template the weeks name is the user's own. */
async function checkWorkouts(tx: Tx, ctx: Ctx, weeks: WeekInput[]): Promise<void> {
  const ids = [...new Set(weeks.flatMap((w) => w.days.flatMap((d) => (d.workout_id ? [d.workout_id] : []))))];
  const owned = await workoutsRepo.namesOf(tx, ctx.userId, ids);
  const details = weeks.flatMap((w, i) =>
    w.days.flatMap((d, j) =>
      d.workout_id && !owned.has(d.workout_id)
        ? [{ path: `body.weeks.${i}.days.${j}.workout_id`, message: 'No such workout' }]
        : [],
    ),
  );
  if (details.length > 0) throw validationError(details, 'A workout of the program was not found.');
}

/**
 * Writes the weeks and days as given, keeping the rows (and so the progress and calendar events)
 * of the weeks and weekdays that stay; the others go, their events first.
 */
async function writeStructure(tx: Tx, ctx: Ctx, programId: string, weeks: WeekInput[], now: Date): Promise<void> {
  await checkWorkouts(tx, ctx, weeks);
  const before = await structureOf(tx, programId);
  const wanted = new Set(weeks.flatMap((w, i) => w.days.map((d) => `${i + 1}:${d.day_of_week}`)));
  const numberOf = new Map(before.weeks.map((w) => [w.id, w.week_number]));
  const vanishing = before.days.filter((d) => !wanted.has(`${numberOf.get(d.week_id)}:${d.day_of_week}`));
  await unscheduleProgramDays(
    tx,
    ctx.userId,
    vanishing.map((d) => d.id),
  );
  await repo.deleteWeeksAfter(tx, programId, weeks.length);
  const weekIds = await repo.upsertWeeks(
    tx,
    weeks.map((w, i) => ({
      user_id: ctx.userId,
      program_id: programId,
      week_number: i + 1,
      name: w.name ?? null,
      is_deload: w.is_deload,
      notes: w.notes ?? null,
      created_at: now,
      updated_at: now,
    })),
  );
  const dayRows = weeks.flatMap((w, i) =>
    w.days.map((d) => ({
      user_id: ctx.userId,
      week_id: weekIds.get(i + 1) as string,
      day_of_week: d.day_of_week,
      workout_id: d.workout_id ?? null,
      notes: d.notes ?? null,
      created_at: now,
      updated_at: now,
    })),
  );
  const kept = await repo.upsertDays(tx, dayRows);
  await repo.deleteDaysExcept(tx, [...weekIds.values()], kept);
}

export async function create(ctx: Ctx, body: z.output<typeof createProgramBody>): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const row = await repo.insert(tx, {
      user_id: ctx.userId,
      name: body.name,
      description: body.description ?? null,
      goal: body.goal ?? null,
      level: body.level ?? null,
      duration_weeks: body.weeks.length,
      created_at: now,
      updated_at: now,
    });
    await writeStructure(tx, ctx, row.id, body.weeks, now);
    return programView(tx, ctx, row);
  });
}

/** Changes the fields given; `weeks` replaces the weeks and days, and moves the calendar with them. */
export async function update(ctx: Ctx, id: string, body: z.output<typeof updateProgramBody>): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const before = await repo.find(tx, ctx.userId, id);
    if (!before) throw notFound('program');
    const { weeks, ...fields } = body;
    const row = await repo.update(tx, ctx.userId, id, {
      ...fields,
      ...(weeks ? { duration_weeks: weeks.length } : {}),
      updated_at: now,
    });
    if (!row) throw notFound('program');
    if (weeks) {
      await writeStructure(tx, ctx, id, weeks, now);
      if (row.is_active) await scheduleProgram(tx, ctx, row, await structureOf(tx, id));
    }
    return programView(tx, ctx, row);
  });
}

/** Deletes the program, its weeks and days, and their calendar events. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    const { days } = await structureOf(tx, id);
    await unscheduleProgramDays(
      tx,
      ctx.userId,
      days.map((d) => d.id),
    );
    await repo.remove(tx, ctx.userId, id);
  });
}

/**
 * Makes the program the one active program, from the Monday of the user's current week: the one
 * active before is ended and leaves the calendar, and this one's days enter it. Activating the
 * active program answers it unchanged. Activations of one user take turns (an advisory lock;
 * the partial unique index is the backstop).
 */
export async function activate(ctx: Ctx, id: string): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    if (row.is_active) return programView(tx, ctx, row);
    const ended = await repo.deactivateAll(tx, ctx.userId, now);
    for (const other of ended) {
      const { days } = await structureOf(tx, other);
      await unscheduleProgramDays(
        tx,
        ctx.userId,
        days.map((d) => d.id),
      );
    }
    const { timezone, day_start_hour } = ctx.user;
    const monday = weekStart(dayKey(now, timezone, day_start_hour));
    const active = await repo.update(tx, ctx.userId, id, {
      is_active: true,
      started_at: dayStart(monday, timezone, day_start_hour),
      completed_at: null,
      updated_at: now,
    });
    if (!active) throw notFound('program');
    const s = await structureOf(tx, id);
    await scheduleProgram(tx, ctx, active, s);
    return programView(tx, ctx, active, s);
  });
}

/** Ends the program's run and takes its days off the calendar; an inactive one answers unchanged. */
export async function deactivate(ctx: Ctx, id: string): Promise<Program> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockPrograms(tx, ctx.userId);
    const row = await repo.find(tx, ctx.userId, id);
    if (!row) throw notFound('program');
    if (!row.is_active) return programView(tx, ctx, row);
    const s = await structureOf(tx, id);
    await unscheduleProgramDays(
      tx,
      ctx.userId,
      s.days.map((d) => d.id),
    );
    const ended = await repo.update(tx, ctx.userId, id, { is_active: false, updated_at: now });
    if (!ended) throw notFound('program');
    return programView(tx, ctx, ended, s);
  });
}
