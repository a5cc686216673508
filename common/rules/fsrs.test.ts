import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Rating as RatingName } from '../contracts/learn';
import { type CardColumns, FSRS_SETTINGS, isDue, preview, review, toCard, toColumns } from './fsrs';

const MIN = 60_000;
const DAY = 86_400_000;
const start = new Date('2026-03-01T09:00:00Z');
const grades = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
const plain = fsrs(
  generatorParameters({
    ...FSRS_SETTINGS,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
    enable_fuzz: false,
  }),
);

const notACard: CardColumns = { ...toColumns(createEmptyCard(start)), due: null, last_review: null };

describe('FSRS wrapper', () => {
  it('follows ts-fsrs exactly over a sequence of ratings with fuzz off', () => {
    const ratings: RatingName[] = ['good', 'good', 'again', 'hard', 'good', 'easy', 'good', 'again', 'good'];
    let columns = notACard;
    let card = createEmptyCard(start);
    let now = start;
    for (const r of ratings) {
      columns = review(columns, r, now, { fuzz: false });
      card = plain.next(card, now, grades[r]).card;
      expect(columns).toEqual(toColumns(card));
      now = columns.due as Date;
    }
    expect(columns.reps).toBe(ratings.length);
    expect(columns.lapses).toBeGreaterThan(0);
  });

  it('uses the short-term steps: a new card rated again comes back in a minute, good in ten', () => {
    const next = preview(notACard, start, { fuzz: false });
    expect(next.again.getTime() - start.getTime()).toBe(MIN);
    expect(next.good.getTime() - start.getTime()).toBe(10 * MIN);
    expect(next.easy.getTime()).toBeGreaterThan(next.good.getTime());
  });

  it('caps the interval at 365 days; good and easy stay a day apart beyond it each, as ts-fsrs keeps them', () => {
    let columns = notACard;
    let now = start;
    for (let i = 0; i < 12; i++) {
      const next = preview(columns, now, { fuzz: false });
      columns = review(columns, 'easy', now, { fuzz: false });
      expect(next.hard.getTime() - now.getTime()).toBeLessThanOrEqual(365 * DAY);
      expect(columns.scheduled_days).toBeLessThanOrEqual(367);
      now = columns.due as Date;
    }
    expect(columns.scheduled_days).toBe(367);
  });

  it('reads the columns back into the same card', () => {
    const columns = review(notACard, 'good', start, { fuzz: false });
    expect(toColumns(toCard(columns, start))).toEqual(columns);
  });

  it('is due once its due time has come, and never before it is a card', () => {
    const columns = review(notACard, 'again', start);
    expect(isDue(columns, new Date(start.getTime() + 30_000))).toBe(false);
    expect(isDue(columns, new Date(start.getTime() + MIN))).toBe(true);
    expect(isDue(notACard, new Date(start.getTime() + DAY))).toBe(false);
  });
});
