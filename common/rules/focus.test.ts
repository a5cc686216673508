import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClosedFocusSession,
  canComplete,
  closeAt,
  dailyTotals,
  type FocusClock,
  focusTiming,
  focusTotals,
  lastDays,
  naturalEnd,
  pausedAt,
  periodContaining,
  resumedAt,
} from './focus';

const T0 = new Date('2026-03-10T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const fresh = (duration_seconds = 1500): FocusClock => ({
  duration_seconds,
  started_at: T0,
  total_paused_ms: 0,
  paused_at: null,
});

describe('focusTiming', () => {
  it('counts down from the planned length while running', () => {
    const t = focusTiming(fresh(), at(600));
    expect(t).toMatchObject({ focused_seconds: 600, remaining_seconds: 900, paused_seconds: 0, run_out: false });
    expect(t.ends_at).toEqual(at(1500));
  });

  it('excludes completed pauses and the running one', () => {
    const s: FocusClock = { ...fresh(), total_paused_ms: 120_000, paused_at: at(700) };
    const t = focusTiming(s, at(1000));
    // 1000 s since start − 120 s earlier pause − 300 s current pause.
    expect(t).toMatchObject({ focused_seconds: 580, paused_seconds: 420, remaining_seconds: 920, run_out: false });
    expect(t.ends_at).toBeNull();
  });

  it('does not move while paused', () => {
    const s: FocusClock = { ...fresh(), paused_at: at(100) };
    expect(focusTiming(s, at(200)).remaining_seconds).toBe(focusTiming(s, at(5000)).remaining_seconds);
    expect(focusTiming(s, at(5000)).run_out).toBe(false);
  });

  it('rounds remaining time up and active time down', () => {
    const t = focusTiming(fresh(60), new Date(T0.getTime() + 59_001));
    expect(t.remaining_seconds).toBe(1);
    expect(t.focused_seconds).toBe(59);
  });

  it('runs out at the planned length and never goes below zero', () => {
    expect(focusTiming(fresh(60), at(59)).run_out).toBe(false);
    const out = focusTiming(fresh(60), at(600));
    expect(out).toMatchObject({ remaining_seconds: 0, focused_seconds: 60, run_out: true });
  });

  it('treats a clock behind the start as no time spent', () => {
    expect(focusTiming(fresh(), at(-30))).toMatchObject({ focused_seconds: 0, remaining_seconds: 1500 });
  });

  it('keeps focused + remaining equal to the plan, whatever the pauses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 14_400 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 })),
        fc.integer({ min: -1000, max: 40_000_000 }),
        (duration, pausedMs, pausedAtMs, nowMs) => {
          const s: FocusClock = {
            duration_seconds: duration,
            started_at: T0,
            total_paused_ms: pausedMs,
            paused_at: pausedAtMs === null ? null : new Date(T0.getTime() + pausedAtMs),
          };
          const t = focusTiming(s, new Date(T0.getTime() + nowMs));
          expect(t.focused_ms + t.remaining_ms).toBe(duration * 1000);
          expect(t.focused_ms).toBeGreaterThanOrEqual(0);
          expect(t.remaining_seconds).toBeGreaterThanOrEqual(0);
          expect(t.remaining_seconds).toBeLessThanOrEqual(duration);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('naturalEnd', () => {
  it('is the planned length after the start, pushed back by the pauses', () => {
    expect(naturalEnd({ ...fresh(1500), total_paused_ms: 60_000 })).toEqual(at(1560));
  });
});

describe('canComplete', () => {
  it('refuses more than 5 s before the end and accepts from 5 s on', () => {
    expect(canComplete(fresh(1500), at(1494))).toBe(false);
    expect(canComplete(fresh(1500), new Date(at(1495).getTime() - 1))).toBe(false);
    expect(canComplete(fresh(1500), at(1495))).toBe(true);
    expect(canComplete(fresh(1500), at(1500))).toBe(true);
    expect(canComplete(fresh(1500), at(99_999))).toBe(true);
  });

  it('counts pauses: the end moves later', () => {
    const s: FocusClock = { ...fresh(1500), total_paused_ms: 600_000 };
    expect(canComplete(s, at(1500))).toBe(false);
    expect(canComplete(s, at(2096))).toBe(true);
  });

  it('accepts a paused session within the grace of its end', () => {
    expect(canComplete({ ...fresh(1500), paused_at: at(1497) }, at(3000))).toBe(true);
    expect(canComplete({ ...fresh(1500), paused_at: at(1400) }, at(3000))).toBe(false);
  });
});

describe('pausedAt / resumedAt', () => {
  it('pausing twice keeps the first pause; resuming adds the pause to the total', () => {
    const paused = { ...fresh(), ...pausedAt(fresh(), at(100)) };
    expect(paused.paused_at).toEqual(at(100));
    expect(pausedAt(paused, at(200)).paused_at).toEqual(at(100));
    const resumed = resumedAt(paused, at(160));
    expect(resumed).toEqual({ paused_at: null, total_paused_ms: 60_000 });
  });

  it('resuming a running session changes nothing', () => {
    expect(resumedAt({ ...fresh(), total_paused_ms: 5000 }, at(300))).toEqual({
      paused_at: null,
      total_paused_ms: 5000,
    });
  });

  it('a pause–resume cycle shifts the end by exactly the pause', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 100_000 }), (pauseAt, pauseFor) => {
        const s = fresh(1500);
        const resumed = { ...s, ...resumedAt({ ...s, ...pausedAt(s, at(pauseAt)) }, at(pauseAt + pauseFor)) };
        expect(naturalEnd(resumed)).toEqual(at(1500 + pauseFor));
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('closeAt', () => {
  it('closes a running session at the moment given, with its active time', () => {
    expect(closeAt(fresh(1500), at(1497))).toEqual({ ended_at: at(1497), total_paused_ms: 0, focused_seconds: 1497 });
  });

  it('ends a running pause at the close', () => {
    const s: FocusClock = { ...fresh(1500), total_paused_ms: 10_000, paused_at: at(400) };
    expect(closeAt(s, at(500))).toEqual({ ended_at: at(500), total_paused_ms: 110_000, focused_seconds: 390 });
  });

  it('closes a session that ran out at its natural end, with the full planned time', () => {
    const s: FocusClock = { ...fresh(1500), total_paused_ms: 30_000 };
    expect(closeAt(s, at(9000))).toEqual({ ended_at: at(1530), total_paused_ms: 30_000, focused_seconds: 1500 });
  });
});

describe('focusTotals', () => {
  const row = (status: ClosedFocusSession['status'], focused_seconds: number): ClosedFocusSession => ({
    status,
    focused_seconds,
    ended_at: T0,
  });

  it('is empty with a null completion rate when nothing closed', () => {
    expect(focusTotals([])).toEqual({
      focused_seconds: 0,
      minutes: 0,
      sessions: 0,
      abandoned: 0,
      completion_rate: null,
    });
  });

  it('counts the focused time of completed sessions only, and the share completed', () => {
    const totals = focusTotals([row('completed', 1500), row('completed', 1499), row('abandoned', 700)]);
    expect(totals).toEqual({ focused_seconds: 2999, minutes: 49, sessions: 2, abandoned: 1, completion_rate: 2 / 3 });
  });
});

describe('periodContaining', () => {
  const berlin = { timeZone: 'Europe/Berlin', dayStartHour: 4 };

  it('a user-day starts at the day-start hour local time', () => {
    // 02:30 in Berlin on the 11th still belongs to the 10th.
    const p = periodContaining('day', new Date('2026-03-11T01:30:00Z'), berlin);
    expect(p).toMatchObject({ key: '2026-03-10', first_day: '2026-03-10' });
    expect(p.start.toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-11T03:00:00.000Z');
  });

  it('a week starts on Monday at the day-start hour and may cross a DST change', () => {
    const p = periodContaining('week', new Date('2026-03-25T12:00:00Z'), berlin);
    expect(p.key).toBe('2026-W13');
    expect(p.first_day).toBe('2026-03-23');
    expect(p.start.toISOString()).toBe('2026-03-23T03:00:00.000Z');
    // Clocks go forward on the 29th: the next Monday 04:00 is 02:00 UTC.
    expect(p.end.toISOString()).toBe('2026-03-30T02:00:00.000Z');
  });

  it('a month runs from its first user-day to the next month’s, year ends included', () => {
    const p = periodContaining('month', new Date('2026-12-31T20:00:00Z'), { timeZone: 'UTC', dayStartHour: 0 });
    expect(p).toMatchObject({ key: '2026-12', first_day: '2026-12-01' });
    expect(p.end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const feb = periodContaining('month', new Date('2028-02-29T12:00:00Z'), { timeZone: 'UTC', dayStartHour: 0 });
    expect(feb.end.toISOString()).toBe('2028-03-01T00:00:00.000Z');
  });

  it('the first hours of the 1st still belong to the previous month', () => {
    const p = periodContaining('month', new Date('2026-05-01T01:30:00Z'), berlin);
    expect(p.key).toBe('2026-04');
  });
});

describe('lastDays / dailyTotals', () => {
  const tokyo = { timeZone: 'Asia/Tokyo', dayStartHour: 6 };

  it('lists n user-days ending today, oldest first', () => {
    // 2026-03-10 05:00 in Tokyo is before the day start: still the 9th.
    expect(lastDays(3, new Date('2026-03-09T20:00:00Z'), tokyo)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
  });

  it('puts each session on the user-day it ended in and ignores the rest', () => {
    const rows: ClosedFocusSession[] = [
      { status: 'completed', focused_seconds: 600, ended_at: new Date('2026-03-09T20:30:00Z') }, // 05:30 on the 10th → 9th
      { status: 'completed', focused_seconds: 900, ended_at: new Date('2026-03-09T21:30:00Z') }, // 06:30 → 10th
      { status: 'abandoned', focused_seconds: 100, ended_at: new Date('2026-03-10T10:00:00Z') }, // 19:00 → 10th
      { status: 'completed', focused_seconds: 900, ended_at: new Date('2026-03-01T10:00:00Z') }, // outside
    ];
    const series = dailyTotals(rows, ['2026-03-09', '2026-03-10'], tokyo);
    expect(series.map((d) => [d.date, d.minutes, d.sessions, d.abandoned])).toEqual([
      ['2026-03-09', 10, 1, 0],
      ['2026-03-10', 15, 1, 1],
    ]);
    expect(series[1]?.completion_rate).toBe(0.5);
  });
});
