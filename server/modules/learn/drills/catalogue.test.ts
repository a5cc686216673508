import { describe, expect, it } from 'vitest';
import { drillQuestion } from '#common/contracts/learn';
import { drillTypes, learnDifficulties } from '#common/enums';
import { musicDrills } from '../../../db/seed/learn/drills';
import { drillConfigSchemas, generateQuestions } from './generate';
import { midiOfName, seededRandom } from './testing';

const QUESTIONS = 300;
const drills = musicDrills.map((d) => [d.key, d] as const);

describe('the drill catalogue', () => {
  it('has every drill type at every difficulty, keyed <type>_<difficulty>', () => {
    const expected = drillTypes.flatMap((t) => learnDifficulties.map((d) => `${t}_${d}`));
    expect(musicDrills.map((d) => d.key).sort()).toEqual(expected.sort());
    for (const drill of musicDrills) expect(drill.key).toBe(`${drill.drill_type}_${drill.difficulty}`);
  });

  it('asks ten questions a round (eight for advanced rhythm) and pays more as the drills get harder', () => {
    for (const drill of musicDrills) {
      expect(drill.question_count, drill.key).toBe(drill.key === 'rhythm_advanced' ? 8 : 10);
      expect(drill.title.length).toBeGreaterThan(0);
      expect(drill.description, drill.key).toMatch(/^[A-Z].*\.$/);
    }
    for (const type of drillTypes) {
      const ladder = learnDifficulties.map((d) => musicDrills.find((m) => m.key === `${type}_${d}`));
      const xp = ladder.map((d) => d?.xp_reward ?? 0);
      const coins = ladder.map((d) => d?.coin_reward ?? 0);
      expect(xp, type).toEqual([...xp].sort((a, b) => a - b));
      expect(new Set(xp).size).toBe(3);
      expect(new Set(coins).size).toBe(3);
      expect(coins, type).toEqual([...coins].sort((a, b) => a - b));
    }
  });

  it.each(drills)('%s: its config parses with its type’s schema', (_key, drill) => {
    const parsed = drillConfigSchemas[drill.drill_type].safeParse(drill.config);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(drills)('%s: questions are well formed, in range, with one answer among fixed choices', (_key, drill) => {
    const questions = generateQuestions(drill, QUESTIONS, seededRandom(1));
    const range = 'range' in drill.config ? (drill.config.range as string[]) : null;
    for (const question of questions) {
      expect(drillQuestion.safeParse(question).error?.issues ?? []).toEqual([]);
      expect(question.answer).toBeLessThan(question.choices.length);
      expect(new Set(question.choices).size).toBe(question.choices.length);
      if (question.sound.kind === 'notes' && range) {
        const [low, high] = range.map(midiOfName) as [number, number];
        for (const midi of question.sound.midi) {
          expect(midi).toBeGreaterThanOrEqual(Math.max(21, low));
          expect(midi).toBeLessThanOrEqual(Math.min(108, high));
        }
      }
    }
    if (drill.drill_type !== 'rhythm')
      for (const question of questions) expect(question.choices).toEqual(questions[0]?.choices);
  });

  it.each(drills)('%s: answers fall on every choice, not always the same one', (_key, drill) => {
    const questions = generateQuestions(drill, QUESTIONS, seededRandom(2));
    const answered = new Set(questions.map((q) => q.answer));
    expect(answered.size).toBe(questions[0]?.choices.length);
  });

  it('differs from one seed to another, and repeats for the same seed', () => {
    for (const drill of musicDrills) {
      const a = generateQuestions(drill, 10, seededRandom(3));
      expect(generateQuestions(drill, 10, seededRandom(3))).toEqual(a);
      expect(generateQuestions(drill, 10, seededRandom(4))).not.toEqual(a);
    }
  });

  it('refuses to generate from a config its schema rejects', () => {
    expect(() =>
      generateQuestions({ drill_type: 'interval', config: { intervals: ['M3'], direction: 'up' } }, 1, seededRandom(5)),
    ).toThrow();
    expect(() => generateQuestions({ drill_type: 'scale', config: {} }, 1, seededRandom(5))).toThrow();
  });
});
