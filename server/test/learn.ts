import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { QuizQuestion } from '#common/contracts/learn';
import { learn_drill_rounds, learn_drills, learn_lessons, learn_topics } from '../modules/learn/learn.tables';
import type { TestUser } from './factories';
import type { TestApp } from './harness';

/** A known quiz of three questions: answers [0], [1], [0, 2]. */
export const QUIZ: QuizQuestion[] = [
  { kind: 'single', question: 'First?', choices: ['yes', 'no'], answers: [0], explanation: 'Yes first.' },
  { kind: 'single', question: 'Second?', choices: ['a', 'b', 'c'], answers: [1], explanation: 'B second.' },
  {
    kind: 'multiple',
    question: 'Which apply?',
    choices: ['x', 'y', 'z'],
    answers: [0, 2],
    explanation: 'X and Z.',
  },
];
/** Every answer right; two of three right (67: a fail); none right. */
export const ALL_RIGHT = [[0], [1], [0, 2]];
export const TWO_RIGHT = [[0], [1], [0]];
export const NONE_RIGHT = [[1], [0], [1]];

const unique = () => randomUUID().replaceAll('-', '_').slice(0, 12);

/** A topic of its own with one lesson (the known quiz) and one interval drill. */
export async function addLearnContent(
  t: TestApp,
  options: { question_count?: number; lessons?: number } = {},
): Promise<{ topic: string; lesson: string; lessons: string[]; drill: string }> {
  const db = t.database.db;
  const key = unique();
  const [topic] = await db
    .insert(learn_topics)
    .values({ key: `t_${key}`, name: `Topic ${key}`, description: 'A topic for tests.', sort_order: 1000 })
    .returning();
  if (!topic) throw new Error('no topic');
  const lessons: string[] = [];
  for (let i = 0; i < (options.lessons ?? 1); i++) {
    const [lesson] = await db
      .insert(learn_lessons)
      .values({
        topic_id: topic.id,
        key: `l_${key}_${i}`,
        title: `Lesson ${i + 1}`,
        summary: 'What it teaches.',
        content_markdown: '# A lesson\n\nSome text.',
        quiz: QUIZ as unknown as Record<string, unknown>[],
        xp_reward: 15,
        coin_reward: 5,
        sort_order: i,
      })
      .returning();
    if (!lesson) throw new Error('no lesson');
    lessons.push(lesson.id);
  }
  const [drill] = await db
    .insert(learn_drills)
    .values({
      topic_id: topic.id,
      key: `d_${key}`,
      title: 'Intervals',
      description: 'Name the interval.',
      drill_type: 'interval',
      config: { intervals: ['M2', 'M3', 'P4', 'P5', 'P8'], direction: 'ascending', range: ['C4', 'C5'] },
      question_count: options.question_count ?? 4,
      xp_reward: 10,
      coin_reward: 2,
    })
    .returning();
  if (!drill) throw new Error('no drill');
  return { topic: topic.id, lesson: lessons[0] as string, lessons, drill: drill.id };
}

export async function deactivate(t: TestApp, what: 'topic' | 'lesson' | 'drill', id: string): Promise<void> {
  const table = what === 'topic' ? learn_topics : what === 'lesson' ? learn_lessons : learn_drills;
  await t.database.db.update(table).set({ is_active: false }).where(eq(table.id, id));
}

/** Sends a request as `user` and expects `status`; returns the `data`. */
export async function learnCall(user: TestUser, method: 'GET' | 'POST', url: string, payload?: object, status = 200) {
  const res = await user.inject({ method, url, payload });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json().data ?? res.json().error;
}

/** The answers to a round, as stored (the test reads them from the database). */
export async function roundAnswers(t: TestApp, roundId: string): Promise<number[]> {
  const [row] = await t.database.db.select().from(learn_drill_rounds).where(eq(learn_drill_rounds.id, roundId));
  return ((row?.questions ?? []) as { answer: number }[]).map((q) => q.answer);
}
