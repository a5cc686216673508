import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelFor, levelInfo, xpForLevel, xpToAdvance } from './levels';

describe('xpToAdvance', () => {
  it('costs floor(100 × L^1.5) from level L to L+1', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 100].map(xpToAdvance)).toEqual([100, 282, 519, 800, 1118, 2700, 3162, 100_000]);
  });

  it('refuses levels below 1 and fractions', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => xpToAdvance(bad)).toThrow(RangeError);
  });
});

describe('levelInfo', () => {
  it('starts at level 1 with nothing earned', () => {
    expect(levelInfo(0)).toEqual({ level: 1, xp_into_level: 0, xp_for_next_level: 100, progress_percent: 0 });
  });

  it('moves up exactly at each threshold', () => {
    expect(levelInfo(99)).toEqual({ level: 1, xp_into_level: 99, xp_for_next_level: 100, progress_percent: 99 });
    expect(levelInfo(100)).toEqual({ level: 2, xp_into_level: 0, xp_for_next_level: 282, progress_percent: 0 });
    expect(levelInfo(381).level).toBe(2);
    expect(levelInfo(382)).toEqual({ level: 3, xp_into_level: 0, xp_for_next_level: 519, progress_percent: 0 });
    expect(levelInfo(382 + 519 + 400)).toMatchObject({ level: 4, xp_into_level: 400, progress_percent: 50 });
  });

  it('refuses negative and fractional XP', () => {
    for (const bad of [-1, 0.5, Number.POSITIVE_INFINITY]) expect(() => levelInfo(bad)).toThrow(RangeError);
  });

  it('reaches far levels', () => {
    expect(levelFor(xpForLevel(500))).toBe(500);
    expect(levelFor(xpForLevel(500) - 1)).toBe(499);
  });

  const xp = fc.integer({ min: 0, max: 50_000_000 });

  it('is monotonic: more XP never means a lower level', () => {
    fc.assert(fc.property(xp, xp, (a, b) => (a <= b ? levelFor(a) <= levelFor(b) : levelFor(a) >= levelFor(b))));
  });

  it('places the XP inside its level', () => {
    fc.assert(
      fc.property(xp, (total) => {
        const info = levelInfo(total);
        expect(xpForLevel(info.level)).toBeLessThanOrEqual(total);
        expect(total).toBeLessThan(xpForLevel(info.level + 1));
        expect(info.xp_into_level).toBe(total - xpForLevel(info.level));
        expect(info.xp_for_next_level).toBe(xpForLevel(info.level + 1) - xpForLevel(info.level));
        expect(info.progress_percent).toBeGreaterThanOrEqual(0);
        expect(info.progress_percent).toBeLessThanOrEqual(99);
      }),
    );
  });

  it('sums the steps: the start of level L is the cost of every level before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (level) => {
        let sum = 0;
        for (let l = 1; l < level; l++) sum += xpToAdvance(l);
        expect(xpForLevel(level)).toBe(sum);
      }),
      { numRuns: 50 },
    );
  });
});
