import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityEventTypes } from '../enums';
import { applyBoost, defaultReward, fact, REWARDS, skillLevel, skillStars } from './rewards';

const focus = (minutes: number, mode = 'focus') =>
  defaultReward('focus_complete', { mode, focused_seconds: minutes * 60 });

describe('defaultReward', () => {
  it('pays focus 1 XP per focused minute and 1 coin per 5 minutes, at least 5 XP and 1 coin', () => {
    expect(focus(25)).toEqual({ xp: 25, coins: 5 });
    expect(focus(52)).toEqual({ xp: 52, coins: 10 });
    expect(focus(3)).toEqual({ xp: 5, coins: 1 });
    expect(focus(0)).toEqual({ xp: 5, coins: 1 });
    // Seconds short of a minute do not count.
    expect(defaultReward('focus_complete', { mode: 'focus', focused_seconds: 599 })).toEqual({ xp: 9, coins: 1 });
  });

  it('pays breaks their fixed reward', () => {
    expect(focus(5, 'short_break')).toEqual({ xp: 2, coins: 0 });
    expect(focus(15, 'long_break')).toEqual({ xp: 3, coins: 1 });
  });

  it('pays a habit 5 XP and 1 coin, with the streak as bonus XP at 7, 14, 30, 60, 100 and 365', () => {
    expect(defaultReward('habit_complete', { streak: 1 })).toEqual({ xp: 5, coins: 1 });
    expect(defaultReward('habit_complete', { streak: 6 })).toEqual({ xp: 5, coins: 1 });
    for (const s of [7, 14, 30, 60, 100, 365]) {
      expect(defaultReward('habit_complete', { streak: s })).toEqual({ xp: 5 + s, coins: 1 });
    }
    expect(defaultReward('habit_complete', { streak: 8 })).toEqual({ xp: 5, coins: 1 });
    expect(defaultReward('habit_complete', {})).toEqual({ xp: 5, coins: 1 });
  });

  it('pays goals, milestones, records, reviews and plan items their fixed rewards', () => {
    expect(defaultReward('goal_milestone_complete')).toEqual({ xp: 10, coins: 0 });
    expect(defaultReward('goal_complete')).toEqual({ xp: 50, coins: 20 });
    expect(defaultReward('personal_record')).toEqual({ xp: 25, coins: 0 });
    expect(defaultReward('review_session')).toEqual({ xp: 15, coins: 0 });
    expect(defaultReward('plan_item_complete')).toEqual({ xp: 2, coins: 0 });
  });

  it('pays personal quests by difficulty', () => {
    const by = (difficulty: string) => defaultReward('quest_complete', { difficulty });
    expect(by('starter')).toEqual({ xp: 10, coins: 5 });
    expect(by('easy')).toEqual({ xp: 25, coins: 10 });
    expect(by('medium')).toEqual({ xp: 50, coins: 25 });
    expect(by('hard')).toEqual({ xp: 100, coins: 50 });
    expect(by('epic')).toEqual({ xp: 250, coins: 100 });
    expect(by('toString')).toEqual({ xp: 10, coins: 5 });
  });

  it('pays a workout 1 XP a minute up to 120 and 1 coin per 5 sets, at least 1', () => {
    expect(defaultReward('workout_complete', { minutes: 45, sets: 12 })).toEqual({ xp: 45, coins: 2 });
    expect(defaultReward('workout_complete', { minutes: 200, sets: 30 })).toEqual({ xp: 120, coins: 6 });
    expect(defaultReward('workout_complete', { minutes: 20, sets: 0 })).toEqual({ xp: 20, coins: 1 });
  });

  it('pays reading 1 XP per 5 pages (at least 1) and 1 coin per 10 pages', () => {
    expect(defaultReward('reading_session', { pages: 42, minutes: 30 })).toEqual({ xp: 8, coins: 4 });
    expect(defaultReward('reading_session', { pages: 3 })).toEqual({ xp: 1, coins: 0 });
  });

  it('pays a drill its full reward at 80, half at 60, else 1 XP', () => {
    const drill = (score: number) => defaultReward('drill_complete', { score, xp_reward: 20, coin_reward: 5 });
    expect(drill(100)).toEqual({ xp: 20, coins: 5 });
    expect(drill(80)).toEqual({ xp: 20, coins: 5 });
    expect(drill(79)).toEqual({ xp: 10, coins: 2 });
    expect(drill(60)).toEqual({ xp: 10, coins: 2 });
    expect(drill(59)).toEqual({ xp: 1, coins: 0 });
    expect(defaultReward('drill_complete', { score: 90 })).toEqual({
      xp: REWARDS.drill.xp,
      coins: REWARDS.drill.coins,
    });
  });

  it("pays a lesson its own reward, else the lessons' default", () => {
    expect(defaultReward('lesson_complete', { xp_reward: 40, coin_reward: 0 })).toEqual({ xp: 40, coins: 0 });
    expect(defaultReward('lesson_complete')).toEqual({ xp: 15, coins: 5 });
  });

  it('ignores malformed facts rather than paying for them', () => {
    expect(defaultReward('reading_session', { pages: '500' })).toEqual({ xp: 1, coins: 0 });
    expect(defaultReward('reading_session', { pages: -50 })).toEqual({ xp: 1, coins: 0 });
    expect(defaultReward('workout_complete', { minutes: Number.POSITIVE_INFINITY })).toEqual({ xp: 0, coins: 1 });
    expect(fact({ n: 3.9 }, 'n')).toBe(3);
  });

  it('pays every event type whole, non-negative amounts', () => {
    const data = fc.dictionary(
      fc.constantFrom('mode', 'focused_seconds', 'streak', 'minutes', 'sets', 'pages', 'score', 'difficulty'),
      fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.string(), fc.double()),
    );
    fc.assert(
      fc.property(fc.constantFrom(...activityEventTypes), data, (type, d) => {
        const r = defaultReward(type, d);
        expect(Number.isInteger(r.xp) && r.xp >= 0).toBe(true);
        expect(Number.isInteger(r.coins) && r.coins >= 0).toBe(true);
      }),
    );
  });

  it('never pays less focus reward for more focused minutes', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.nat(600), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(focus(lo).xp).toBeLessThanOrEqual(focus(hi).xp);
        expect(focus(lo).coins).toBeLessThanOrEqual(focus(hi).coins);
      }),
    );
  });
});

describe('applyBoost', () => {
  it('multiplies XP only, rounding half up', () => {
    expect(applyBoost({ xp: 25, coins: 5 }, 1.5)).toEqual({ xp: 38, coins: 5 });
    expect(applyBoost({ xp: 10, coins: 2 }, 2)).toEqual({ xp: 20, coins: 2 });
    expect(applyBoost({ xp: 10, coins: 2 }, 1)).toEqual({ xp: 10, coins: 2 });
  });

  it('never lowers XP nor touches coins', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(1000), fc.double({ min: 0, max: 5, noNaN: true }), (xp, coins, m) => {
        const r = applyBoost({ xp, coins }, m);
        expect(r.coins).toBe(coins);
        expect(r.xp).toBeGreaterThanOrEqual(xp);
      }),
    );
  });
});

describe('skillStars', () => {
  it('trains the skill of the activity', () => {
    expect(skillStars('focus_complete', { mode: 'focus', focused_seconds: 25 * 60 })).toEqual({
      skill: 'focus',
      stars: 1,
    });
    expect(skillStars('focus_complete', { mode: 'focus', focused_seconds: 95 * 60 })).toEqual({
      skill: 'focus',
      stars: 3,
    });
    expect(skillStars('focus_complete', { mode: 'short_break', focused_seconds: 300 })).toBeNull();
    expect(skillStars('habit_complete')?.skill).toBe('discipline');
    expect(skillStars('workout_complete', { sets: 10 })?.skill).toBe('strength');
    expect(skillStars('workout_complete', { minutes: 30 })?.skill).toBe('endurance');
    expect(skillStars('reading_session')?.skill).toBe('knowledge');
    expect(skillStars('lesson_complete')?.skill).toBe('knowledge');
    expect(skillStars('drill_complete')?.skill).toBe('creativity');
    expect(skillStars('track_analyzed')?.skill).toBe('creativity');
    expect(skillStars('daily_login')).toBeNull();
  });

  it('grants at least one star for every event type except visits and breaks', () => {
    for (const type of activityEventTypes) {
      const s = skillStars(type, { mode: 'focus' });
      if (type === 'daily_login') expect(s).toBeNull();
      else expect(s?.stars).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('skillLevel', () => {
  it('is a level per 10 stars, capped at 100', () => {
    expect(skillLevel(0)).toBe(0);
    expect(skillLevel(9)).toBe(0);
    expect(skillLevel(10)).toBe(1);
    expect(skillLevel(999)).toBe(99);
    expect(skillLevel(5000)).toBe(100);
    expect(skillLevel(-3)).toBe(0);
  });
});
