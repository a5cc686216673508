import type { ExerciseCategory, ExerciseLevel, ExerciseMeasurement, MuscleGroup } from '#common/contracts/exercise';
import {
  exerciseCategories,
  exerciseEquipment,
  exerciseLevels,
  exerciseMeasurements,
  type Muscle,
  muscles,
} from '#common/enums';

/** "upper_back" → "Upper back". */
export const humanise = (key: string): string => {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const special: Record<string, string> = { ez_bar: 'EZ bar', pull_up_bar: 'Pull-up bar', front_delts: 'Front delts' };
export const label = (key: string): string => special[key] ?? humanise(key);

export const categoryOptions = exerciseCategories.map((v) => ({ value: v, label: label(v) }));
export const levelOptions = exerciseLevels.map((v) => ({ value: v, label: label(v) }));
export const muscleOptions = (muscles as Muscle[]).map((v) => ({ value: v, label: label(v) }));
export const equipmentOptions = exerciseEquipment.map((v) => ({ value: v, label: label(v) }));

export const measurementLabels: Record<ExerciseMeasurement, string> = {
  weight_reps: 'Weight and reps',
  reps: 'Reps only',
  duration: 'Time',
  distance: 'Distance',
};
export const measurementOptions = exerciseMeasurements.map((v) => ({ value: v, label: measurementLabels[v] }));

export const levelLabel = (l: ExerciseLevel | null | undefined) => (l ? label(l) : '');
export const categoryLabel = (c: ExerciseCategory | null | undefined) => (c ? label(c) : '');
export const groupLabel = (g: MuscleGroup) => (g === 'full_body' ? 'Full body' : humanise(g));

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayShort = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "45 min", "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
