import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
  type State,
} from 'ts-fsrs';
import type { Rating as RatingName } from '../contracts/learn';

/**
 * Spaced repetition for Learn (SPEC §6), on `ts-fsrs`: a lesson or a drill is a card whose
 * schedule lives in the progress row's columns (`fsrsCard()` in learn.tables.ts). Pure: the
 * clock is passed in.
 */

/** Recall aimed at, the longest gap, and the short-term steps (learning 1 and 10 minutes; relearning 10). */
export const FSRS_SETTINGS = {
  request_retention: 0.9,
  maximum_interval: 365,
  enable_short_term: true,
  learning_steps: ['1m', '10m'],
  relearning_steps: ['10m'],
} as const;

/** The schedule as the columns hold it (`due` null: not a card yet). */
export interface CardColumns {
  due: Date | null;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: Date | null;
}

const grades: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const schedulers = new Map<boolean, FSRS>();

/** The scheduler; `fuzz` spreads long intervals a little so cards learnt together part (on in production). */
export function scheduler(fuzz = true): FSRS {
  let f = schedulers.get(fuzz);
  if (!f) {
    f = fsrs(
      generatorParameters({
        ...FSRS_SETTINGS,
        learning_steps: [...FSRS_SETTINGS.learning_steps],
        relearning_steps: [...FSRS_SETTINGS.relearning_steps],
        enable_fuzz: fuzz,
      }),
    );
    schedulers.set(fuzz, f);
  }
  return f;
}

/** The card the columns describe; a row that is not a card yet is a new card due `now`. */
export function toCard(columns: CardColumns, now: Date): Card {
  if (columns.due === null) return createEmptyCard(now);
  return {
    due: columns.due,
    stability: columns.stability,
    difficulty: columns.difficulty,
    elapsed_days: columns.elapsed_days,
    scheduled_days: columns.scheduled_days,
    learning_steps: columns.learning_steps,
    reps: columns.reps,
    lapses: columns.lapses,
    state: columns.state as State,
    ...(columns.last_review ? { last_review: columns.last_review } : {}),
  };
}

export function toColumns(card: Card): CardColumns {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ?? null,
  };
}

/** The schedule after a review rated `rating` at `now` (the first review makes the row a card). */
export function review(columns: CardColumns, rating: RatingName, now: Date, options: { fuzz?: boolean } = {}) {
  const f = scheduler(options.fuzz ?? true);
  return toColumns(f.next(toCard(columns, now), now, grades[rating]).card);
}

export type NextDue = Record<RatingName, Date>;

/** When the card would next come due for each rating, for the reader to see before choosing. */
export function preview(columns: CardColumns, now: Date, options: { fuzz?: boolean } = {}): NextDue {
  const f = scheduler(options.fuzz ?? true);
  const card = toCard(columns, now);
  const next = f.repeat(card, now);
  return {
    again: next[Rating.Again].card.due,
    hard: next[Rating.Hard].card.due,
    good: next[Rating.Good].card.due,
    easy: next[Rating.Easy].card.due,
  };
}

/** Whether a card is due at `now`. */
export const isDue = (columns: Pick<CardColumns, 'due'>, now: Date) =>
  columns.due !== null && columns.due.getTime() <= now.getTime();
