/**
 * A mel filter bank that shares out the power of each FFT bin between the two mel bands whose
 * triangles cover it (weights summing to one), so the bands partition the power between their
 * outer edges: a band's value is the mean-square level of the audio in it. Mel scale as in the
 * HTK book (Young et al., "The HTK Book", §5.4): mel(f) = 2595 · log10(1 + f / 700).
 */

/** Hz → mel (HTK). */
export const hzToMel = (hz: number): number => 2595 * Math.log10(1 + hz / 700);
/** mel → Hz (HTK). */
export const melToHz = (mel: number): number => 700 * (10 ** (mel / 2595) - 1);

/** The band layout: the same at every sample rate, so tracks of different rates compare. */
export const MEL_BANDS = 64;
export const MEL_LOW_HZ = 20;
export const MEL_HIGH_HZ = 20_000;

/** Band `b`'s centre frequency, for b in 0 … MEL_BANDS − 1. */
export function melCentresHz(count = MEL_BANDS, lowHz = MEL_LOW_HZ, highHz = MEL_HIGH_HZ): number[] {
  const lo = hzToMel(lowHz);
  const step = (hzToMel(highHz) - lo) / (count + 1);
  return Array.from({ length: count }, (_, b) => melToHz(lo + (b + 1) * step));
}

/** Per FFT bin: the two bands it feeds (−1 for none) and the weight of each. */
export interface MelWeights {
  count: number;
  bandA: Int16Array;
  weightA: Float32Array;
  bandB: Int16Array;
  weightB: Float32Array;
}

/** The weights for an FFT of `fftSize` points at `sampleRate`, bins 0 … fftSize / 2. */
export function melWeights(fftSize: number, sampleRate: number, count = MEL_BANDS): MelWeights {
  const bins = fftSize / 2 + 1;
  const centres = melCentresHz(count);
  const lo = hzToMel(MEL_LOW_HZ);
  const step = (hzToMel(MEL_HIGH_HZ) - lo) / (count + 1);
  const edges = [MEL_LOW_HZ, ...centres, MEL_HIGH_HZ];
  const w: MelWeights = {
    count,
    bandA: new Int16Array(bins).fill(-1),
    weightA: new Float32Array(bins),
    bandB: new Int16Array(bins).fill(-1),
    weightB: new Float32Array(bins),
  };
  for (let k = 0; k < bins; k++) {
    const hz = (k * sampleRate) / fftSize;
    if (hz < MEL_LOW_HZ || hz > MEL_HIGH_HZ) continue;
    // Edge index i with edges[i] ≤ hz < edges[i + 1]; edges[i] is band i − 1's centre.
    let i = Math.min(count, Math.max(0, Math.floor((hzToMel(hz) - lo) / step)));
    while (i > 0 && (edges[i] as number) > hz) i--;
    while (i < count && (edges[i + 1] as number) <= hz) i++;
    const left = edges[i] as number;
    const right = edges[i + 1] as number;
    const t = (hz - left) / (right - left);
    // The lower band (centre at `left`) fades out, the upper (centre at `right`) fades in.
    if (i >= 1) {
      w.bandA[k] = i - 1;
      w.weightA[k] = 1 - t;
    }
    if (i < count) {
      w.bandB[k] = i;
      w.weightB[k] = t;
    }
  }
  return w;
}
