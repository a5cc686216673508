/**
 * Tempo and beats from an onset-strength curve.
 *
 * 1. Periodicity: the autocorrelation of the onset curve (its local mean removed), read at a
 *    candidate beat period and its first multiples (a steady beat repeats at every multiple),
 *    for every tempo from MIN_BPM to MAX_BPM in 0.1 BPM steps, weighted by a broad preference
 *    for tempos near 120 BPM (log-Gaussian, one octave wide; Ellis 2007, §3.1).
 * 2. Half and double: a candidate and twice it are both periodic at the slower period, so the
 *    faster is taken whenever its own periodicity is at least DOUBLE_RATIO of the slower's,
 *    i.e. when onsets really fall half-way between the slower beats (a 174 BPM drum-and-bass
 *    track is 174, not 87; a 90 BPM click is 90, since nothing falls between its beats).
 * 3. Beats: dynamic programming over the curve with that period (D. P. W. Ellis, "Beat
 *    tracking by dynamic programming", J. New Music Research 36(1), 2007), each beat then moved
 *    to its onset peak, refined below one frame by fitting a parabola through the peak.
 * 4. The tempo itself: least-squares lines through the beat times against their beat numbers,
 *    so the error of single beats averages out (±0.5 BPM needs ~1 ms per beat at 174); only
 *    beats heard as onsets count, in runs a period apart.
 * 5. Downbeats: every fourth beat, starting from the beat of the bar (of four) whose onsets are
 *    strongest on average.
 */

export interface TempoResult {
  bpm: number | null;
  confidence: number;
  beatsMs: number[];
  downbeatsMs: number[];
}

export const MIN_BPM = 60;
export const MAX_BPM = 200;
/** The shortest curve given a tempo, seconds. */
export const MIN_TEMPO_SECONDS = 6;
/** Below this confidence there is no tempo (noise, a drone, speech). */
export const MIN_TEMPO_CONFIDENCE = 0.15;
const DOUBLE_RATIO = 0.8;
/** A beat counts as heard when its onset is at least this share of the median beat's. */
const HEARD_SHARE = 0.3;
const MULTIPLES = 4;
/** How strongly the beat tracker holds to the period (Ellis's "tightness"). */
const TIGHTNESS = 100;

/** No tempo (fresh arrays each time, so a caller may keep and change them). */
const none = (confidence = 0): TempoResult => ({ bpm: null, confidence, beatsMs: [], downbeatsMs: [] });

/** The curve minus its mean over ±`half` frames, scaled to unit standard deviation (null if flat). */
function detrended(onset: Float32Array, half: number): Float64Array | null {
  const n = onset.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + onset[i]!;
  const out = new Float64Array(n);
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(n, i + half + 1);
    out[i] = onset[i]! - (prefix[b]! - prefix[a]!) / (b - a);
    sq += out[i]! * out[i]!;
  }
  const sd = Math.sqrt(sq / n);
  if (!(sd > 1e-9)) return null;
  for (let i = 0; i < n; i++) out[i] = out[i]! / sd;
  return out;
}

/** Normalised autocorrelation for lags 0 … maxLag (each lag averaged over its overlap). */
function autocorrelation(x: Float64Array, maxLag: number): Float64Array {
  const n = x.length;
  const acf = new Float64Array(maxLag + 1);
  for (let lag = 0; lag <= maxLag; lag++) {
    let s = 0;
    for (let t = 0; t + lag < n; t++) s += x[t]! * x[t + lag]!;
    acf[lag] = s / (n - lag);
  }
  const zero = acf[0]!;
  for (let lag = 0; lag <= maxLag; lag++) acf[lag] = acf[lag]! / zero;
  return acf;
}

/** The autocorrelation at a fractional lag, by linear interpolation. */
function at(acf: Float64Array, lag: number): number {
  const i = Math.floor(lag);
  if (i + 1 >= acf.length) return acf[acf.length - 1]!;
  const t = lag - i;
  return acf[i]! * (1 - t) + acf[i + 1]! * t;
}

/** How periodic the curve is at `period` frames: the mean autocorrelation at its multiples. */
function periodicity(acf: Float64Array, period: number): number {
  const usable = Math.min(MULTIPLES, Math.floor((acf.length - 1) / period));
  if (usable < 2) return 0;
  let s = 0;
  for (let k = 1; k <= usable; k++) s += at(acf, k * period);
  return s / usable;
}

/** The tempo grid, MIN_BPM … MAX_BPM by 0.1. */
const GRID = Array.from({ length: (MAX_BPM - MIN_BPM) * 10 + 1 }, (_, i) => MIN_BPM + i / 10);

/** Reads the tempo, its confidence and the beats from `onset` (one value per frame). */
export function estimateTempo(onset: Float32Array, framesPerSecond: number): TempoResult {
  const n = onset.length;
  if (n < MIN_TEMPO_SECONDS * framesPerSecond) return none();
  const x = detrended(onset, Math.round(0.5 * framesPerSecond));
  if (!x) return none();
  const toPeriod = (bpm: number) => (60 * framesPerSecond) / bpm;
  const maxLag = Math.min(Math.ceil(MULTIPLES * toPeriod(MIN_BPM)) + 2, Math.floor(n / 2));
  const acf = autocorrelation(x, maxLag);

  const strength = GRID.map((bpm) => Math.max(0, periodicity(acf, toPeriod(bpm))));
  const prior = (bpm: number) => Math.exp(-0.5 * Math.log2(bpm / 120) ** 2);
  let best = 0;
  for (let i = 1; i < GRID.length; i++) {
    if (strength[i]! * prior(GRID[i]!) > strength[best]! * prior(GRID[best]!)) best = i;
  }
  // Half and double: move to twice the tempo while onsets fall between the beats.
  for (;;) {
    const twice = strongestNear(GRID, strength, 2 * GRID[best]!);
    if (twice < 0 || strength[twice]! < DOUBLE_RATIO * strength[best]!) break;
    best = twice;
  }
  const sorted = [...strength].sort((a, b) => a - b);
  const baseline = sorted[Math.floor(sorted.length / 2)]!;
  const confidence = clamp01((strength[best]! - baseline) / Math.max(1e-9, 1 - baseline));
  if (confidence < MIN_TEMPO_CONFIDENCE) return none(confidence);

  const period = toPeriod(GRID[best]!);
  const beatFrames = trackBeats(x, period);
  const beats = refineBeats(onset, beatFrames, period);
  if (beats.length < 4) return none(confidence);
  const { bpm, numbers } = fitTempo(beats, period, GRID[best]!);
  const toMs = (frame: number) => ((frame + 0.5) * 1000) / framesPerSecond;
  const beatsMs = beats.map((b) => toMs(b.at));
  const downbeatsMs = downbeats(onset, beats, numbers).map((b) => toMs(b.at));
  return { bpm, confidence, beatsMs, downbeatsMs };
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The grid index with the highest strength within ±2 % of `bpm`, or −1 if it is off the grid. */
function strongestNear(grid: number[], strength: number[], bpm: number): number {
  if (bpm > MAX_BPM * 1.02) return -1;
  let found = -1;
  for (let i = 0; i < grid.length; i++) {
    if (Math.abs(grid[i]! / bpm - 1) <= 0.02 && (found < 0 || strength[i]! > strength[found]!)) found = i;
  }
  return found;
}

/** Ellis's dynamic programme: the best chain of beats about `period` frames apart. */
function trackBeats(x: Float64Array, period: number): number[] {
  const n = x.length;
  // The curve smoothed by a Gaussian of period / 32, so a beat may sit near, not on, a peak.
  const sigma = Math.max(1, period / 32);
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-0.5 * ((i - radius) / sigma) ** 2));
  const local = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let k = Math.max(-radius, -t); k <= radius && t + k < n; k++) s += x[t + k]! * kernel[k + radius]!;
    local[t] = s;
  }
  const score = new Float64Array(n);
  const from = new Int32Array(n).fill(-1);
  const near = Math.max(1, Math.round(period / 2));
  const far = Math.round(2 * period);
  const penalty = new Float64Array(far + 1);
  for (let gap = near; gap <= far; gap++) penalty[gap] = TIGHTNESS * Math.log(gap / period) ** 2;
  for (let t = 0; t < n; t++) {
    let bestScore = 0;
    let bestFrom = -1;
    for (let gap = near; gap <= far && t - gap >= 0; gap++) {
      const s = score[t - gap]! - penalty[gap]!;
      if (bestFrom < 0 || s > bestScore) {
        bestScore = s;
        bestFrom = t - gap;
      }
    }
    if (bestFrom >= 0 && bestScore > 0) {
      score[t] = local[t]! + bestScore;
      from[t] = bestFrom;
    } else score[t] = local[t]!;
  }
  let last = Math.max(0, n - Math.round(period));
  for (let t = last; t < n; t++) if (score[t]! > score[last]!) last = t;
  const beats: number[] = [];
  for (let t = last; t >= 0; t = from[t]!) beats.push(t);
  return beats.reverse();
}

interface Beat {
  /** Frame, with a fraction. */
  at: number;
  /** Whether an onset peak is there (not a beat the tracker carried through a quiet passage). */
  heard: boolean;
}

/**
 * Each beat moved to the strongest onset within two frames and refined by a parabola through
 * it and its neighbours; beats before the first or after the last clear onset are dropped.
 * Beats with no onset peak (carried by the tracker through a passage without one) are spread
 * evenly between the heard beats around them instead of sitting on whole frames.
 */
function refineBeats(onset: Float32Array, frames: number[], period: number): Beat[] {
  let peak = 0;
  for (const v of onset) peak = Math.max(peak, v);
  const threshold = 0.1 * peak;
  let first = 0;
  while (first < onset.length && onset[first]! < threshold) first++;
  let last = onset.length - 1;
  while (last > 0 && onset[last]! < threshold) last--;
  const peaks: { frame: number; m: number }[] = [];
  for (const f of frames) {
    if (f < first - period / 4 || f > last + period / 4) continue;
    let m = f;
    for (let k = Math.max(0, f - 2); k <= Math.min(onset.length - 1, f + 2); k++) if (onset[k]! > onset[m]!) m = k;
    peaks.push({ frame: f, m });
  }
  // Heard: an onset peak of at least HEARD_SHARE of the median beat's (a chord changing under a
  // held pad is an onset, but not a beat).
  const strengths = peaks.map((p) => onset[p.m]!).sort((a, b) => a - b);
  const heardFrom = Math.max(threshold, HEARD_SHARE * (strengths[Math.floor(strengths.length / 2)] ?? 0));
  const out: Beat[] = [];
  for (const { frame, m } of peaks) {
    const a = onset[m - 1] ?? 0;
    const b = onset[m]!;
    const c = onset[m + 1] ?? 0;
    const curve = a - 2 * b + c;
    const heard = b >= heardFrom && curve < 0;
    const shift = heard ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / curve)) : 0;
    out.push({ at: heard ? m + shift : frame, heard });
  }
  let previous = -1;
  out.forEach((beat, i) => {
    if (!beat.heard) return;
    if (previous >= 0 && i - previous > 1) {
      const from = out[previous]!.at;
      const step = (beat.at - from) / (i - previous);
      for (let j = previous + 1; j < i; j++) out[j]!.at = from + (j - previous) * step;
    }
    previous = i;
  });
  return out;
}

/**
 * The tempo from least-squares lines through the heard beats against their beat numbers, one
 * line per run of beats a period apart (a run ends where the beat skips or jumps half a beat),
 * the slopes weighted by how precisely each run fixes its own. The grid tempo stands if the
 * result strays more than 4 % from it (the tempo changes). Also numbers every beat, counting
 * a gap of two periods as two beats.
 */
function fitTempo(beats: Beat[], period: number, gridBpm: number): { bpm: number; numbers: number[] } {
  const numbers = [0];
  for (let i = 1; i < beats.length; i++) {
    numbers.push(numbers[i - 1]! + Math.max(1, Math.round((beats[i]!.at - beats[i - 1]!.at) / period)));
  }
  let weighted = 0;
  let weights = 0;
  let run: number[] = [];
  const close = () => {
    const n = run.length;
    if (n >= 3) {
      const mx = (n - 1) / 2;
      const my = run.reduce((a, b) => a + b, 0) / n;
      let sxx = 0;
      let sxy = 0;
      run.forEach((y, x) => {
        sxx += (x - mx) ** 2;
        sxy += (x - mx) * (y - my);
      });
      weighted += sxy;
      weights += sxx;
    }
    run = [];
  };
  for (const beat of beats) {
    const gap = run.length > 0 ? (beat.at - run[run.length - 1]!) / period : 1;
    if (!beat.heard || Math.abs(gap - 1) > 0.1) close();
    if (beat.heard) run.push(beat.at);
  }
  close();
  if (weights <= 0) return { bpm: gridBpm, numbers };
  // Σ sxy / Σ sxx: each run's slope weighted by its sxx.
  const ratio = period / (weighted / weights);
  return { bpm: Math.abs(ratio - 1) <= 0.04 ? gridBpm * ratio : gridBpm, numbers };
}

/** The beats numbered 0 mod 4 after the shift whose beats carry the strongest onsets. */
function downbeats(onset: Float32Array, beats: Beat[], numbers: number[]): Beat[] {
  if (beats.length < 8) return [];
  const sums = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  beats.forEach((b, i) => {
    const phase = numbers[i]! % 4;
    sums[phase] = sums[phase]! + (onset[Math.round(b.at)] ?? 0);
    counts[phase] = counts[phase]! + 1;
  });
  let best = 0;
  for (let p = 1; p < 4; p++) if (sums[p]! / counts[p]! > sums[best]! / counts[best]!) best = p;
  return beats.filter((_, i) => numbers[i]! % 4 === best);
}
