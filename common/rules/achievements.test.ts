import { describe, expect, it } from 'vitest';
import type { AchievementTrigger } from '../catalogue';
import {
  type AchievementFacts,
  achievementProgress,
  countKey,
  isReached,
  nearest,
  progressLabel,
} from './achievements';

const facts: AchievementFacts = {
  counts: { focus_complete: 7, [countKey('focus_complete', 3600)]: 1, book_complete: 0 },
  streaks: { daily: 4, habit: 9 },
  level: 3,
  totals: { focus_minutes: 420, coins_earned: 1500 },
};

const count = (event: 'focus_complete' | 'book_complete', n: number, min_duration?: number): AchievementTrigger => ({
  trigger_type: 'count',
  trigger_config: { event, count: n, ...(min_duration ? { min_duration } : {}) },
});

describe('achievementProgress', () => {
  it('reads each trigger type from its fact, capped at the target', () => {
    expect(achievementProgress(count('focus_complete', 10), facts)).toEqual({ progress: 7, target: 10 });
    expect(achievementProgress(count('focus_complete', 1, 3600), facts)).toEqual({ progress: 1, target: 1 });
    expect(achievementProgress(count('focus_complete', 1, 7200), facts)).toEqual({ progress: 0, target: 1 });
    expect(
      achievementProgress({ trigger_type: 'streak', trigger_config: { streak_type: 'habit', days: 7 } }, facts),
    ).toEqual({ progress: 7, target: 7 });
    expect(
      achievementProgress({ trigger_type: 'streak', trigger_config: { streak_type: 'focus', days: 7 } }, facts),
    ).toEqual({ progress: 0, target: 7 });
    expect(achievementProgress({ trigger_type: 'level', trigger_config: { level: 5 } }, facts)).toEqual({
      progress: 3,
      target: 5,
      start: 1,
    });
    expect(
      achievementProgress({ trigger_type: 'total', trigger_config: { metric: 'coins_earned', amount: 1000 } }, facts),
    ).toEqual({ progress: 1000, target: 1000 });
  });

  it('is reached when progress meets the target', () => {
    expect(isReached({ progress: 10, target: 10 })).toBe(true);
    expect(isReached({ progress: 9, target: 10 })).toBe(false);
  });
});

describe('progressLabel', () => {
  it('says how far along the user is in words', () => {
    expect(progressLabel(count('focus_complete', 10), { progress: 7, target: 10 })).toBe('7/10 focus sessions');
    expect(progressLabel(count('book_complete', 1), { progress: 0, target: 1 })).toBe('0/1 book');
    expect(progressLabel(count('focus_complete', 1, 3600), { progress: 0, target: 1 })).toBe(
      '0/1 focus session of 60+ minutes',
    );
    expect(
      progressLabel(
        { trigger_type: 'streak', trigger_config: { streak_type: 'daily', days: 7 } },
        { progress: 4, target: 7 },
      ),
    ).toBe('4/7 days in a row');
    expect(progressLabel({ trigger_type: 'level', trigger_config: { level: 5 } }, { progress: 3, target: 5 })).toBe(
      'Level 3/5',
    );
    expect(
      progressLabel(
        { trigger_type: 'total', trigger_config: { metric: 'pages_read', amount: 1000 } },
        { progress: 120, target: 1000 },
      ),
    ).toBe('120/1000 pages read');
  });
});

describe('nearest', () => {
  it('picks the highest share done, then the least left, then catalogue order', () => {
    const a = { id: 'a', progress: 1, target: 10, sort_order: 1 };
    const b = { id: 'b', progress: 5, target: 10, sort_order: 2 };
    const c = { id: 'c', progress: 1, target: 2, sort_order: 3 };
    const d = { id: 'd', progress: 0, target: 1, sort_order: 5 };
    const e = { id: 'e', progress: 0, target: 1, sort_order: 4 };
    expect(nearest([a, b])?.id).toBe('b');
    expect(nearest([a, b, c])?.id).toBe('c');
    expect(nearest([a, d])?.id).toBe('a');
    expect(nearest([d, e])?.id).toBe('e');
    expect(nearest([])).toBeNull();
    // Everyone starts at level 1: level 1 of 5 is no nearer than a first session not yet done.
    const level = { id: 'level', progress: 1, target: 5, start: 1, sort_order: 0 };
    expect(nearest([level, e])?.id).toBe('e');
  });
});
