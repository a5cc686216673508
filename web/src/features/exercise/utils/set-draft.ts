import {
  DURATION_MAX_SECONDS,
  type ExerciseMeasurement,
  SET_DISTANCE_MAX_M,
  SET_REPS_MAX,
  WEIGHT_MAX_KG,
} from '#common/contracts/exercise';
import type { SetValues } from './prefill';
import { parseWeight, type WeightUnit, weightField } from './units';

/** A set row as typed: weight in the user's unit, reps, seconds, metres, RPE. */
export interface SetDraft {
  weight: string;
  reps: string;
  duration: string;
  distance: string;
  rpe: string;
  warmup: boolean;
}

export const draftOf = (v: SetValues & { rpe?: number | null; is_warmup?: boolean }, unit: WeightUnit): SetDraft => ({
  weight: weightField(v.weight, unit),
  reps: v.reps == null ? '' : String(v.reps),
  duration: v.duration_seconds == null ? '' : String(v.duration_seconds),
  distance: v.distance_m == null ? '' : String(v.distance_m),
  rpe: v.rpe == null ? '' : String(v.rpe),
  warmup: v.is_warmup ?? false,
});

export interface SetFieldsBody {
  weight: number | null;
  reps: number | null;
  duration_seconds: number | null;
  distance_m: number | null;
  rpe: number | null;
  is_warmup: boolean;
}

const whole = (s: string, max: number) => {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= max ? n : null;
};

/** The set to send (kilograms), or the first thing wrong with the row. */
export function readDraft(
  d: SetDraft,
  measurement: ExerciseMeasurement,
  unit: WeightUnit,
): { body: SetFieldsBody } | { error: string } {
  const body: SetFieldsBody = {
    weight: null,
    reps: null,
    duration_seconds: null,
    distance_m: null,
    rpe: d.rpe ? Number(d.rpe) : null,
    is_warmup: d.warmup,
  };
  if (measurement === 'weight_reps') {
    const w = parseWeight(d.weight, unit, WEIGHT_MAX_KG);
    if ('error' in w) return w;
    body.weight = w.kg;
  }
  if (measurement === 'weight_reps' || measurement === 'reps') {
    body.reps = whole(d.reps, SET_REPS_MAX);
    if (body.reps === null)
      return { error: `Enter the reps, a whole number up to ${SET_REPS_MAX.toLocaleString('en')}.` };
  }
  if (measurement === 'duration') {
    body.duration_seconds = whole(d.duration, DURATION_MAX_SECONDS);
    if (body.duration_seconds === null) return { error: 'Enter the time in whole seconds.' };
  }
  if (measurement === 'distance') {
    const n = Number(d.distance.trim().replace(',', '.'));
    if (d.distance.trim() === '' || !Number.isFinite(n) || n < 0 || n > SET_DISTANCE_MAX_M) {
      return { error: 'Enter the distance in metres.' };
    }
    body.distance_m = n;
  }
  return { body };
}

/** RPE choices: 1–10 in half steps. */
export const rpeChoices = Array.from({ length: 19 }, (_, i) => String(1 + i / 2));
