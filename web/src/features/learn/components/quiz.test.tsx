import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LessonCompletionWire, QuizQuestionWire } from '../api/types';
import { Quiz, QuizResults } from './quiz';

afterEach(cleanup);

const questions: QuizQuestionWire[] = [
  { kind: 'single', question: 'How many tasks matter most today?', choices: ['One to three', 'Ten', 'All of them'] },
  {
    kind: 'multiple',
    question: 'Which are important but not urgent?',
    choices: ['Exercise', 'A ringing phone', 'Planning'],
  },
];

describe('Quiz', () => {
  it('offers radio buttons for one answer and checkboxes for "choose all that apply"', () => {
    render(<Quiz questions={questions} onSubmit={vi.fn()} />);
    const single = screen.getByRole('group', { name: /How many tasks/ });
    expect(single.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    const multiple = screen.getByRole('group', { name: /important but not urgent/ });
    expect(multiple.querySelectorAll('input[type="checkbox"]')).toHaveLength(3);
    expect(screen.getByText('Choose all that apply.')).toBeTruthy();
  });

  it('asks for every answer before sending anything', () => {
    const onSubmit = vi.fn();
    render(<Quiz questions={questions} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByLabelText('One to three'));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(screen.getByRole('alert').textContent).toBe('Answer every question first.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the chosen indexes per question, in order, a choice unticked left out', () => {
    const onSubmit = vi.fn();
    render(<Quiz questions={questions} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByLabelText('Ten'));
    fireEvent.click(screen.getByLabelText('One to three'));
    fireEvent.click(screen.getByLabelText('Planning'));
    fireEvent.click(screen.getByLabelText('A ringing phone'));
    fireEvent.click(screen.getByLabelText('Exercise'));
    fireEvent.click(screen.getByLabelText('A ringing phone'));
    fireEvent.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(onSubmit).toHaveBeenCalledWith([[0], [0, 2]]);
  });
});

describe('QuizResults', () => {
  const completion = (score: number, passed: boolean): LessonCompletionWire => ({
    result: {
      score,
      passed,
      correct: passed ? 2 : 1,
      total: 2,
      questions: [
        { chosen: [0], answers: [0], correct: true, explanation: 'A short list gets done.' },
        { chosen: [1], answers: [0, 2], correct: passed, explanation: 'Nothing forces them, so they slip.' },
      ],
    },
    progress: {
      status: passed ? 'completed' : 'in_progress',
      attempts: 1,
      last_score: score,
      best_score: score,
      started_at: '2026-12-07T09:00:00.000Z',
      completed_at: passed ? '2026-12-07T09:10:00.000Z' : null,
      last_attempt_at: '2026-12-07T09:10:00.000Z',
      schedule: { due: null, state: 0, reps: 0, lapses: 0, scheduled_days: 0, last_review: null },
    },
    reward: null,
    suggested_rating: passed ? 'good' : 'again',
  });

  it('says a score under the pass mark has not passed, with the answer given and the right ones', () => {
    render(<QuizResults questions={questions} completion={completion(50, false)} />);
    expect(screen.getByRole('heading', { name: 'Not passed yet: 50%' })).toBeTruthy();
    expect(screen.getByText(/70% passes/)).toBeTruthy();
    expect(screen.getByText('Your answer: A ringing phone')).toBeTruthy();
    expect(screen.getByText('Right answer: Exercise; Planning')).toBeTruthy();
    expect(screen.getByText('Nothing forces them, so they slip.')).toBeTruthy();
  });

  it('marks a pass', () => {
    render(<QuizResults questions={questions} completion={completion(100, true)} />);
    expect(screen.getByRole('heading', { name: 'Passed: 100%' })).toBeTruthy();
    expect(screen.queryByText(/Your answer/)).toBeNull();
  });
});
