import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewCardWire } from '../api/types';
import { RatingPicker } from './rating-picker';

afterEach(cleanup);

const now = Date.now();
const inMinutes = (m: number) => new Date(now + m * 60_000).toISOString();

const card: ReviewCardWire = {
  kind: 'lesson',
  id: '00000000-0000-4000-8000-0000000000c1',
  title: 'Prioritising what matters',
  topic: { id: '00000000-0000-4000-8000-0000000000c2', name: 'Productivity' },
  drill_type: null,
  due: inMinutes(-5),
  state: 2,
  reps: 3,
  lapses: 0,
  scheduled_days: 4,
  last_review: inMinutes(-6000),
  preview: {
    again: inMinutes(10),
    hard: inMinutes(60 * 24 * 3),
    good: inMinutes(60 * 24 * 8),
    easy: inMinutes(60 * 24 * 15),
  },
};

describe('RatingPicker', () => {
  it('starts on the suggested rating, says when each would bring the card back, and sends the one chosen', () => {
    const onRate = vi.fn();
    render(<RatingPicker card={card} suggested="hard" onRate={onRate} />);
    expect((screen.getByRole('radio', { name: /Hard/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Your score suggests Hard; change it if it felt otherwise.')).toBeTruthy();
    expect(screen.getByText('Back in 10 minutes')).toBeTruthy();
    expect(screen.getByText('Back in 3 days')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Easy/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save rating' }));
    expect(onRate).toHaveBeenCalledWith('easy');
  });
});
