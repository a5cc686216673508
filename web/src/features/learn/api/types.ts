/** Wire shapes of the Learn API (timestamps as strings). */
import type { z } from 'zod';
import type {
  CardKind,
  drill,
  drillQuestionView,
  learnPage,
  learnProgress,
  lesson,
  lessonCompletion,
  lessonProgress,
  lessonSummary,
  quizQuestionView,
  Rating,
  reviewCard,
  reviewQueue,
  reviewResult,
  round,
  roundResult,
  sound,
  topic,
  topicDetail,
} from '#common/contracts/learn';

export type LearnPageWire = z.input<typeof learnPage>;
export type TopicWire = z.input<typeof topic>;
export type TopicDetailWire = z.input<typeof topicDetail>;
export type LessonSummaryWire = z.input<typeof lessonSummary>;
export type LessonWire = z.input<typeof lesson>;
export type LessonProgressWire = z.input<typeof lessonProgress>;
export type QuizQuestionWire = z.input<typeof quizQuestionView>;
export type LessonCompletionWire = z.input<typeof lessonCompletion>;
export type DrillWire = z.input<typeof drill>;
export type DrillQuestionWire = z.input<typeof drillQuestionView>;
export type SoundWire = z.input<typeof sound>;
export type RoundWire = z.input<typeof round>;
export type RoundResultWire = z.input<typeof roundResult>;
export type ReviewCardWire = z.input<typeof reviewCard>;
export type ReviewQueueWire = z.input<typeof reviewQueue>;
export type ReviewResultWire = z.input<typeof reviewResult>;
export type LearnProgressWire = z.input<typeof learnProgress>;
export type { Rating };
export type CardKindWire = CardKind;
