import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGoalBody } from '#common/contracts/goals';
import { createHabitBody } from '#common/contracts/habits';
import { maxLengthOf, maxOf, minOf } from './limits';

describe('form limits read from the contracts', () => {
  it('finds a string limit through trim, nullable, optional and default', () => {
    expect(maxLengthOf(createGoalBody.shape.description)).toBe(5000);
    expect(maxLengthOf(createGoalBody.shape.title)).toBe(200);
    expect(maxLengthOf(z.email().max(254).optional())).toBe(254);
    expect(maxLengthOf(z.string().max(9).default('x'))).toBe(9);
    expect(maxLengthOf(z.string().max(12).pipe(z.string()))).toBe(12);
  });

  it('finds the bounds of a number, also in a refined object', () => {
    expect(minOf(createHabitBody.shape.target_count)).toBe(1);
    expect(maxOf(createHabitBody.shape.target_count)).toBe(100);
    expect(maxOf(createHabitBody.shape.times_per_week)).toBe(7);
  });

  it('refuses a schema without the limit asked for', () => {
    expect(() => maxLengthOf(z.string())).toThrow('no maximum length');
    expect(() => maxOf(z.number().min(1))).toThrow('no maximum');
  });
});
