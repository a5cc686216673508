import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScoped, scopeOf } from '../../platform/facts';
import { call, customExercise, logSet } from '../../test/exercise';
import { signUp, type TestUser } from '../../test/factories';
import { ctxFor } from '../../test/game';
import { createTestApp, type TestApp } from '../../test/harness';
import { calendar_events } from '../calendar/calendar.tables';
import { scheduledWorkoutFact } from '.';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // A Thursday; its week starts on Monday 12 January (UTC, days from 04:00).
  t.clock.set('2026-01-15T12:00:00Z');
});
afterAll(() => t.close());

const programs = '/api/exercise/programs';

/** The user's program-day events: date, title and day, by start. */
async function programEvents(user: TestUser) {
  const rows = await t.database.db
    .select()
    .from(calendar_events)
    .where(and(eq(calendar_events.user_id, user.id), isNotNull(calendar_events.program_day_id)))
    .orderBy(calendar_events.start_time);
  return rows.map((r) => ({
    start: r.start_time.toISOString(),
    end: r.end_time?.toISOString(),
    title: r.title,
    type: r.event_type,
    all_day: r.all_day,
    workout_id: r.workout_id,
    program_day_id: r.program_day_id,
  }));
}

async function workouts(user: TestUser) {
  const ex = await customExercise(user);
  const make = async (name: string) =>
    (await call(user, 'POST', '/api/exercise/workouts', { name, exercises: [{ exercise_id: ex }] })).id as string;
  return { ex, upper: await make('Upper'), lower: await make('Lower') };
}

async function twoWeekProgram(user: TestUser, w: { upper: string; lower: string }, name = 'Base') {
  return call(user, 'POST', programs, {
    name,
    goal: 'Strength',
    weeks: [
      {
        days: [
          { day_of_week: 1, workout_id: w.upper },
          { day_of_week: 4, workout_id: w.lower },
          { day_of_week: 6, workout_id: null, notes: 'Walk' },
        ],
      },
      { is_deload: true, days: [{ day_of_week: 2, workout_id: w.upper }] },
    ],
  });
}

describe('programs', () => {
  it('are made of weeks × days, each day a workout or rest', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await twoWeekProgram(user, w);
    expect(p).toMatchObject({ name: 'Base', duration_weeks: 2, is_active: false, started_at: null, progress: null });
    expect(p.weeks.map((wk: { week_number: number; is_deload: boolean }) => [wk.week_number, wk.is_deload])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(
      p.weeks[0].days.map((d: { day_of_week: number; workout_name: string | null }) => [d.day_of_week, d.workout_name]),
    ).toEqual([
      [1, 'Upper'],
      [4, 'Lower'],
      [6, null],
    ]);
    const listed = await call(user, 'GET', programs);
    expect(listed.map((x: { id: string }) => x.id)).toEqual([p.id]);
  });

  it('take only the user’s own templates (422), and one entry per weekday', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const theirs = await workouts(other);
    const res = await user.inject({
      method: 'POST',
      url: programs,
      payload: { name: 'x', weeks: [{ days: [{ day_of_week: 1, workout_id: theirs.upper }] }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('body.weeks.0.days.0.workout_id');
    for (const weeks of [[], [{ days: [{ day_of_week: 1 }, { day_of_week: 1 }] }], [{ days: [{ day_of_week: 8 }] }]]) {
      const bad = await user.inject({ method: 'POST', url: programs, payload: { name: 'x', weeks } });
      expect(bad.statusCode, JSON.stringify(weeks)).toBe(422);
    }
  });

  it('answer 404 to another user on every route', async () => {
    const user = await signUp(t);
    const other = await signUp(t);
    const p = await twoWeekProgram(user, await workouts(user));
    const url = `${programs}/${p.id}`;
    for (const [method, path, payload] of [
      ['GET', url],
      ['PATCH', url, { name: 'Mine' }],
      ['POST', `${url}/activate`],
      ['POST', `${url}/deactivate`],
      ['DELETE', url],
    ] as const) {
      const res = await other.inject({ method, url: path, payload });
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    expect(await call(other, 'GET', programs)).toEqual([]);
  });
});

describe('activating a program', () => {
  it('starts it this Monday and puts each workout day into the calendar as an all-day workout event', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await twoWeekProgram(user, w);
    const active = await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    expect(active).toMatchObject({ is_active: true, started_at: '2026-01-12T04:00:00.000Z' });
    expect(active.progress).toMatchObject({ current_week: 1, current_day: 4, days_done: 0, days_total: 3 });
    expect(active.progress.today).toMatchObject({ workout_id: w.lower, name: 'Lower' });
    expect(active.weeks[1].days[0].date).toBe('2026-01-20');

    const events = await programEvents(user);
    expect(events).toEqual([
      expect.objectContaining({ start: '2026-01-12T00:00:00.000Z', end: '2026-01-13T00:00:00.000Z', title: 'Upper' }),
      expect.objectContaining({ start: '2026-01-15T00:00:00.000Z', title: 'Lower', workout_id: w.lower }),
      expect.objectContaining({ start: '2026-01-20T00:00:00.000Z', title: 'Upper' }),
    ]);
    expect(events.every((e) => e.type === 'workout' && e.all_day)).toBe(true);
    // The calendar shows them.
    const calendar = await call(user, 'GET', '/api/calendar?from=2026-01-12T00:00:00Z&to=2026-01-26T00:00:00Z');
    expect(calendar.map((e: { title: string }) => e.title)).toEqual(['Upper', 'Lower', 'Upper']);
  });

  it('keeps exactly one program active: the one before is ended and leaves the calendar', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const first = await twoWeekProgram(user, w, 'First');
    const second = await call(user, 'POST', programs, {
      name: 'Second',
      weeks: [{ days: [{ day_of_week: 3, workout_id: w.lower }] }],
    });
    await call(user, 'POST', `${programs}/${first.id}/activate`, undefined, 200);
    await call(user, 'POST', `${programs}/${second.id}/activate`, undefined, 200);
    expect((await call(user, 'GET', `${programs}/${first.id}`)).is_active).toBe(false);
    expect((await call(user, 'GET', `${programs}/${second.id}`)).is_active).toBe(true);
    expect((await programEvents(user)).map((e) => [e.start, e.title])).toEqual([['2026-01-14T00:00:00.000Z', 'Lower']]);
    // Activating the active one again changes nothing.
    await call(user, 'POST', `${programs}/${second.id}/activate`, undefined, 200);
    expect(await programEvents(user)).toHaveLength(1);
  });

  it('moves the calendar with the program: a day moved, a day removed, a template renamed or deleted', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await twoWeekProgram(user, w);
    await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    const before = await programEvents(user);

    // Monday's workout moves to Wednesday; week 2 goes.
    const changed = await call(user, 'PATCH', `${programs}/${p.id}`, {
      weeks: [
        {
          days: [
            { day_of_week: 3, workout_id: w.upper },
            { day_of_week: 4, workout_id: w.lower },
          ],
        },
      ],
    });
    expect(changed.duration_weeks).toBe(1);
    const after = await programEvents(user);
    expect(after.map((e) => [e.start, e.title])).toEqual([
      ['2026-01-14T00:00:00.000Z', 'Upper'],
      ['2026-01-15T00:00:00.000Z', 'Lower'],
    ]);
    // Thursday's day stayed the same row, with the same event.
    const thursday = (e: { start: string }) => e.start === '2026-01-15T00:00:00.000Z';
    expect(after.find(thursday)?.program_day_id).toBe(before.find(thursday)?.program_day_id);

    await call(user, 'PATCH', `/api/exercise/workouts/${w.lower}`, { name: 'Lower body' });
    expect((await programEvents(user)).map((e) => e.title)).toEqual(['Upper', 'Lower body']);
    await call(user, 'DELETE', `/api/exercise/workouts/${w.upper}`);
    expect((await programEvents(user)).map((e) => e.title)).toEqual(['Lower body']);
  });

  it('takes the events away on deactivation and on deletion', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await twoWeekProgram(user, w);
    await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    expect(await programEvents(user)).toHaveLength(3);
    const ended = await call(user, 'POST', `${programs}/${p.id}/deactivate`, undefined, 200);
    expect(ended).toMatchObject({ is_active: false, progress: null });
    expect(await programEvents(user)).toEqual([]);
    await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    expect(await programEvents(user)).toHaveLength(3);
    await call(user, 'DELETE', `${programs}/${p.id}`);
    expect(await programEvents(user)).toEqual([]);
    await call(user, 'GET', `${programs}/${p.id}`, undefined, 404);
  });
});

describe('program progress', () => {
  it('links a session started from today’s workout to its day, and counts the day done once finished', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await twoWeekProgram(user, w);
    const ctx = await ctxFor(t, user.id);
    expect(await readScoped(t.database.db, scheduledWorkoutFact, scopeOf(ctx))).toBeNull();
    await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    const today = await readScoped(t.database.db, scheduledWorkoutFact, scopeOf(ctx));
    expect(today).toEqual({ program_day_id: p.weeks[0].days[1].id, workout_id: w.lower, name: 'Lower' });

    // Another template today is not the program's.
    const other = await call(user, 'POST', '/api/exercise/sessions', { workout_id: w.upper });
    expect(other.program_day_id).toBeNull();
    await call(user, 'POST', `/api/exercise/sessions/${other.id}/abandon`, undefined, 200);

    const session = await call(user, 'POST', '/api/exercise/sessions', { workout_id: w.lower });
    expect(session.program_day_id).toBe(today?.program_day_id);
    await logSet(user, session.id, { exercise_id: w.ex, weight: 50, reps: 5 });
    await call(user, 'POST', `/api/exercise/sessions/${session.id}/finish`, {}, 200);

    expect(await readScoped(t.database.db, scheduledWorkoutFact, scopeOf(ctx))).toBeNull();
    const progress = (await call(user, 'GET', `${programs}/${p.id}`)).progress;
    expect(progress).toMatchObject({ current_week: 1, days_done: 1, days_total: 3, percent: 33, today: null });

    // Next Tuesday (week 2) the deload's upper-body day is due.
    t.clock.set('2026-01-20T09:00:00Z');
    const next = await readScoped(t.database.db, scheduledWorkoutFact, scopeOf(ctx));
    expect(next).toMatchObject({ workout_id: w.upper, program_day_id: p.weeks[1].days[0].id });
    // After the last week, nothing is scheduled.
    t.clock.set('2026-01-27T09:00:00Z');
    expect(await readScoped(t.database.db, scheduledWorkoutFact, scopeOf(ctx))).toBeNull();
    t.clock.set('2026-01-15T12:00:00Z');
  });

  it('marks the program completed once every day with a workout is done', async () => {
    const user = await signUp(t);
    const w = await workouts(user);
    const p = await call(user, 'POST', programs, {
      name: 'One day',
      weeks: [{ days: [{ day_of_week: 4, workout_id: w.lower }] }],
    });
    await call(user, 'POST', `${programs}/${p.id}/activate`, undefined, 200);
    const session = await call(user, 'POST', '/api/exercise/sessions', { workout_id: w.lower });
    await logSet(user, session.id, { exercise_id: w.ex, weight: 50, reps: 5 });
    await call(user, 'POST', `/api/exercise/sessions/${session.id}/finish`, {}, 200);
    const done = await call(user, 'GET', `${programs}/${p.id}`);
    expect(done).toMatchObject({ is_active: true, completed_at: t.clock.now().toISOString() });
    expect(done.progress).toMatchObject({ days_done: 1, days_total: 1, percent: 100 });
  });
});
