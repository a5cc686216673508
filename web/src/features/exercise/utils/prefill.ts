import type { ExerciseMeasurement } from '#common/contracts/exercise';
import type { LastSetsWire, SetWire, WorkoutExerciseWire } from '../api/types';

/** What a new set row starts with (kilograms, seconds, metres; null for empty). */
export interface SetValues {
  weight: number | null;
  reps: number | null;
  duration_seconds: number | null;
  distance_m: number | null;
}

export const emptySet: SetValues = { weight: null, reps: null, duration_seconds: null, distance_m: null };

const pick = (s: Partial<SetValues>): SetValues => ({
  weight: s.weight ?? null,
  reps: s.reps ?? null,
  duration_seconds: s.duration_seconds ?? null,
  distance_m: s.distance_m ?? null,
});

/** Only the fields the exercise's measurement logs. */
export function forMeasurement(values: SetValues, measurement: ExerciseMeasurement): SetValues {
  return {
    weight: measurement === 'weight_reps' ? values.weight : null,
    reps: measurement === 'weight_reps' || measurement === 'reps' ? values.reps : null,
    duration_seconds: measurement === 'duration' ? values.duration_seconds : null,
    distance_m: measurement === 'distance' ? values.distance_m : null,
  };
}

/**
 * The next set row of an exercise: last time's set at the same place (the API's last-time
 * values), else this session's latest working set, else last time's last set, else the
 * template's targets, else empty.
 */
export function prefillSet({
  measurement,
  logged,
  last,
  target,
}: {
  measurement: ExerciseMeasurement;
  /** The sets of the exercise logged in this session so far. */
  logged: readonly SetWire[];
  last?: LastSetsWire | null;
  target?: WorkoutExerciseWire | null;
}): SetValues {
  const working = logged.filter((s) => !s.is_warmup);
  const lastSets = last?.sets ?? [];
  const source =
    lastSets[working.length] ??
    working.at(-1) ??
    lastSets.at(-1) ??
    (target
      ? { weight: target.target_weight, reps: target.target_reps, duration_seconds: target.target_duration_seconds }
      : emptySet);
  return forMeasurement(pick(source), measurement);
}

/** "60 kg × 8" style summary of last time, formatted by the caller's weight format. */
export function describeSet(
  s: Partial<SetValues>,
  measurement: ExerciseMeasurement,
  weight: (kg: number) => string,
): string {
  if (measurement === 'duration') return s.duration_seconds != null ? `${s.duration_seconds} s` : '—';
  if (measurement === 'distance') return s.distance_m != null ? `${s.distance_m} m` : '—';
  if (measurement === 'reps') return s.reps != null ? `${s.reps} reps` : '—';
  const reps = s.reps != null ? `${s.reps}` : '—';
  return s.weight != null && s.weight > 0 ? `${weight(s.weight)} × ${reps}` : `${reps} reps`;
}
