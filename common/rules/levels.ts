/**
 * Levels from lifetime XP (SPEC §5). Advancing from level L to L+1 costs floor(100 × L^1.5) XP:
 * 100, 282, 519, 800, 1118… Level 1 starts at 0 XP. Pure: the server and the web app share it.
 */

/** XP needed to go from `level` to `level + 1`. */
export function xpToAdvance(level: number): number {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`level must be an integer ≥ 1, not ${level}`);
  // L × √L is exact for perfect squares; elsewhere it is irrational and far from an integer.
  return Math.floor(100 * level * Math.sqrt(level));
}

/** Lifetime XP at which each level starts, grown on demand: thresholds[L - 1] starts level L. */
const thresholds: number[] = [0];

function ensureThresholdsPast(totalXp: number): void {
  let last = thresholds[thresholds.length - 1] as number;
  while (last <= totalXp) {
    last += xpToAdvance(thresholds.length);
    thresholds.push(last);
  }
}

/** Lifetime XP needed to reach `level`. */
export function xpForLevel(level: number): number {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`level must be an integer ≥ 1, not ${level}`);
  while (thresholds.length < level) ensureThresholdsPast(thresholds[thresholds.length - 1] as number);
  return thresholds[level - 1] as number;
}

export interface LevelInfo {
  level: number;
  /** XP earned since the current level started. */
  xp_into_level: number;
  /** XP the current level takes in all (from its start to the next level). */
  xp_for_next_level: number;
  /** Whole percent through the current level, 0–99. */
  progress_percent: number;
}

/** The level that `totalXp` lifetime XP gives, and how far into it the user is. */
export function levelInfo(totalXp: number): LevelInfo {
  if (!Number.isInteger(totalXp) || totalXp < 0) throw new RangeError(`totalXp must be an integer ≥ 0, not ${totalXp}`);
  ensureThresholdsPast(totalXp);
  // The largest level whose start is ≤ totalXp (binary search over the ascending starts).
  let lo = 0;
  let hi = thresholds.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((thresholds[mid] as number) <= totalXp) lo = mid;
    else hi = mid - 1;
  }
  const level = lo + 1;
  const xp_into_level = totalXp - (thresholds[lo] as number);
  const xp_for_next_level = xpToAdvance(level);
  return {
    level,
    xp_into_level,
    xp_for_next_level,
    progress_percent: Math.floor((xp_into_level * 100) / xp_for_next_level),
  };
}

export const levelFor = (totalXp: number): number => levelInfo(totalXp).level;
