import { describe, expect, it } from 'vitest';
import {
  anchorFromEvent,
  anchorFromSession,
  displaySeconds,
  elapsedFraction,
  type FocusSessionWire,
  formatClock,
  nextMode,
  remainingAt,
  spokenDuration,
} from './timer';

const lengths = { focus_minutes: 25, short_break_minutes: 5, long_break_minutes: 15, sessions_before_long_break: 4 };

function session(over: Partial<FocusSessionWire> = {}): FocusSessionWire {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    mode: 'focus',
    status: 'active',
    duration_seconds: 1500,
    label: null,
    started_at: '2026-05-01T10:00:00.000Z',
    ended_at: null,
    focused_seconds: 600,
    remaining_seconds: 900,
    paused_seconds: 0,
    pause_count: 0,
    paused_at: null,
    ends_at: '2026-05-01T10:25:00.000Z',
    xp_awarded: 0,
    coins_awarded: 0,
    now: '2026-05-01T10:10:00.000Z',
    created_at: '2026-05-01T10:00:00.000Z',
    updated_at: '2026-05-01T10:00:00.000Z',
    ...over,
  };
}

describe('anchorFromSession', () => {
  it('counts from the server time the figures refer to, not this device’s clock', () => {
    // This device's clock is 3 hours off; only the time since receipt matters.
    const received = Date.parse('2026-05-01T13:00:00.000Z');
    const anchor = anchorFromSession(session({ ends_at: '2026-05-01T10:24:59.500Z' }), received);
    expect(anchor?.remaining_ms).toBe(899_500);
    expect(remainingAt(anchor!, received)).toBe(899_500);
    expect(remainingAt(anchor!, received + 60_000)).toBe(839_500);
  });

  it('uses the reported seconds while paused and does not move', () => {
    const anchor = anchorFromSession(
      session({ status: 'paused', ends_at: null, paused_at: '2026-05-01T10:09:00.000Z', remaining_seconds: 960 }),
      1_000,
    );
    expect(anchor?.status).toBe('paused');
    expect(remainingAt(anchor!, 1_000)).toBe(960_000);
    expect(remainingAt(anchor!, 3_600_000)).toBe(960_000);
  });

  it('is null for no session or a closed one', () => {
    expect(anchorFromSession(null, 0)).toBeNull();
    expect(anchorFromSession(session({ status: 'completed', ends_at: null }), 0)).toBeNull();
    expect(anchorFromSession(session({ status: 'abandoned', ends_at: null }), 0)).toBeNull();
  });

  it('never goes below zero, however late the reading', () => {
    const anchor = anchorFromSession(session(), 0)!;
    expect(remainingAt(anchor, 10 * 3_600_000)).toBe(0);
    expect(displaySeconds(remainingAt(anchor, 10 * 3_600_000))).toBe(0);
  });

  it('ignores a clock that runs backwards between readings', () => {
    const anchor = anchorFromSession(session(), 50_000)!;
    expect(remainingAt(anchor, 40_000)).toBe(900_000);
  });

  it('gives two devices that read at different moments the same remaining time at the same instant', () => {
    // Device A reads at server 10:10:00, device B at server 10:12:30; both show the same later on.
    const a = anchorFromSession(session(), 1_000_000)!;
    const b = anchorFromSession(
      session({ now: '2026-05-01T10:12:30.000Z', remaining_seconds: 750, focused_seconds: 750 }),
      1_150_000,
    )!;
    expect(remainingAt(a, 1_200_000)).toBe(remainingAt(b, 1_200_000));
  });
});

describe('anchorFromEvent', () => {
  it('follows a pause from another device', () => {
    const anchor = anchorFromEvent(
      {
        session_id: '00000000-0000-4000-8000-000000000001',
        status: 'paused',
        mode: 'focus',
        duration_seconds: 1500,
        focused_seconds: 700,
        remaining_seconds: 800,
        paused_at: '2026-05-01T10:11:40.000Z',
        ends_at: null,
        at: '2026-05-01T10:11:40.000Z',
      },
      5_000,
    );
    expect(anchor).toMatchObject({ status: 'paused', remaining_ms: 800_000, duration_ms: 1_500_000 });
  });

  it('follows a resume, counting towards the new end', () => {
    const anchor = anchorFromEvent(
      {
        session_id: '00000000-0000-4000-8000-000000000001',
        status: 'active',
        mode: 'short_break',
        duration_seconds: 300,
        focused_seconds: 100,
        remaining_seconds: 200,
        paused_at: null,
        ends_at: '2026-05-01T10:03:20.250Z',
        at: '2026-05-01T10:00:00.000Z',
      },
      0,
    );
    expect(remainingAt(anchor!, 20_000)).toBe(180_250);
  });

  it('is null when the session closed or none is open', () => {
    const closed = {
      session_id: null,
      status: 'idle' as const,
      mode: null,
      duration_seconds: null,
      focused_seconds: null,
      remaining_seconds: null,
      paused_at: null,
      ends_at: null,
      at: '2026-05-01T10:00:00.000Z',
    };
    expect(anchorFromEvent(closed, 0)).toBeNull();
  });
});

describe('display', () => {
  it('rounds remaining time up, so zero shows only when the time is up', () => {
    expect(displaySeconds(1)).toBe(1);
    expect(displaySeconds(999)).toBe(1);
    expect(displaySeconds(1000)).toBe(1);
    expect(displaySeconds(1001)).toBe(2);
    expect(displaySeconds(0)).toBe(0);
    expect(displaySeconds(-5)).toBe(0);
  });

  it('formats minutes and seconds, and hours when needed', () => {
    expect(formatClock(1500)).toBe('25:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('says the time in words for screen readers', () => {
    expect(spokenDuration(1500)).toBe('25 minutes');
    expect(spokenDuration(61)).toBe('1 minute 1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenDuration(3600)).toBe('1 hour');
  });

  it('fills the ring with the elapsed share', () => {
    expect(elapsedFraction(1_500_000, 1_500_000)).toBe(0);
    expect(elapsedFraction(750_000, 1_500_000)).toBe(0.5);
    expect(elapsedFraction(0, 1_500_000)).toBe(1);
    expect(elapsedFraction(10, 0)).toBe(0);
  });
});

describe('nextMode', () => {
  it('suggests a short break after focus and a long one after every fourth', () => {
    expect(nextMode('focus', 1, lengths)).toBe('short_break');
    expect(nextMode('focus', 3, lengths)).toBe('short_break');
    expect(nextMode('focus', 4, lengths)).toBe('long_break');
    expect(nextMode('focus', 8, lengths)).toBe('long_break');
  });

  it('suggests focus after any break', () => {
    expect(nextMode('short_break', 4, lengths)).toBe('focus');
    expect(nextMode('long_break', 0, lengths)).toBe('focus');
  });
});
