import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalQuestStatuses, questDifficulties, questPeriods } from '../enums';
import { addDays } from '../time/day';
import {
  liveStreak,
  nextStatus,
  periodOfDay,
  previousPeriodOfDay,
  type QuestAction,
  type QuestStreak,
  questReward,
  streakAfterCompletion,
} from './quests';
import { REWARDS } from './rewards';

describe('questReward', () => {
  it('follows the difficulty table', () => {
    expect(questReward('starter')).toEqual({ xp: 10, coins: 5 });
    expect(questReward('easy')).toEqual({ xp: 25, coins: 10 });
    expect(questReward('medium')).toEqual({ xp: 50, coins: 25 });
    expect(questReward('hard')).toEqual({ xp: 100, coins: 50 });
    expect(questReward('epic')).toEqual({ xp: 250, coins: 100 });
  });

  it('hands out a copy, never the table itself', () => {
    for (const d of questDifficulties) {
      const r = questReward(d);
      r.xp = 0;
      expect(REWARDS.quest[d].xp).toBeGreaterThan(0);
    }
  });
});

describe('nextStatus', () => {
  const allowed: Record<string, string> = {
    'active accept': 'accepted',
    'accepted complete': 'completed',
    'active abandon': 'abandoned',
    'accepted abandon': 'abandoned',
  };

  it('allows exactly active → accepted → completed and active|accepted → abandoned', () => {
    for (const status of personalQuestStatuses) {
      for (const action of ['accept', 'complete', 'abandon'] as QuestAction[]) {
        expect(nextStatus(status, action), `${status} ${action}`).toBe(allowed[`${status} ${action}`] ?? null);
      }
    }
  });
});

describe('periods', () => {
  it('names the period of a day and the one before', () => {
    expect(periodOfDay('daily', '2026-03-01')).toBe('2026-03-01');
    expect(previousPeriodOfDay('daily', '2026-03-01')).toBe('2026-02-28');
    expect(periodOfDay('weekly', '2026-01-01')).toBe('2026-W01');
    expect(previousPeriodOfDay('weekly', '2026-01-01')).toBe('2025-W52');
    expect(previousPeriodOfDay('weekly', '2021-01-10')).toBe('2020-W53');
    expect(periodOfDay('monthly', '2026-01-31')).toBe('2026-01');
    expect(previousPeriodOfDay('monthly', '2026-01-31')).toBe('2025-12');
    expect(previousPeriodOfDay('monthly', '2024-03-31')).toBe('2024-02');
  });

  it('puts the previous period right before this one, for every day of several years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.constantFrom(...questPeriods), (n, period) => {
        const day = addDays('2020-01-01', n);
        const prev = previousPeriodOfDay(period, day);
        expect(prev < periodOfDay(period, day)).toBe(true);
        // Walking back day by day, the first other period met is the previous one.
        let d = day;
        while (periodOfDay(period, d) === periodOfDay(period, day)) d = addDays(d, -1);
        expect(periodOfDay(period, d)).toBe(prev);
      }),
    );
  });
});

describe('streaks', () => {
  const none: QuestStreak = { streak_count: 0, longest_streak: 0, last_completed_period: null };

  it('counts consecutive completed periods and starts over after a gap', () => {
    let s = streakAfterCompletion(none, 'daily', '2026-01-15');
    expect(s).toEqual({ streak_count: 1, longest_streak: 1, last_completed_period: '2026-01-15' });
    s = streakAfterCompletion(s, 'daily', '2026-01-16');
    s = streakAfterCompletion(s, 'daily', '2026-01-17');
    expect(s).toMatchObject({ streak_count: 3, longest_streak: 3 });
    s = streakAfterCompletion(s, 'daily', '2026-01-19');
    expect(s).toEqual({ streak_count: 1, longest_streak: 3, last_completed_period: '2026-01-19' });
  });

  it('does not count a second completion in the same period', () => {
    const s = streakAfterCompletion(none, 'weekly', '2026-01-12');
    expect(streakAfterCompletion(s, 'weekly', '2026-01-18')).toBe(s);
  });

  it('keeps weekly and monthly streaks across year ends', () => {
    const w = streakAfterCompletion(streakAfterCompletion(none, 'weekly', '2025-12-28'), 'weekly', '2026-01-01');
    expect(w).toMatchObject({ streak_count: 2, last_completed_period: '2026-W01' });
    const m = streakAfterCompletion(streakAfterCompletion(none, 'monthly', '2025-12-31'), 'monthly', '2026-01-01');
    expect(m).toMatchObject({ streak_count: 2, last_completed_period: '2026-01' });
  });

  it('reads as alive through the next period and as 0 after a missed one', () => {
    const s: QuestStreak = { streak_count: 4, longest_streak: 6, last_completed_period: '2026-01-15' };
    expect(liveStreak(s, 'daily', '2026-01-15')).toBe(4);
    expect(liveStreak(s, 'daily', '2026-01-16')).toBe(4);
    expect(liveStreak(s, 'daily', '2026-01-17')).toBe(0);
    expect(liveStreak(none, 'daily', '2026-01-17')).toBe(0);
  });
});
