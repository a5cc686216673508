import type { z } from 'zod';
import type {
  exercise,
  exerciseRef,
  exerciseSet,
  exerciseStats,
  lastSets,
  personalRecord,
  program,
  programSummary,
  recordHit,
  session,
  sessionFinish,
  sessionSummary,
  setWrite,
  workout,
  workoutExercise,
  workoutSummary,
} from '#common/contracts/exercise';

/** The wire shapes (timestamps as strings). */
export type ExerciseWire = z.input<typeof exercise>;
export type ExerciseRefWire = z.input<typeof exerciseRef>;
export type WorkoutSummaryWire = z.input<typeof workoutSummary>;
export type WorkoutWire = z.input<typeof workout>;
export type WorkoutExerciseWire = z.input<typeof workoutExercise>;
export type SetWire = z.input<typeof exerciseSet>;
export type SessionSummaryWire = z.input<typeof sessionSummary>;
export type SessionWire = z.input<typeof session>;
export type SetWriteWire = z.input<typeof setWrite>;
export type SessionFinishWire = z.input<typeof sessionFinish>;
export type LastSetsWire = z.input<typeof lastSets>;
export type RecordHitWire = z.input<typeof recordHit>;
export type PersonalRecordWire = z.input<typeof personalRecord>;
export type ProgramSummaryWire = z.input<typeof programSummary>;
export type ProgramWire = z.input<typeof program>;
export type StatsWire = z.input<typeof exerciseStats>;
