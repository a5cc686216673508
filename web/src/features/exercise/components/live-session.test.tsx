import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseRefWire, LastSetsWire, SetWire } from '../api/types';
import { useRestTimer } from '../hooks/use-rest-timer';
import { ExerciseBlock } from './exercise-block';
import { RestBar } from './rest-bar';

function Timer({ onDone, seconds }: { onDone: () => void; seconds: number | null }) {
  const timer = useRestTimer(onDone);
  return (
    <>
      <button type="button" onClick={() => timer.start(seconds)}>
        Log
      </button>
      <RestBar timer={timer} />
    </>
  );
}

const shown = () => screen.getByRole('timer').textContent;

describe('the rest countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts down from the default 90 s, takes +15 s, and calls the end once at zero', () => {
    const onDone = vi.fn();
    render(<Timer onDone={onDone} seconds={null} />);
    expect(screen.queryByRole('timer')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(shown()).toBe('1:30');
    act(() => void vi.advanceTimersByTime(1_010));
    expect(shown()).toBe('1:29');
    fireEvent.click(screen.getByRole('button', { name: 'Add 15 seconds' }));
    expect(shown()).toBe('1:44');
    act(() => void vi.advanceTimersByTime(103_000));
    expect(shown()).toBe('0:01');
    expect(onDone).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1_100));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('timer')).toBeNull();
    act(() => void vi.advanceTimersByTime(10_000));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('skipping ends the rest without the alert', () => {
    const onDone = vi.fn();
    render(<Timer onDone={onDone} seconds={60} />);
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(shown()).toBe('1:00');
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.queryByRole('timer')).toBeNull();
    act(() => void vi.advanceTimersByTime(120_000));
    expect(onDone).not.toHaveBeenCalled();
  });
});

const bench: ExerciseRefWire = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Bench press',
  category: 'strength',
  measurement: 'weight_reps',
  primary_muscles: ['chest'],
  equipment: ['barbell'],
  is_custom: false,
};

const last: LastSetsWire = {
  exercise_id: bench.id,
  session_id: '00000000-0000-4000-8000-000000000009',
  performed_at: '2026-12-01T10:00:00.000Z',
  sets: [{ set_number: 1, weight: 61.235, reps: 8, duration_seconds: null, distance_m: null, rpe: null }],
};

const logged: SetWire = {
  id: '00000000-0000-4000-8000-000000000002',
  session_id: '00000000-0000-4000-8000-000000000003',
  exercise_id: bench.id,
  set_number: 1,
  weight: 61.235,
  reps: 8,
  duration_seconds: null,
  distance_m: null,
  rpe: null,
  is_warmup: false,
  notes: null,
  completed_at: '2026-12-06T10:00:00.000Z',
  created_at: '2026-12-06T10:00:00.000Z',
  updated_at: '2026-12-06T10:00:00.000Z',
};

describe('an exercise of the live session', () => {
  afterEach(cleanup);

  it('prefills the next set from last time in the user’s unit and logs it in kilograms with one tap', () => {
    const onLog = vi.fn();
    render(
      <ExerciseBlock
        exercise={bench}
        sets={[]}
        target={null}
        last={last}
        unit="lb"
        badges={new Map()}
        logging={false}
        onLog={onLog}
        onEdit={() => {}}
      />,
    );
    expect(screen.getByText('Last time: 135 lb × 8')).toBeTruthy();
    expect((screen.getByLabelText('Bench press weight in lb') as HTMLInputElement).value).toBe('135');
    expect((screen.getByLabelText('Bench press reps') as HTMLInputElement).value).toBe('8');
    fireEvent.click(screen.getByRole('button', { name: 'Log set of Bench press' }));
    expect(onLog).toHaveBeenCalledWith({
      weight: 61.235,
      reps: 8,
      duration_seconds: null,
      distance_m: null,
      rpe: null,
      is_warmup: false,
    });
  });

  it('logs a warm-up with an RPE when chosen, and refuses a row without reps', () => {
    const onLog = vi.fn();
    render(
      <ExerciseBlock
        exercise={bench}
        sets={[]}
        target={null}
        last={null}
        unit="kg"
        badges={new Map()}
        logging={false}
        onLog={onLog}
        onEdit={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log set of Bench press' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter the reps/);
    expect(onLog).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Bench press weight in kg'), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Bench press reps'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Bench press RPE'), { target: { value: '6.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bench press warm-up set' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log set of Bench press' }));
    expect(onLog).toHaveBeenCalledWith(expect.objectContaining({ weight: 20, reps: 10, rpe: 6.5, is_warmup: true }));
  });

  it('shows the PR badge on the set that set a record', () => {
    render(
      <ExerciseBlock
        exercise={bench}
        sets={[logged]}
        target={null}
        last={last}
        unit="kg"
        badges={new Map([[logged.id, ['max_weight', 'estimated_1rm']]])}
        logging={false}
        onLog={() => {}}
        onEdit={() => {}}
      />,
    );
    const badge = screen.getByTestId('pr-badge');
    expect(badge.textContent).toContain('PR');
    expect(badge.textContent).toContain('heaviest weight, best estimated 1rm');
    expect(screen.getAllByTestId('set-row')).toHaveLength(1);
  });
});
