/**
 * Exercise rules (SPEC §6 Exercise; docs/RULES.md "Exercise"): personal records from working
 * sets, Brzycki's one-rep maximum, what a set must carry, a session's active time and what it is
 * paid for. Pure: rows in, decisions out.
 */
import type { ExerciseMeasurement, RecordType } from '../contracts/exercise';

/** Brzycki's estimate is trusted up to this many reps; longer sets say little about a single. */
export const BRZYCKI_MAX_REPS = 10;
/** A session idle this long after its last set (or its start) is abandoned on the next read. */
export const IDLE_MS = 12 * 60 * 60 * 1000;
/** Active time ends at the finish, or this long after the last set if that is earlier. */
export const FINISH_GRACE_MS = 15 * 60 * 1000;
/** Minutes a finished session is paid for at most. */
export const PAID_MINUTES_MAX = 120;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Brzycki: weight × 36 / (37 − reps), for 1–10 reps of a positive weight; else null. */
export function brzycki(weight: number | null, reps: number | null): number | null {
  if (weight === null || reps === null || weight <= 0) return null;
  if (!Number.isInteger(reps) || reps < 1 || reps > BRZYCKI_MAX_REPS) return null;
  return round2((weight * 36) / (37 - reps));
}

/** The record types an exercise keeps, by how its sets are logged. */
export function recordTypesFor(measurement: ExerciseMeasurement): RecordType[] {
  switch (measurement) {
    case 'weight_reps':
      return ['max_weight', 'max_reps', 'estimated_1rm', 'max_volume'];
    case 'reps':
      return ['max_reps'];
    case 'duration':
      return ['max_duration'];
    case 'distance':
      return ['max_distance'];
  }
}

export interface SetValues {
  weight: number | null;
  reps: number | null;
  duration_seconds: number | null;
  distance_m: number | null;
}

/** A logged set as the record rules read it. */
export interface LoggedSet extends SetValues {
  id: string;
  session_id: string;
  is_warmup: boolean;
  completed_at: Date;
}

/** What a set must carry for its exercise's measurement; a message per missing field. */
export function missingValues(measurement: ExerciseMeasurement, set: SetValues): { path: string; message: string }[] {
  switch (measurement) {
    case 'weight_reps':
    case 'reps':
      return set.reps === null ? [{ path: 'reps', message: 'Give the reps of the set' }] : [];
    case 'duration':
      return set.duration_seconds === null ? [{ path: 'duration_seconds', message: 'Give how long the set took' }] : [];
    case 'distance':
      return set.distance_m === null ? [{ path: 'distance_m', message: 'Give the distance of the set' }] : [];
  }
}

/** Σ weight × reps over working sets (warm-ups and sets without weight add nothing). */
export function volumeOf(sets: readonly (SetValues & { is_warmup: boolean })[]): number {
  let sum = 0;
  for (const s of sets) {
    if (!s.is_warmup && s.weight !== null && s.reps !== null) sum += s.weight * s.reps;
  }
  return round2(sum);
}

/** The value one working set stands for in a per-set record type, or null when it says nothing. */
export function setValue(type: Exclude<RecordType, 'max_volume'>, set: SetValues): number | null {
  switch (type) {
    case 'max_weight':
      return set.weight !== null && set.weight > 0 && set.reps !== null && set.reps >= 1 ? set.weight : null;
    case 'max_reps':
      return set.reps !== null && set.reps >= 1 ? set.reps : null;
    case 'estimated_1rm':
      return brzycki(set.weight, set.reps);
    case 'max_duration':
      return set.duration_seconds !== null && set.duration_seconds > 0 ? set.duration_seconds : null;
    case 'max_distance':
      return set.distance_m !== null && set.distance_m > 0 ? set.distance_m : null;
  }
}

/** A record as the rules hold it: its best value, the value it beat, and the set behind it. */
export interface RecordState {
  type: RecordType;
  value: number;
  previous_value: number | null;
  /** The set behind it (for max_volume, the latest working set of the session holding it). */
  set_id: string;
  /** The session behind it (for max_volume, the record's holder). */
  session_id: string;
  weight: number | null;
  reps: number | null;
  achieved_at: Date;
}

const byTime = (a: LoggedSet, b: LoggedSet) =>
  a.completed_at.getTime() - b.completed_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Candidate {
  value: number;
  set: LoggedSet;
  session_id: string;
}

/**
 * The record from candidates in the order they happened: the first to reach the best value
 * holds it, and its previous value is the best before it (null when it was the first).
 */
function holderOf(type: RecordType, candidates: Candidate[]): RecordState | null {
  let best: Candidate | null = null;
  let previous: number | null = null;
  for (const c of candidates) {
    if (best === null || c.value > best.value) {
      previous = best?.value ?? null;
      best = c;
    }
  }
  if (!best) return null;
  const perSet = type !== 'max_volume';
  return {
    type,
    value: best.value,
    previous_value: previous,
    set_id: best.set.id,
    session_id: best.session_id,
    weight: perSet ? best.set.weight : null,
    reps: perSet ? best.set.reps : null,
    achieved_at: best.set.completed_at,
  };
}

/**
 * Every record of an exercise from its whole history of sets (warm-ups never count). Session
 * volumes are ordered by when each session's last working set of it was logged.
 */
export function recordsFrom(
  measurement: ExerciseMeasurement,
  sets: readonly LoggedSet[],
): Map<RecordType, RecordState> {
  const working = sets.filter((s) => !s.is_warmup).sort(byTime);
  const records = new Map<RecordType, RecordState>();
  for (const type of recordTypesFor(measurement)) {
    let candidates: Candidate[];
    if (type === 'max_volume') {
      const sessions = new Map<string, { volume: number; last: LoggedSet }>();
      for (const s of working) {
        if (s.weight === null || s.reps === null) continue;
        const entry = sessions.get(s.session_id) ?? { volume: 0, last: s };
        entry.volume += s.weight * s.reps;
        entry.last = s;
        sessions.set(s.session_id, entry);
      }
      candidates = [...sessions.entries()]
        .map(([session_id, e]) => ({ value: round2(e.volume), set: e.last, session_id }))
        .filter((c) => c.value > 0)
        .sort((a, b) => byTime(a.set, b.set));
    } else {
      candidates = working.flatMap((s) => {
        const value = setValue(type, s);
        return value === null ? [] : [{ value, set: s, session_id: s.session_id }];
      });
    }
    const record = holderOf(type, candidates);
    if (record) records.set(type, record);
  }
  return records;
}

/**
 * What one new working set (the latest of its history) makes of the records: the types it beats
 * strictly, each with the value it beat. `sessionVolume` is the session's volume of the exercise
 * with this set in it. A session already holding max_volume raises its value and keeps its
 * previous one; it is not a new record.
 */
export function recordsAfterNewSet(
  measurement: ExerciseMeasurement,
  current: ReadonlyMap<RecordType, RecordState>,
  set: LoggedSet,
  sessionVolume: number,
): { records: RecordState[]; fresh: RecordType[] } {
  const records: RecordState[] = [];
  const fresh: RecordType[] = [];
  if (set.is_warmup) return { records, fresh };
  for (const type of recordTypesFor(measurement)) {
    const now = current.get(type);
    const value = type === 'max_volume' ? (sessionVolume > 0 ? round2(sessionVolume) : null) : setValue(type, set);
    if (value === null || (now && value <= now.value)) continue;
    const perSet = type !== 'max_volume';
    const sameSession = !perSet && now?.session_id === set.session_id;
    records.push({
      type,
      value,
      previous_value: sameSession ? (now?.previous_value ?? null) : (now?.value ?? null),
      set_id: set.id,
      session_id: set.session_id,
      weight: perSet ? set.weight : null,
      reps: perSet ? set.reps : null,
      achieved_at: set.completed_at,
    });
    if (!sameSession) fresh.push(type);
  }
  return { records, fresh };
}

/** The reward key of a record: per set, or per session and exercise for volume. */
export function recordKey(
  type: RecordType,
  holder: Pick<RecordState, 'set_id' | 'session_id'>,
  exerciseId: string,
): string {
  return type === 'max_volume'
    ? `personal_record:${holder.session_id}:${exerciseId}:max_volume`
    : `personal_record:${holder.set_id}:${type}`;
}

/** Who holds a record: a set, or for volume a session. */
const holderId = (type: RecordType, r: Pick<RecordState, 'set_id' | 'session_id'>) =>
  type === 'max_volume' ? r.session_id : r.set_id;

export interface RecordChange {
  type: RecordType;
  /** The record as it now stands; null when no working set is left for it. */
  after: RecordState | null;
  /** The holder's reward to pay: the changed set (or its session) took the record. */
  pay: string | null;
  /** The reward to take back: the changed set (or its session) held the record and lost it. */
  reverse: string | null;
}

/**
 * After an edit or a deletion, how each record moves from what was stored to what the remaining
 * history says. Only the changed set (or its session, for volume) pays or loses a reward: it
 * pays when it takes a record it did not hold, and loses its reward when it held one and no
 * longer does. Others keep theirs, since each was a record when it was set; so editing a set up
 * and down pays once at most, however often.
 */
export function reconcileRecords(
  exerciseId: string,
  before: ReadonlyMap<RecordType, Pick<RecordState, 'set_id' | 'session_id' | 'value' | 'previous_value'>>,
  after: ReadonlyMap<RecordType, RecordState>,
  changed: { set_id: string; session_id: string },
  types: readonly RecordType[],
): RecordChange[] {
  const changes: RecordChange[] = [];
  const all = new Set<RecordType>([...types, ...before.keys()]);
  for (const type of all) {
    const was = before.get(type) ?? null;
    const now = after.get(type) ?? null;
    const mine = holderId(type, changed);
    const heldBefore = was !== null && holderId(type, was) === mine;
    const holdsNow = now !== null && holderId(type, now) === mine;
    const same =
      was !== null &&
      now !== null &&
      holderId(type, was) === holderId(type, now) &&
      was.value === now.value &&
      was.previous_value === now.previous_value;
    if (same) continue;
    changes.push({
      type,
      after: now,
      pay: holdsNow && !heldBefore && now ? recordKey(type, now, exerciseId) : null,
      reverse: heldBefore && !holdsNow && was ? recordKey(type, was, exerciseId) : null,
    });
  }
  return changes;
}

/**
 * A session's active time: from its start to the finish, or to FINISH_GRACE after its last set
 * when that is earlier (a finish forgotten for hours counts no idle time). Never negative.
 */
export function activeSeconds(startedAt: Date, lastActivityAt: Date, endedAt: Date): number {
  const end = Math.min(endedAt.getTime(), lastActivityAt.getTime() + FINISH_GRACE_MS);
  return Math.max(0, Math.floor((end - startedAt.getTime()) / 1000));
}

/** The facts `workout_complete` is paid by: whole active minutes (at most 120) and working sets. */
export function workoutRewardData(activeSecs: number, workingSets: number): { minutes: number; sets: number } {
  return { minutes: Math.min(PAID_MINUTES_MAX, Math.floor(activeSecs / 60)), sets: workingSets };
}

/** Whether an active session has been idle long enough to be abandoned. */
export const isIdle = (lastActivityAt: Date, now: Date) => now.getTime() - lastActivityAt.getTime() >= IDLE_MS;
