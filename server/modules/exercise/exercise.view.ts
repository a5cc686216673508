import type {
  Exercise,
  ExerciseCategory,
  ExerciseLevel,
  ExerciseMeasurement,
  ExerciseRef,
} from '#common/contracts/exercise';
import type { RewardOutcome } from '../gamification';
import type { Exercise as ExerciseRow } from './exercises.repo';

export function exerciseView(row: ExerciseRow): Exercise {
  return {
    id: row.id,
    key: row.key,
    is_custom: row.user_id !== null,
    name: row.name,
    description: row.description,
    instructions: row.instructions,
    safety_note: row.safety_note,
    category: row.category as ExerciseCategory,
    primary_muscles: row.primary_muscles,
    secondary_muscles: row.secondary_muscles,
    equipment: row.equipment,
    level: row.level as ExerciseLevel,
    measurement: row.measurement as ExerciseMeasurement,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The columns an exercise reference is made of. */
export interface RefRow {
  id: string;
  user_id: string | null;
  name: string;
  category: string;
  measurement: string;
  primary_muscles: string[];
  equipment: string[];
}

export function exerciseRef(row: RefRow): ExerciseRef {
  return {
    id: row.id,
    name: row.name,
    category: row.category as ExerciseCategory,
    measurement: row.measurement as ExerciseMeasurement,
    primary_muscles: row.primary_muscles,
    equipment: row.equipment,
    is_custom: row.user_id !== null,
  };
}

/** Several outcomes of one unit of work as one: what they paid together, and all they unlocked. */
export function mergeOutcomes(outcomes: RewardOutcome[]): RewardOutcome | null {
  if (outcomes.length === 0) return null;
  const last = outcomes.at(-1) as RewardOutcome;
  return {
    xp: outcomes.reduce((n, o) => n + o.xp, 0),
    coins: outcomes.reduce((n, o) => n + o.coins, 0),
    leveled_up: outcomes.some((o) => o.leveled_up),
    new_level: last.new_level,
    achievements_unlocked: outcomes.flatMap((o) => o.achievements_unlocked),
    quests_completed: outcomes.flatMap((o) => o.quests_completed),
    streak: outcomes.findLast((o) => o.streak !== null)?.streak ?? null,
    duplicate: outcomes.every((o) => o.duplicate),
  };
}
