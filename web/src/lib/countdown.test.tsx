import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoostCountdown } from '@/components/ui/boost-countdown';
import { countdownWords, formatCountdown, formatMultiplier } from './countdown';

describe('formatCountdown', () => {
  it('shows minutes and seconds, hours from an hour up, and never a negative time', () => {
    expect(formatCountdown(42 * 60_000 + 10_000)).toBe('42:10');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(3 * 3_600_000 + 5 * 60_000 + 9_000)).toBe('3:05:09');
    expect(formatCountdown(400)).toBe('0:01'); // a part of a second still shows as one
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('says the time in words for screen readers', () => {
    expect(countdownWords(42 * 60_000 + 10_000)).toBe('43 min left');
    expect(countdownWords(90 * 60_000)).toBe('1 h 30 min left');
    expect(countdownWords(30_000)).toBe('under a minute left');
    expect(countdownWords(0)).toBe('ended');
  });

  it('writes the multiplier as it reads', () => {
    expect(formatMultiplier(1.5)).toBe('1.5×');
    expect(formatMultiplier(2)).toBe('2×');
    expect(formatMultiplier(1.25)).toBe('1.25×');
  });
});

describe('BoostCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-05-04T10:00:00.000Z'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('ticks each second and disappears when the boost ends', () => {
    const boost = { multiplier: 1.5, expires_at: '2026-05-04T10:00:03.000Z' };
    render(<BoostCountdown boost={boost} />);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('1.5× XP · 0:03');
    expect(timer.getAttribute('aria-label')).toBe('XP boost 1.5×, under a minute left');

    // Each tick lands just after a second's boundary.
    act(() => vi.advanceTimersByTime(1_010));
    expect(screen.getByRole('timer').textContent).toBe('1.5× XP · 0:02');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('timer').textContent).toBe('1.5× XP · 0:01');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('shows nothing without a boost or for one already over', () => {
    const { rerender } = render(<BoostCountdown boost={null} />);
    expect(screen.queryByRole('timer')).toBeNull();
    rerender(<BoostCountdown boost={{ multiplier: 1.5, expires_at: '2026-05-04T09:59:00.000Z' }} />);
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
