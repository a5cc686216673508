import { and, eq } from 'drizzle-orm';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating as RatingName } from '#common/contracts/learn';
import { type CardColumns, FSRS_SETTINGS, review, toCard, toColumns } from '#common/rules/fsrs';
import { signUp } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { addLearnContent } from '../../test/learn';
import { user_lesson_progress } from './learn.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const grades = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
const plain = fsrs(
  generatorParameters({
    ...FSRS_SETTINGS,
    learning_steps: [...FSRS_SETTINGS.learning_steps],
    relearning_steps: [...FSRS_SETTINGS.relearning_steps],
    enable_fuzz: false,
  }),
);

describe('an FSRS card kept in the progress row’s columns', () => {
  it('reads back from the database into the card ts-fsrs would have, review after review', async () => {
    const user = await signUp(t);
    const { lesson } = await addLearnContent(t);
    const db = t.database.db;
    const where = and(eq(user_lesson_progress.user_id, user.id), eq(user_lesson_progress.lesson_id, lesson));
    await db.insert(user_lesson_progress).values({ user_id: user.id, lesson_id: lesson });

    const ratings: RatingName[] = ['good', 'good', 'again', 'good', 'hard', 'easy', 'again', 'good', 'good', 'easy'];
    let now = new Date('2026-04-01T08:00:00Z');
    let expected = createEmptyCard(now);
    let stored: CardColumns = { ...toColumns(expected), due: null, last_review: null };
    for (const rating of ratings) {
      const columns = review(stored, rating, now, { fuzz: false });
      expected = plain.next(expected, now, grades[rating]).card;
      await db.update(user_lesson_progress).set(columns).where(where);
      const [row] = await db.select().from(user_lesson_progress).where(where);
      if (!row) throw new Error('no row');
      stored = row;
      const card = toCard(stored, now);
      // Every field, stability and difficulty included (double precision), exactly.
      expect(card).toEqual(expected);
      now = card.due;
    }
    expect(stored.reps).toBe(ratings.length);
    expect(stored.lapses).toBe(2);
  });
});
