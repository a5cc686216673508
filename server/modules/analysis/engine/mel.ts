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

/**
 * Per FFT bin in [firstBin, lastBin]: the lower of the two bands it feeds (−1 when only band 0)
 * and the share that goes to the band above it (`lower + 1`, absent when `lower` is the last);
 * the lower band takes the rest.
 */
export interface MelWeights {
  count: number;
  firstBin: number;
  lastBin: number;
  lower: Int16Array;
  upperShare: Float32Array;
}

/** The weights for an FFT of `fftSize` points at `sampleRate`, bins 0 … fftSize / 2. */
export function melWeights(fftSize: number, sampleRate: number, count = MEL_BANDS): MelWeights {
  const bins = fftSize / 2 + 1;
  const edges = [MEL_LOW_HZ, ...melCentresHz(count), MEL_HIGH_HZ];
  const w: MelWeights = {
    count,
    firstBin: bins,
    lastBin: -1,
    lower: new Int16Array(bins),
    upperShare: new Float32Array(bins),
  };
  let i = 0;
  for (let k = 0; k < bins; k++) {
    const hz = (k * sampleRate) / fftSize;
    if (hz < MEL_LOW_HZ || hz >= MEL_HIGH_HZ) continue;
    // Edge i with edges[i] ≤ hz < edges[i + 1]; edges[i] is band i − 1's centre.
    while ((edges[i + 1] as number) <= hz) i++;
    const left = edges[i] as number;
    const right = edges[i + 1] as number;
    w.lower[k] = i - 1;
    w.upperShare[k] = (hz - left) / (right - left);
    w.firstBin = Math.min(w.firstBin, k);
    w.lastBin = k;
  }
  return w;
}
