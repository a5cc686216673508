import { describe, expect, it } from 'vitest';
import {
  activeSeconds,
  brzycki,
  FINISH_GRACE_MS,
  isIdle,
  type LoggedSet,
  missingValues,
  reconcileRecords,
  recordKey,
  recordsAfterNewSet,
  recordsFrom,
  recordTypesFor,
  setValue,
  volumeOf,
  workoutRewardData,
} from './exercise';

let n = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 8, minute));
function set(values: Partial<LoggedSet> & { minute?: number }): LoggedSet {
  n += 1;
  return {
    id: values.id ?? `set-${String(n).padStart(4, '0')}`,
    session_id: values.session_id ?? 's1',
    weight: values.weight ?? null,
    reps: values.reps ?? null,
    duration_seconds: values.duration_seconds ?? null,
    distance_m: values.distance_m ?? null,
    is_warmup: values.is_warmup ?? false,
    completed_at: values.completed_at ?? at(values.minute ?? n),
  };
}

describe('brzycki', () => {
  it('estimates a one-rep maximum as weight × 36 / (37 − reps)', () => {
    expect(brzycki(100, 1)).toBe(100);
    expect(brzycki(100, 5)).toBe(112.5);
    expect(brzycki(100, 10)).toBe(133.33);
    expect(brzycki(60, 8)).toBe(74.48);
  });

  it('says nothing beyond ten reps, without reps or without a weight', () => {
    expect(brzycki(100, 11)).toBeNull();
    expect(brzycki(100, 0)).toBeNull();
    expect(brzycki(0, 5)).toBeNull();
    expect(brzycki(null, 5)).toBeNull();
    expect(brzycki(100, null)).toBeNull();
  });

  it('grows with weight and with reps up to ten', () => {
    for (let reps = 1; reps < 10; reps++) {
      expect(brzycki(80, reps + 1) as number).toBeGreaterThan(brzycki(80, reps) as number);
      expect(brzycki(81, reps) as number).toBeGreaterThan(brzycki(80, reps) as number);
    }
  });
});

describe('record types and values', () => {
  it('keeps weight, reps, 1RM and volume for weight × reps; one type for the others', () => {
    expect(recordTypesFor('weight_reps')).toEqual(['max_weight', 'max_reps', 'estimated_1rm', 'max_volume']);
    expect(recordTypesFor('reps')).toEqual(['max_reps']);
    expect(recordTypesFor('duration')).toEqual(['max_duration']);
    expect(recordTypesFor('distance')).toEqual(['max_distance']);
  });

  it('counts a weight only with at least one rep', () => {
    expect(setValue('max_weight', set({ weight: 100, reps: 0 }))).toBeNull();
    expect(setValue('max_weight', set({ weight: 100, reps: 1 }))).toBe(100);
    expect(setValue('max_reps', set({ weight: null, reps: 12 }))).toBe(12);
    expect(setValue('max_duration', set({ duration_seconds: 90 }))).toBe(90);
    expect(setValue('max_distance', set({ distance_m: 0 }))).toBeNull();
  });

  it('sums volume over working sets only', () => {
    expect(
      volumeOf([
        set({ weight: 100, reps: 5 }),
        set({ weight: 60, reps: 10, is_warmup: true }),
        set({ weight: null, reps: 10 }),
        set({ weight: 102.5, reps: 3 }),
      ]),
    ).toBe(807.5);
  });

  it('asks each measurement for its value', () => {
    const empty = { weight: null, reps: null, duration_seconds: null, distance_m: null };
    expect(missingValues('weight_reps', empty).map((m) => m.path)).toEqual(['reps']);
    expect(missingValues('weight_reps', { ...empty, reps: 5 })).toEqual([]);
    expect(missingValues('duration', { ...empty, reps: 5 }).map((m) => m.path)).toEqual(['duration_seconds']);
    expect(missingValues('distance', { ...empty, distance_m: 400 })).toEqual([]);
  });
});

describe('recordsFrom', () => {
  it('holds each record by the first set to reach the best, with the best before it as previous', () => {
    const sets = [
      set({ id: 'a', weight: 100, reps: 5, minute: 1 }),
      set({ id: 'b', weight: 110, reps: 3, minute: 2 }),
      set({ id: 'c', weight: 110, reps: 3, minute: 3 }),
      set({ id: 'd', weight: 80, reps: 12, minute: 4 }),
    ];
    const records = recordsFrom('weight_reps', sets);
    expect(records.get('max_weight')).toMatchObject({ value: 110, previous_value: 100, set_id: 'b', reps: 3 });
    expect(records.get('max_reps')).toMatchObject({ value: 12, previous_value: 5, set_id: 'd', weight: 80 });
    // 100×5 → 112.5; 110×3 → 116.47; 80×12 is beyond ten reps.
    expect(records.get('estimated_1rm')).toMatchObject({ value: 116.47, previous_value: 112.5, set_id: 'b' });
    expect(records.get('max_volume')).toMatchObject({ value: 500 + 330 + 330 + 960, previous_value: null });
  });

  it('never counts a warm-up, however heavy', () => {
    const records = recordsFrom('weight_reps', [
      set({ weight: 200, reps: 1, is_warmup: true }),
      set({ id: 'w', weight: 60, reps: 5 }),
    ]);
    expect(records.get('max_weight')).toMatchObject({ value: 60, set_id: 'w' });
    expect(records.get('max_volume')?.value).toBe(300);
    expect(recordsFrom('weight_reps', [set({ weight: 200, reps: 1, is_warmup: true })]).size).toBe(0);
  });

  it('compares volumes per session, in the order the sessions happened', () => {
    const records = recordsFrom('weight_reps', [
      set({ session_id: 'one', weight: 100, reps: 5, minute: 1 }),
      set({ session_id: 'one', weight: 100, reps: 5, minute: 2 }),
      set({ session_id: 'two', weight: 100, reps: 8, minute: 60 }),
      set({ session_id: 'three', weight: 100, reps: 12, minute: 120 }),
    ]);
    expect(records.get('max_volume')).toMatchObject({ value: 1200, previous_value: 1000, session_id: 'three' });
  });
});

describe('recordsAfterNewSet', () => {
  const history = [set({ id: 'a', session_id: 'old', weight: 100, reps: 5, minute: 1 })];
  const current = recordsFrom('weight_reps', history);

  it('sets a record only by beating it strictly, keeping the value it beat', () => {
    const tie = recordsAfterNewSet('weight_reps', current, set({ session_id: 'new', weight: 100, reps: 5 }), 500);
    expect(tie.fresh).toEqual([]);
    const heavier = set({ id: 'h', session_id: 'new', weight: 105, reps: 2 });
    const result = recordsAfterNewSet('weight_reps', current, heavier, 210);
    expect(result.fresh).toEqual(['max_weight']);
    expect(result.records).toEqual([expect.objectContaining({ type: 'max_weight', value: 105, previous_value: 100 })]);
  });

  it('raises a session’s own volume record without calling it new', () => {
    const first = set({ id: 'x', session_id: 'new', weight: 100, reps: 6 });
    const taken = recordsAfterNewSet('weight_reps', current, first, 600);
    expect(taken.fresh).toContain('max_volume');
    const after = new Map(current);
    for (const r of taken.records) after.set(r.type, r);
    const more = recordsAfterNewSet('weight_reps', after, set({ session_id: 'new', weight: 50, reps: 2 }), 700);
    expect(more.fresh).toEqual([]);
    expect(more.records).toEqual([expect.objectContaining({ type: 'max_volume', value: 700, previous_value: 500 })]);
  });

  it('ignores warm-ups', () => {
    expect(recordsAfterNewSet('weight_reps', current, set({ weight: 500, reps: 5, is_warmup: true }), 0)).toEqual({
      records: [],
      fresh: [],
    });
  });

  it('agrees with recomputing the whole history', () => {
    const sets: LoggedSet[] = [];
    let records = recordsFrom('weight_reps', []);
    const volumes = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const s = set({
        session_id: `s${Math.floor(i / 6)}`,
        weight: 40 + ((i * 37) % 50),
        reps: 1 + ((i * 7) % 14),
        is_warmup: i % 9 === 0,
        minute: i + 1,
      });
      sets.push(s);
      if (!s.is_warmup) volumes.set(s.session_id, (volumes.get(s.session_id) ?? 0) + (s.weight ?? 0) * (s.reps ?? 0));
      const next = recordsAfterNewSet('weight_reps', records, s, volumes.get(s.session_id) ?? 0);
      records = new Map(records);
      for (const r of next.records) records.set(r.type, r);
      const full = recordsFrom('weight_reps', sets);
      for (const type of recordTypesFor('weight_reps')) {
        expect(records.get(type)?.value, `${type} after set ${i}`).toBe(full.get(type)?.value);
      }
    }
  });
});

describe('reconcileRecords', () => {
  const a = set({ id: 'a', session_id: 's1', weight: 100, reps: 5, minute: 1 });
  const b = set({ id: 'b', session_id: 's2', weight: 120, reps: 5, minute: 90 });
  const before = recordsFrom('weight_reps', [a, b]);
  const types = recordTypesFor('weight_reps');

  it('takes back the reward of a record its set no longer holds, and pays no one else', () => {
    const after = recordsFrom('weight_reps', [a]);
    const changes = reconcileRecords('e', before, after, { set_id: 'b', session_id: 's2' }, types);
    const weight = changes.find((c) => c.type === 'max_weight');
    expect(weight).toMatchObject({ reverse: 'personal_record:b:max_weight', pay: null });
    expect(weight?.after).toMatchObject({ value: 100, previous_value: null, set_id: 'a' });
    expect(changes.find((c) => c.type === 'max_volume')).toMatchObject({
      reverse: 'personal_record:s2:e:max_volume',
      pay: null,
    });
    expect(changes.every((c) => c.pay === null)).toBe(true);
  });

  it('pays a set that takes a record by an edit, once', () => {
    const edited = { ...a, weight: 130 };
    const after = recordsFrom('weight_reps', [edited, b]);
    const changes = reconcileRecords('e', before, after, { set_id: 'a', session_id: 's1' }, types);
    expect(changes.find((c) => c.type === 'max_weight')).toMatchObject({
      pay: 'personal_record:a:max_weight',
      reverse: null,
    });
    // Holding it still after a second edit pays nothing more.
    const again = recordsFrom('weight_reps', [{ ...a, weight: 140 }, b]);
    const second = reconcileRecords('e', after, again, { set_id: 'a', session_id: 's1' }, types);
    expect(second.find((c) => c.type === 'max_weight')).toMatchObject({ pay: null, reverse: null });
  });

  it('drops a record no working set is left for', () => {
    const changes = reconcileRecords(
      'e',
      recordsFrom('weight_reps', [a]),
      new Map(),
      { set_id: 'a', session_id: 's1' },
      types,
    );
    expect(changes.map((c) => [c.type, c.after, c.reverse])).toEqual(
      types.map((type) => [type, null, recordKey(type, { set_id: 'a', session_id: 's1' }, 'e')]),
    );
  });

  it('changes nothing when the records stand as they were', () => {
    expect(reconcileRecords('e', before, before, { set_id: 'a', session_id: 's1' }, types)).toEqual([]);
  });
});

describe('session time and reward', () => {
  const start = at(0);
  it('counts active time to the finish, or 15 minutes after the last set when earlier', () => {
    expect(activeSeconds(start, at(40), at(45))).toBe(45 * 60);
    expect(activeSeconds(start, at(40), new Date(at(40).getTime() + 3 * 3_600_000))).toBe(
      40 * 60 + FINISH_GRACE_MS / 1000,
    );
  });

  it('pays whole minutes up to 120 and counts working sets', () => {
    expect(workoutRewardData(59 * 60 + 59, 12)).toEqual({ minutes: 59, sets: 12 });
    expect(workoutRewardData(5 * 3600, 3)).toEqual({ minutes: 120, sets: 3 });
  });

  it('calls a session idle after 12 hours without a set', () => {
    expect(isIdle(start, new Date(start.getTime() + 12 * 3_600_000 - 1))).toBe(false);
    expect(isIdle(start, new Date(start.getTime() + 12 * 3_600_000))).toBe(true);
  });
});
