import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusStartMinutes } from '../api/start-focus-block';
import type { StarterWire } from '../api/types';
import { StarterCard } from './starter-card';

afterEach(cleanup);

const starter: StarterWire = {
  tier: 'plan',
  kind: 'focus',
  title: 'Focus block',
  href: '/focus?start=25',
  ref_id: '00000000-0000-4000-8000-000000000001',
};

describe('StarterCard', () => {
  it('names the next step and its tier, and starts it', () => {
    const onStart = vi.fn();
    render(<StarterCard starter={starter} onStart={onStart} busy={false} error={null} />);
    expect(screen.getByRole('heading', { name: /Start here · Next in your plan/ })).toBeTruthy();
    expect(screen.getByTestId('starter-title').textContent).toBe('Focus block');
    fireEvent.click(screen.getByRole('button', { name: 'Start here' }));
    expect(onStart).toHaveBeenCalledWith(starter);
  });

  it('says all is done when nothing is recommended, and shows a failure', () => {
    render(<StarterCard starter={null} onStart={vi.fn()} busy={false} error="Could not start" />);
    expect(screen.getByTestId('starter-title').textContent).toBe('You are all set for today.');
    expect(screen.queryByRole('button', { name: 'Start here' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Could not start');
  });
});

describe('focusStartMinutes', () => {
  it('reads the length of a focus link and nothing else', () => {
    expect(focusStartMinutes('/focus?start=25')).toBe(25);
    expect(focusStartMinutes('/focus?start=90')).toBe(90);
    expect(focusStartMinutes('/focus')).toBeNull();
    expect(focusStartMinutes('/habits')).toBeNull();
  });
});
