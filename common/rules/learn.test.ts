import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../contracts/learn';
import { markQuiz, markRound, nextStreak, sameChoice, scoreOf, suggestedRating } from './learn';

const single = (answer: number): QuizQuestion => ({
  kind: 'single',
  question: 'Which?',
  choices: ['a', 'b', 'c'],
  answers: [answer],
  explanation: 'Because.',
});
const multiple = (answers: number[]): QuizQuestion => ({
  kind: 'multiple',
  question: 'Which ones?',
  choices: ['a', 'b', 'c', 'd'],
  answers,
  explanation: 'All of these.',
});

describe('quiz marking', () => {
  it('counts a question right only when the chosen set equals the answer set', () => {
    expect(sameChoice([1, 0], [0, 1])).toBe(true);
    expect(sameChoice([0, 0, 1], [0, 1])).toBe(true);
    expect(sameChoice([0], [0, 1])).toBe(false);
    expect(sameChoice([0, 1, 2], [0, 1])).toBe(false);
    expect(sameChoice([], [0])).toBe(false);
  });

  it('scores round(100 × right / total) and passes at 70', () => {
    const quiz = [single(0), single(1), single(2)];
    expect(markQuiz(quiz, [[0], [1], [0]])).toMatchObject({ score: 67, passed: false, correct: 2, total: 3 });
    expect(markQuiz(quiz, [[0], [1], [2]])).toMatchObject({ score: 100, passed: true });
    const ten = Array.from({ length: 10 }, () => single(0));
    const seven = ten.map((_, i) => (i < 7 ? [0] : [1]));
    expect(markQuiz(ten, seven)).toMatchObject({ score: 70, passed: true });
  });

  it('marks a multiple-choice question right only with every right choice and no other', () => {
    const quiz = [multiple([0, 2])];
    expect(markQuiz(quiz, [[2, 0]]).passed).toBe(true);
    expect(markQuiz(quiz, [[0]]).passed).toBe(false);
    expect(markQuiz(quiz, [[0, 2, 3]]).passed).toBe(false);
  });

  it('returns each question’s answers and explanation with what was chosen', () => {
    const mark = markQuiz([multiple([1, 3])], [[3, 1, 1]]);
    expect(mark.questions).toEqual([{ chosen: [1, 3], answers: [1, 3], correct: true, explanation: 'All of these.' }]);
  });

  it('refuses an answer list of another length', () => {
    expect(() => markQuiz([single(0)], [[0], [1]])).toThrow();
  });
});

describe('round marking', () => {
  it('scores each question by the chosen index; null is unanswered and wrong', () => {
    const mark = markRound([{ answer: 0 }, { answer: 2 }, { answer: 1 }], [0, null, 1]);
    expect(mark).toMatchObject({ score: 67, correct: 2, total: 3 });
    expect(mark.answers[1]).toEqual({ chosen: null, answer: 2, correct: false });
    expect(() => markRound([{ answer: 0 }], [0, 1])).toThrow();
  });
});

describe('suggested rating', () => {
  it('is again below 70, hard below 90, good from 90', () => {
    expect(suggestedRating(0)).toBe('again');
    expect(suggestedRating(69)).toBe('again');
    expect(suggestedRating(70)).toBe('hard');
    expect(suggestedRating(89)).toBe('hard');
    expect(suggestedRating(90)).toBe('good');
    expect(suggestedRating(100)).toBe('good');
  });
});

describe('streak of good rounds', () => {
  it('grows at or above the good score, resets below it, and keeps the best', () => {
    expect(nextStreak(2, 2, 80, 80)).toEqual({ current_streak: 3, best_streak: 3 });
    expect(nextStreak(3, 5, 79, 80)).toEqual({ current_streak: 0, best_streak: 5 });
  });

  it('scores nothing of nothing', () => {
    expect(scoreOf(0, 0)).toBe(0);
  });
});
