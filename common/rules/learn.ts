import { PASS_MARK, type QuizQuestion, type Rating } from '../contracts/learn';

/** Learn's pure rules: marking a quiz or a round, the rating a score suggests (docs/RULES.md "Learn"). */

/** A score out of 100 for `right` of `total`, rounded. */
export const scoreOf = (right: number, total: number) => (total > 0 ? Math.round((100 * right) / total) : 0);

/** A question is right when the chosen set equals the answer set (order and repeats do not matter). */
export function sameChoice(chosen: readonly number[], answers: readonly number[]): boolean {
  const a = new Set(chosen);
  const b = new Set(answers);
  return a.size === b.size && [...a].every((i) => b.has(i));
}

export interface QuizMark {
  score: number;
  passed: boolean;
  correct: number;
  total: number;
  questions: { chosen: number[]; answers: number[]; correct: boolean; explanation: string }[];
}

/** Marks a quiz; `answers` holds one list per question (the caller refuses any other count). */
export function markQuiz(quiz: readonly QuizQuestion[], answers: readonly (readonly number[])[]): QuizMark {
  if (answers.length !== quiz.length) throw new Error('one answer list per question');
  const questions = quiz.map((q, i) => {
    const chosen = [...new Set(answers[i] ?? [])].sort((x, y) => x - y);
    return { chosen, answers: [...q.answers], correct: sameChoice(chosen, q.answers), explanation: q.explanation };
  });
  const correct = questions.filter((q) => q.correct).length;
  const score = scoreOf(correct, quiz.length);
  return { score, passed: score >= PASS_MARK, correct, total: quiz.length, questions };
}

export interface RoundMark {
  score: number;
  correct: number;
  total: number;
  answers: { chosen: number | null; answer: number; correct: boolean }[];
}

/** Marks a drill round: one chosen index (or null) per question. */
export function markRound(questions: readonly { answer: number }[], chosen: readonly (number | null)[]): RoundMark {
  if (chosen.length !== questions.length) throw new Error('one answer per question');
  const answers = questions.map((q, i) => {
    const c = chosen[i] ?? null;
    return { chosen: c, answer: q.answer, correct: c === q.answer };
  });
  const correct = answers.filter((a) => a.correct).length;
  return { score: scoreOf(correct, questions.length), correct, total: questions.length, answers };
}

/** The review rating a score suggests: below the pass mark again, below 90 hard, else good (easy is the reader's). */
export function suggestedRating(score: number): Rating {
  if (score < PASS_MARK) return 'again';
  if (score < 90) return 'hard';
  return 'good';
}

/** A drill's streak of good rounds after a round scoring `score`. */
export function nextStreak(current: number, best: number, score: number, goodScore: number) {
  const streak = score >= goodScore ? current + 1 : 0;
  return { current_streak: streak, best_streak: Math.max(best, streak) };
}
