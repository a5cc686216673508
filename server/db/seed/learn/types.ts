import type { QuizQuestion } from '#common/contracts/learn';
import type { DrillType, learnDifficulties, SkillKey } from '#common/enums';

type Difficulty = (typeof learnDifficulties)[number];

/** A lesson: original text in markdown, 5–10 minutes of reading, and a quiz of 4+ questions. */
export interface LessonSeed {
  /** Stable identifier: never rename one (progress and reviews refer to the row it keys). */
  key: string;
  title: string;
  /** One or two sentences shown in lists. */
  summary: string;
  difficulty: Difficulty;
  /** Reading time at about 200 words a minute. */
  duration_minutes: number;
  content_markdown: string;
  quiz: QuizQuestion[];
}

/** An ear-training drill; `config` holds what its generator needs (server/modules/learn/drills). */
export interface DrillSeed {
  key: string;
  title: string;
  description: string;
  drill_type: DrillType;
  difficulty: Difficulty;
  question_count: number;
  config: Record<string, unknown>;
  xp_reward: number;
  coin_reward: number;
}

export interface TopicSeed {
  key: string;
  name: string;
  description: string;
  /** A lucide icon name the web app maps (web/src/features/learn). */
  icon: string;
  color: string;
  /** The skill a lesson of the topic trains. */
  skill: SkillKey;
  lessons: LessonSeed[];
  drills: DrillSeed[];
}
