/**
 * Musical key from chroma, after Krumhansl and Schmuckler (C. L. Krumhansl, "Cognitive
 * Foundations of Musical Pitch", 1990, ch. 4): the track's mean chroma is correlated (Pearson)
 * with the 24 key profiles, the major and minor probe-tone ratings of Krumhansl and Kessler
 * (1982) rotated to each tonic, and the best-matching key wins. A key's confidence is its
 * correlation, clamped to 0 … 1, so the runner-up's can be compared with it.
 */

export interface KeyResult {
  key: string;
  confidence: number;
  runnerUp: { key: string; confidence: number };
}

/** Tonic names as keys are usually spelt (E♭ major and C♯ minor, not D♯ major or D♭ minor), C = 0 … B = 11. */
export const MAJOR_TONICS = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'] as const;
export const MINOR_TONICS = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'G#', 'A', 'Bb', 'B'] as const;

/** Krumhansl–Kessler probe-tone profiles, tonic first. */
const MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];

/**
 * Below this spread of the mean chroma (standard deviation over mean) it is taken as having no
 * tonal content: noise spreads evenly over the pitch classes, any pitch stands out.
 */
export const MIN_CHROMA_SPREAD = 0.15;

/** Pearson correlation of two 12-vectors. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < 12; i++) {
    ma += a[i]! / 12;
    mb += b[i]! / 12;
  }
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < 12; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Each of the 24 keys with its correlation, best first. */
export function keyCorrelations(meanChroma: ArrayLike<number>): { key: string; r: number }[] {
  const out: { key: string; r: number }[] = [];
  for (let tonic = 0; tonic < 12; tonic++) {
    for (const [name, profile] of [
      [`${MAJOR_TONICS[tonic]} major`, MAJOR],
      [`${MINOR_TONICS[tonic]} minor`, MINOR],
    ] as const) {
      const rotated = Array.from({ length: 12 }, (_, pc) => profile[(pc - tonic + 12) % 12]!);
      out.push({ key: name, r: correlation(meanChroma, rotated) });
    }
  }
  return out.sort((a, b) => b.r - a.r);
}

/** The key of `frameCount` frames of chroma (12 per frame), or null when there is no tonal content. */
export function estimateKey(chroma: Float32Array, frameCount: number): KeyResult | null {
  const mean = new Float64Array(12);
  for (let f = 0; f < frameCount; f++) for (let c = 0; c < 12; c++) mean[c] = mean[c]! + (chroma[f * 12 + c] ?? 0);
  let sum = 0;
  for (const v of mean) sum += v;
  if (!(sum > 1e-6 * Math.max(1, frameCount))) return null;
  const avg = sum / 12;
  let variance = 0;
  for (const v of mean) variance += (v - avg) ** 2 / 12;
  if (Math.sqrt(variance) / avg < MIN_CHROMA_SPREAD) return null;
  const [first, second] = keyCorrelations(mean);
  const clamp = (r: number) => Math.min(1, Math.max(0, r));
  return {
    key: first!.key,
    confidence: clamp(first!.r),
    runnerUp: { key: second!.key, confidence: clamp(second!.r) },
  };
}
