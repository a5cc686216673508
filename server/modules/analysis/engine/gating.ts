/**
 * The gated summaries of loudness: integrated loudness (ITU-R BS.1770-4 §5.1, 2.5) and loudness
 * range (EBU Tech 3342). Both take mean squares of K-weighted audio, already weighted and summed
 * over channels, one per window.
 */

/** BS.1770-4's absolute gate, for blocks and short-term windows alike. */
export const ABSOLUTE_GATE_LUFS = -70;
/** Integrated loudness keeps blocks above its own level less this much (BS.1770-4). */
export const INTEGRATED_RELATIVE_GATE_LU = -10;
/** Loudness range keeps windows above their own level less this much (Tech 3342). */
export const RANGE_RELATIVE_GATE_LU = -20;

/** Loudness (LUFS) of a channel-weighted sum of mean squares of K-weighted audio. */
export function loudnessOf(power: number): number {
  return -0.691 + 10 * Math.log10(power);
}

/** The mean square whose loudness is `lufs`. */
export function powerOf(lufs: number): number {
  return 10 ** ((lufs + 0.691) / 10);
}

/** The mean of the powers above `threshold`, with their count. */
function meanAbove(powers: ArrayLike<number>, threshold: number): { mean: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < powers.length; i++) {
    const p = powers[i] as number;
    if (p > threshold) {
      sum += p;
      count++;
    }
  }
  return { mean: count > 0 ? sum / count : 0, count };
}

/**
 * Integrated loudness from the powers of the 400 ms gating blocks (75 % overlap): blocks at or
 * below −70 LUFS are dropped, then those at or below the rest's loudness − 10 LU; the answer
 * is the loudness of the mean power of what remains. Null when no block passes the absolute
 * gate (silence, or a file shorter than one block).
 */
export function integratedLoudness(blockPowers: ArrayLike<number>): number | null {
  const absolute = powerOf(ABSOLUTE_GATE_LUFS);
  const first = meanAbove(blockPowers, absolute);
  if (first.count === 0) return null;
  const relative = powerOf(loudnessOf(first.mean) + INTEGRATED_RELATIVE_GATE_LU);
  const gated = meanAbove(blockPowers, Math.max(absolute, relative));
  return gated.count > 0 ? loudnessOf(gated.mean) : null;
}

/**
 * Loudness range (EBU Tech 3342) from the powers of the 3 s short-term windows, taken every
 * 100 ms: windows at or below −70 LUFS are dropped, then those at or below the rest's mean
 * power less 20 LU; the range is the 95th percentile of the remaining loudness values minus
 * the 10th (nearest rank on the sorted values, index round((n − 1)·p) as in Tech 3342's
 * reference code). Null when no window passes the gates (silence, or shorter than 3 s).
 */
export function loudnessRange(shortTermPowers: ArrayLike<number>): number | null {
  const absolute = powerOf(ABSOLUTE_GATE_LUFS);
  const first = meanAbove(shortTermPowers, absolute);
  if (first.count === 0) return null;
  const threshold = Math.max(absolute, powerOf(loudnessOf(first.mean) + RANGE_RELATIVE_GATE_LU));
  const kept: number[] = [];
  for (let i = 0; i < shortTermPowers.length; i++) {
    const p = shortTermPowers[i] as number;
    if (p > threshold) kept.push(loudnessOf(p));
  }
  if (kept.length === 0) return null;
  kept.sort((a, b) => a - b);
  const at = (q: number) => kept[Math.round((kept.length - 1) * q)] as number;
  return at(0.95) - at(0.1);
}
