import { describe, expect, it } from 'vitest';
import { activityEventTypes } from '../enums';
import {
  countsForDailyStreak,
  durationSeconds,
  metricContributions,
  questContributions,
  streakTypeOf,
} from './activity';

describe('streakTypeOf', () => {
  it('maps each activity to the streak of its kind', () => {
    expect(streakTypeOf('focus_complete', { mode: 'focus' })).toBe('focus');
    expect(streakTypeOf('focus_complete', { mode: 'short_break' })).toBeNull();
    expect(streakTypeOf('habit_complete')).toBe('habit');
    expect(streakTypeOf('workout_complete')).toBe('workout');
    expect(streakTypeOf('reading_session')).toBe('reading');
    expect(streakTypeOf('book_complete')).toBe('reading');
    expect(streakTypeOf('lesson_complete')).toBe('learning');
    expect(streakTypeOf('drill_complete')).toBe('learning');
    expect(streakTypeOf('goal_complete')).toBeNull();
  });

  it('keeps the daily streak for everything but a visit', () => {
    for (const type of activityEventTypes) expect(countsForDailyStreak(type)).toBe(type !== 'daily_login');
  });
});

describe('questContributions', () => {
  it('adds what the event did to the matching quest targets', () => {
    expect(questContributions('focus_complete', { mode: 'focus', focused_seconds: 1500 })).toEqual({
      focus_minutes: 25,
    });
    expect(questContributions('focus_complete', { mode: 'long_break', focused_seconds: 900 })).toEqual({});
    expect(questContributions('habit_complete')).toEqual({ habits_completed: 1 });
    expect(questContributions('perfect_habit_day')).toEqual({ perfect_habit_days: 1 });
    expect(questContributions('workout_complete', { minutes: 40, sets: 12 })).toEqual({
      workouts_completed: 1,
      exercise_minutes: 40,
    });
    expect(questContributions('reading_session', { pages: 30, minutes: 45 })).toEqual({
      pages_read: 30,
      reading_minutes: 45,
    });
    expect(questContributions('lesson_complete')).toEqual({ lessons_completed: 1 });
    expect(questContributions('review_session')).toEqual({ reviews_done: 1 });
    expect(questContributions('daily_login')).toEqual({});
  });
});

describe('metricContributions and durationSeconds', () => {
  it('feeds the lifetime totals and event lengths achievements watch', () => {
    expect(metricContributions('focus_complete', { focused_seconds: 3000 })).toEqual({ focus_minutes: 50 });
    expect(metricContributions('workout_complete', { minutes: 30 })).toEqual({ exercise_minutes: 30 });
    expect(metricContributions('reading_session', { pages: 12, minutes: 20 })).toEqual({
      pages_read: 12,
      reading_minutes: 20,
    });
    expect(metricContributions('habit_complete')).toEqual({});
    expect(durationSeconds('focus_complete', { focused_seconds: 3600 })).toBe(3600);
    expect(durationSeconds('workout_complete', { minutes: 2 })).toBe(120);
    expect(durationSeconds('goal_complete')).toBe(0);
  });
});
