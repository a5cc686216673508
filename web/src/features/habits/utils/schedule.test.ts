import { describe, expect, it } from 'vitest';
import { validateHabit } from '../components/habit-form';
import { heatDays, heatLevel } from './heat';
import { describeSchedule } from './schedule';

const base = { schedule_days: [], times_per_week: null, target_count: 1 };

describe('describeSchedule', () => {
  it('names the common schedules in words', () => {
    expect(describeSchedule({ ...base, schedule_type: 'daily' })).toBe('Every day');
    expect(describeSchedule({ ...base, schedule_type: 'weekdays', schedule_days: [5, 1, 2, 3, 4] })).toBe('Weekdays');
    expect(describeSchedule({ ...base, schedule_type: 'weekdays', schedule_days: [7, 6] })).toBe('Weekends');
    expect(describeSchedule({ ...base, schedule_type: 'weekdays', schedule_days: [1, 3, 5] })).toBe('Mon, Wed, Fri');
    expect(describeSchedule({ ...base, schedule_type: 'times_per_week', times_per_week: 1 })).toBe('Once a week');
    expect(describeSchedule({ ...base, schedule_type: 'times_per_week', times_per_week: 3 })).toBe('3 times a week');
  });

  it('adds the daily target when it is more than one', () => {
    expect(describeSchedule({ ...base, schedule_type: 'daily', target_count: 8 })).toBe('Every day · 8 a day');
  });
});

describe('heat-map days', () => {
  it('shades partial days lighter and completed days darkest', () => {
    expect(heatLevel(0, 3)).toBe(0);
    expect(heatLevel(1, 4)).toBe(1);
    expect(heatLevel(2, 4)).toBe(2);
    expect(heatLevel(3, 4)).toBe(3);
    expect(heatLevel(1, 1)).toBe(4);
    const { map, done } = heatDays([
      { date: '2026-05-01', count: 1, target: 1, completed: true, skipped: false },
      { date: '2026-05-02', count: 2, target: 3, completed: false, skipped: false },
      { date: '2026-05-03', count: 0, target: 1, completed: false, skipped: true },
    ]);
    expect(done).toBe(1);
    expect(map.get('2026-05-01')).toEqual({ level: 4, skipped: false, text: 'done' });
    expect(map.get('2026-05-02')).toEqual({ level: 3, skipped: false, text: '2 of 3' });
    expect(map.get('2026-05-03')?.skipped).toBe(true);
  });
});

describe('validateHabit', () => {
  const draft = {
    name: ' Read ',
    description: '',
    schedule_type: 'daily' as const,
    schedule_days: [3, 1],
    times_per_week: '3',
    target_count: '1',
  };

  it('sends only the fields of the chosen schedule', () => {
    expect(validateHabit(draft)).toEqual({
      value: {
        name: 'Read',
        description: null,
        schedule_type: 'daily',
        schedule_days: [],
        times_per_week: null,
        target_count: 1,
      },
    });
    expect(validateHabit({ ...draft, schedule_type: 'weekdays' })).toMatchObject({ value: { schedule_days: [1, 3] } });
    expect(validateHabit({ ...draft, schedule_type: 'times_per_week' })).toMatchObject({
      value: { times_per_week: 3 },
    });
  });

  it('explains what is missing', () => {
    expect(validateHabit({ ...draft, name: '  ' })).toEqual({ errors: { name: 'Give the habit a name.' } });
    expect(validateHabit({ ...draft, schedule_type: 'weekdays', schedule_days: [] })).toEqual({
      errors: { schedule_days: 'Pick at least one day.' },
    });
    expect(validateHabit({ ...draft, target_count: '0' })).toEqual({
      errors: { target_count: 'Enter a number from 1 to 100.' },
    });
    expect(validateHabit({ ...draft, schedule_type: 'times_per_week', times_per_week: '8' })).toEqual({
      errors: { times_per_week: 'Enter a number from 1 to 7.' },
    });
  });
});
