import { describe, expect, it } from 'vitest';
import type { LastSetsWire, SetWire, WorkoutExerciseWire } from '../api/types';
import { describeSet, prefillSet } from './prefill';
import { describeRecords, prBadges, withHits } from './records';
import { DEFAULT_REST_SECONDS, extendRest, formatRest, restSecondsShown, startRest } from './rest';

const set = (n: number, weight: number, reps: number, is_warmup = false): SetWire => ({
  id: `set-${n}`,
  session_id: 's',
  exercise_id: 'e',
  set_number: n,
  weight,
  reps,
  duration_seconds: null,
  distance_m: null,
  rpe: null,
  is_warmup,
  notes: null,
  completed_at: '2026-12-06T10:00:00.000Z',
  created_at: '2026-12-06T10:00:00.000Z',
  updated_at: '2026-12-06T10:00:00.000Z',
});

const last: LastSetsWire = {
  exercise_id: 'e',
  session_id: 'old',
  performed_at: '2026-12-01T10:00:00.000Z',
  sets: [
    { set_number: 1, weight: 60, reps: 8, duration_seconds: null, distance_m: null, rpe: null },
    { set_number: 2, weight: 62.5, reps: 6, duration_seconds: null, distance_m: null, rpe: 8 },
  ],
};

const target = {
  target_sets: 3,
  target_reps: 10,
  target_weight: 40,
  target_duration_seconds: null,
  rest_seconds: 120,
} as WorkoutExerciseWire;

describe('set-row prefill', () => {
  it('starts each set from last time’s set at the same place', () => {
    expect(prefillSet({ measurement: 'weight_reps', logged: [], last, target })).toEqual({
      weight: 60,
      reps: 8,
      duration_seconds: null,
      distance_m: null,
    });
    expect(prefillSet({ measurement: 'weight_reps', logged: [set(1, 60, 8)], last, target })).toMatchObject({
      weight: 62.5,
      reps: 6,
    });
  });

  it('does not count warm-ups as places', () => {
    expect(prefillSet({ measurement: 'weight_reps', logged: [set(1, 20, 10, true)], last, target })).toMatchObject({
      weight: 60,
      reps: 8,
    });
  });

  it('past last time’s sets, repeats this session’s latest working set', () => {
    const logged = [set(1, 60, 8), set(2, 65, 5)];
    expect(prefillSet({ measurement: 'weight_reps', logged: [...logged, set(3, 65, 5)], last })).toMatchObject({
      weight: 65,
      reps: 5,
    });
  });

  it('without a last time, takes the template’s targets, then nothing', () => {
    expect(prefillSet({ measurement: 'weight_reps', logged: [], last: null, target })).toMatchObject({
      weight: 40,
      reps: 10,
    });
    expect(prefillSet({ measurement: 'weight_reps', logged: [] })).toEqual({
      weight: null,
      reps: null,
      duration_seconds: null,
      distance_m: null,
    });
  });

  it('keeps only what the exercise’s measurement logs', () => {
    expect(prefillSet({ measurement: 'reps', logged: [], last })).toEqual({
      weight: null,
      reps: 8,
      duration_seconds: null,
      distance_m: null,
    });
    expect(
      prefillSet({ measurement: 'duration', logged: [], target: { ...target, target_duration_seconds: 45 } }),
    ).toMatchObject({ duration_seconds: 45, reps: null, weight: null });
  });

  it('describes a set in the user’s unit', () => {
    expect(describeSet({ weight: 60, reps: 8 }, 'weight_reps', (kg) => `${kg} kg`)).toBe('60 kg × 8');
    expect(describeSet({ weight: 0, reps: 12 }, 'weight_reps', (kg) => `${kg} kg`)).toBe('12 reps');
    expect(describeSet({ duration_seconds: 45 }, 'duration', String)).toBe('45 s');
  });
});

describe('rest countdown', () => {
  it('runs the given rest, or 90 s by default', () => {
    const rest = startRest(1_000, null);
    expect(DEFAULT_REST_SECONDS).toBe(90);
    expect(rest).toEqual({ endsAt: 91_000, totalMs: 90_000 });
    expect(startRest(0, 0)).toBeNull();
    expect(startRest(0, 120)?.endsAt).toBe(120_000);
  });

  it('shows whole seconds counting down to zero', () => {
    const rest = startRest(0, 90);
    if (!rest) throw new Error('no rest');
    expect(restSecondsShown(rest, 0)).toBe(90);
    expect(restSecondsShown(rest, 500)).toBe(90);
    expect(restSecondsShown(rest, 1_000)).toBe(89);
    expect(restSecondsShown(rest, 89_999)).toBe(1);
    expect(restSecondsShown(rest, 95_000)).toBe(0);
    expect(formatRest(90)).toBe('1:30');
    expect(formatRest(5)).toBe('0:05');
  });

  it('+15 s adds to what is left, or to now once it ran out', () => {
    const rest = startRest(0, 90);
    if (!rest) throw new Error('no rest');
    const longer = extendRest(rest, 30_000);
    expect(restSecondsShown(longer, 30_000)).toBe(75);
    expect(longer.totalMs).toBe(105_000);
    expect(restSecondsShown(extendRest(rest, 100_000), 100_000)).toBe(15);
  });
});

describe('PR badge', () => {
  it('marks the set whose write answered a record, but not for session volume', () => {
    const hits = withHits(new Map(), 'set-1', [
      { exercise_id: 'e', record_type: 'max_weight', value: 60, previous_value: null },
      { exercise_id: 'e', record_type: 'max_volume', value: 480, previous_value: null },
    ]);
    expect(prBadges(['set-1', 'set-2'], hits, undefined)).toEqual(new Map([['set-1', ['max_weight']]]));
  });

  it('an edit that sets no record takes the badge its write had given', () => {
    const hits = withHits(new Map(), 'set-1', [
      { exercise_id: 'e', record_type: 'max_reps', value: 8, previous_value: 7 },
    ]);
    expect(prBadges(['set-1'], withHits(hits, 'set-1', []), []).size).toBe(0);
  });

  it('reads stored records after a reload, only for the sets shown', () => {
    const badges = prBadges(['set-1', 'set-2'], new Map(), [
      { set_id: 'set-2', record_type: 'estimated_1rm' },
      { set_id: 'set-2', record_type: 'max_weight' },
      { set_id: 'elsewhere', record_type: 'max_weight' },
      { set_id: null, record_type: 'max_volume' },
    ]);
    expect(badges).toEqual(new Map([['set-2', ['estimated_1rm', 'max_weight']]]));
    expect(describeRecords(['max_weight', 'max_reps'])).toBe('Personal record: heaviest weight, most reps');
  });
});
