import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalStatuses } from '../enums';
import { goalProgress, statusAfterMilestone } from './goals';

describe('goalProgress', () => {
  it('is 0 without milestones', () => {
    expect(goalProgress({ total: 0, completed: 0 })).toBe(0);
  });

  it('rounds down, so 100 means every milestone is done', () => {
    expect(goalProgress({ total: 3, completed: 1 })).toBe(33);
    expect(goalProgress({ total: 3, completed: 2 })).toBe(66);
    expect(goalProgress({ total: 3, completed: 3 })).toBe(100);
    expect(goalProgress({ total: 200, completed: 199 })).toBe(99);
  });

  it('stays within 0–100 and grows with each completed milestone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), (total, n) => {
        const completed = n % total;
        const p = goalProgress({ total, completed });
        const next = goalProgress({ total, completed: completed + 1 });
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(100);
        expect(next).toBeGreaterThanOrEqual(p);
        expect(next === 100).toBe(completed + 1 === total);
      }),
    );
  });

  it('refuses impossible counts', () => {
    expect(() => goalProgress({ total: 2, completed: 3 })).toThrow(RangeError);
    expect(() => goalProgress({ total: -1, completed: 0 })).toThrow(RangeError);
    expect(() => goalProgress({ total: 2.5, completed: 1 })).toThrow(RangeError);
  });
});

describe('statusAfterMilestone', () => {
  const allDone = { total: 3, completed: 3 };
  const someOpen = { total: 3, completed: 2 };

  it('completes an active or paused goal when its last open milestone completes', () => {
    expect(statusAfterMilestone('active', 'complete', allDone)).toBe('completed');
    expect(statusAfterMilestone('paused', 'complete', allDone)).toBe('completed');
  });

  it('leaves the status alone while a milestone is still open', () => {
    for (const status of goalStatuses) expect(statusAfterMilestone(status, 'complete', someOpen)).toBe(status);
  });

  it('never revives an abandoned goal and keeps a completed one completed', () => {
    expect(statusAfterMilestone('abandoned', 'complete', allDone)).toBe('abandoned');
    expect(statusAfterMilestone('completed', 'complete', allDone)).toBe('completed');
    expect(statusAfterMilestone('abandoned', 'uncomplete', someOpen)).toBe('abandoned');
  });

  it('reopens a completed goal when one of its milestones reopens', () => {
    expect(statusAfterMilestone('completed', 'uncomplete', someOpen)).toBe('active');
    expect(statusAfterMilestone('active', 'uncomplete', someOpen)).toBe('active');
    expect(statusAfterMilestone('paused', 'uncomplete', someOpen)).toBe('paused');
  });
});
