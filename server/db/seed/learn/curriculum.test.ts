import { describe, expect, it } from 'vitest';
import { quizQuestion } from '#common/contracts/learn';
import { topicSeeds } from '.';

/** Words of prose in a markdown text (markup and punctuation aside). */
const wordCount = (markdown: string) => markdown.match(/[A-Za-z0-9'’-]+/g)?.length ?? 0;

const lessons = topicSeeds.flatMap((t) => t.lessons.map((l) => ({ topic: t.key, ...l })));

describe('the curriculum', () => {
  it('has the five topics, each with at least four lessons', () => {
    expect(topicSeeds.map((t) => t.key)).toEqual([
      'productivity',
      'habit_science',
      'fitness_fundamentals',
      'mindfulness',
      'music_theory',
    ]);
    for (const topic of topicSeeds) expect(topic.lessons.length, topic.key).toBeGreaterThanOrEqual(4);
  });

  it('keys every lesson and drill once', () => {
    const keys = [...lessons.map((l) => l.key), ...topicSeeds.flatMap((t) => t.drills.map((d) => d.key))];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9_]+$/);
  });

  it.each(lessons.map((l) => [l.key, l] as const))('%s reads in 5–10 minutes and says so', (_key, lesson) => {
    const words = wordCount(lesson.content_markdown);
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(2200);
    expect(lesson.duration_minutes).toBeGreaterThanOrEqual(5);
    expect(lesson.duration_minutes).toBeLessThanOrEqual(10);
    expect(Math.abs(lesson.duration_minutes - words / 200)).toBeLessThanOrEqual(2);
    expect(lesson.content_markdown).toMatch(/^## /m);
  });

  it.each(lessons.map((l) => [l.key, l] as const))(
    '%s has a quiz of 4+ well-formed questions, single and multiple choice, each explained',
    (_key, lesson) => {
      expect(lesson.quiz.length).toBeGreaterThanOrEqual(4);
      for (const question of lesson.quiz)
        expect(quizQuestion.safeParse(question).success, question.question).toBe(true);
      const kinds = new Set(lesson.quiz.map((q) => q.kind));
      expect(kinds).toEqual(new Set(['single', 'multiple']));
    },
  );
});
