/**
 * Deterministic test signals for the level measurements: sines (levels as peak dBFS, so a
 * −23 dBFS sine peaks at 10^(−23/20)), sequences of levels, pink noise from a fixed seed, and
 * the reference cases whose loudness ffmpeg recorded once (testdata/loudness-reference.json,
 * made by server/test/audio/make-loudness-reference.ts).
 */

/** Planar audio, as the analysers take it. */
export interface TestSignal {
  sampleRate: number;
  channels: Float32Array[];
}

/** A linear amplitude from dBFS. */
export const fromDb = (db: number): number => 10 ** (db / 20);

/** One segment of a sine sequence. */
export interface Segment {
  seconds: number;
  /** Peak level, dBFS. */
  dbfs: number;
}

/**
 * A sine of `hz` whose level changes from segment to segment, with a continuous phase (the
 * signal of EBU Tech 3341's and Tech 3342's cases). `phaseDegrees` is the phase of sample 0.
 */
export function sineSequence(hz: number, sampleRate: number, segments: Segment[], phaseDegrees = 0): Float32Array {
  const total = segments.reduce((n, s) => n + Math.round(s.seconds * sampleRate), 0);
  const out = new Float32Array(total);
  const step = (2 * Math.PI * hz) / sampleRate;
  const phase = (phaseDegrees * Math.PI) / 180;
  let i = 0;
  for (const s of segments) {
    const amplitude = fromDb(s.dbfs);
    const end = i + Math.round(s.seconds * sampleRate);
    for (; i < end; i++) out[i] = amplitude * Math.sin(step * i + phase);
  }
  return out;
}

/** A steady sine. */
export function sine(hz: number, dbfs: number, seconds: number, sampleRate: number, phaseDegrees = 0): Float32Array {
  return sineSequence(hz, sampleRate, [{ seconds, dbfs }], phaseDegrees);
}

/**
 * Raises the first and last `seconds` of `x` from and back to silence along a half cosine, in
 * place, so a sine starts and stops without a step (whose ringing would overshoot its peak).
 */
export function fade(x: Float32Array, sampleRate: number, seconds: number): Float32Array {
  const n = Math.min(Math.round(seconds * sampleRate), Math.floor(x.length / 2));
  for (let i = 0; i < n; i++) {
    const g = 0.5 - 0.5 * Math.cos((Math.PI * i) / n);
    x[i] = (x[i] as number) * g;
    x[x.length - 1 - i] = (x[x.length - 1 - i] as number) * g;
  }
  return x;
}

/** A 32-bit xorshift generator (Marsaglia), uniform in [−1, 1). */
function uniform(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 31 - 1;
  };
}

/**
 * Pink noise (Voss–McCartney: 16 random rows, row r renewed every 2^(r+1) samples, plus a
 * white row), without DC, scaled so its RMS is exactly `rmsDbfs`.
 */
export function pinkNoise(seconds: number, sampleRate: number, rmsDbfs: number, seed = 1): Float32Array {
  const n = Math.round(seconds * sampleRate);
  const next = uniform(seed * 2654435761);
  const rows = new Float64Array(16);
  for (let r = 0; r < rows.length; r++) rows[r] = next();
  let running = rows.reduce((a, b) => a + b, 0);
  const raw = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    // The row whose turn it is: the count of trailing zeros of i + 1 (one row per sample).
    const r = Math.min(31 - Math.clz32((i + 1) & -(i + 1)), rows.length - 1);
    const fresh = next();
    running += fresh - (rows[r] as number);
    rows[r] = fresh;
    raw[i] = running + next();
    mean += raw[i] as number;
  }
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    raw[i] = (raw[i] as number) - mean;
    squares += (raw[i] as number) ** 2;
  }
  const gain = fromDb(rmsDbfs) / Math.sqrt(squares / n);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (raw[i] as number) * gain;
  return out;
}

/** The same audio in two channels. */
export const stereo = (x: Float32Array): Float32Array[] => [x, x.slice()];

/** One reference case: how its signal is made, and what it is meant to show. */
export interface LoudnessCase {
  id: string;
  about: string;
  make: () => TestSignal;
}

const tech3341 = (rate: number, segments: Segment[], channels: 1 | 2): TestSignal => {
  const x = sineSequence(1000, rate, segments);
  return { sampleRate: rate, channels: channels === 2 ? stereo(x) : [x] };
};

/**
 * The reference cases: EBU Tech 3341 cases 1–5 (their level patterns at a fifth of the
 * length), Tech 3342 loudness-range steps, a 997 Hz full-scale sine, inter-sample peaks of a
 * sine at fs/4 with a 45° phase, and pink noise at three levels; mono and stereo, 44.1 and
 * 48 kHz, and one at 22.05 kHz.
 */
export const LOUDNESS_CASES: LoudnessCase[] = [
  {
    id: 'tech3341-1-stereo-48k',
    about: '1 kHz at −23 dBFS',
    make: () => tech3341(48_000, [{ seconds: 10, dbfs: -23 }], 2),
  },
  {
    id: 'tech3341-1-mono-44k',
    about: '1 kHz at −23 dBFS, one channel',
    make: () => tech3341(44_100, [{ seconds: 10, dbfs: -23 }], 1),
  },
  {
    id: 'tech3341-2-stereo-44k',
    about: '1 kHz at −33 dBFS',
    make: () => tech3341(44_100, [{ seconds: 10, dbfs: -33 }], 2),
  },
  {
    id: 'tech3341-3-stereo-48k',
    about: '−36/−23/−36 dBFS, 2/12/2 s',
    make: () =>
      tech3341(
        48_000,
        [
          { seconds: 2, dbfs: -36 },
          { seconds: 12, dbfs: -23 },
          { seconds: 2, dbfs: -36 },
        ],
        2,
      ),
  },
  {
    id: 'tech3341-4-stereo-44k',
    about: '−72/−36/−23/−36/−72 dBFS, 2/2/12/2/2 s',
    make: () =>
      tech3341(
        44_100,
        [
          { seconds: 2, dbfs: -72 },
          { seconds: 2, dbfs: -36 },
          { seconds: 12, dbfs: -23 },
          { seconds: 2, dbfs: -36 },
          { seconds: 2, dbfs: -72 },
        ],
        2,
      ),
  },
  {
    id: 'tech3341-5-stereo-48k',
    about: '−26/−20/−26 dBFS, 4/4.02/4 s',
    make: () =>
      tech3341(
        48_000,
        [
          { seconds: 4, dbfs: -26 },
          { seconds: 4.02, dbfs: -20 },
          { seconds: 4, dbfs: -26 },
        ],
        2,
      ),
  },
  {
    id: 'tech3341-5-mono-44k',
    about: '−26/−20/−26 dBFS, 4/4.02/4 s, one channel',
    make: () =>
      tech3341(
        44_100,
        [
          { seconds: 4, dbfs: -26 },
          { seconds: 4.02, dbfs: -20 },
          { seconds: 4, dbfs: -26 },
        ],
        1,
      ),
  },
  {
    id: 'tech3342-1-stereo-48k',
    about: '−20 then −30 dBFS, 10 s each (range 10 LU)',
    make: () =>
      tech3341(
        48_000,
        [
          { seconds: 10, dbfs: -20 },
          { seconds: 10, dbfs: -30 },
        ],
        2,
      ),
  },
  {
    id: 'tech3342-3-stereo-44k',
    about: '−40 then −20 dBFS, 10 s each (range 20 LU)',
    make: () =>
      tech3341(
        44_100,
        [
          { seconds: 10, dbfs: -40 },
          { seconds: 10, dbfs: -20 },
        ],
        2,
      ),
  },
  { id: 'sine-997-0dbfs-stereo-48k', about: '997 Hz at 0 dBFS', make: () => steadySine(997, 48_000, 0, 5, 2) },
  {
    id: 'sine-997-0dbfs-mono-44k',
    about: '997 Hz at 0 dBFS, one channel',
    make: () => steadySine(997, 44_100, 0, 5, 1),
  },
  {
    id: 'intersample-stereo-48k',
    about: 'fs/4 at 0 dBFS, 45° phase, faded in and out over 50 ms: samples at −3.01 dBFS, true peak 0 dBTP',
    make: () => ({ sampleRate: 48_000, channels: stereo(fade(sine(12_000, 0, 5, 48_000, 45), 48_000, 0.05)) }),
  },
  {
    id: 'intersample-mono-44k',
    about: 'fs/4 at 0 dBFS, 45° phase, faded in and out over 50 ms, one channel',
    make: () => ({ sampleRate: 44_100, channels: [fade(sine(11_025, 0, 5, 44_100, 45), 44_100, 0.05)] }),
  },
  {
    id: 'pink-14-stereo-44k',
    about: 'pink noise at −14 dBFS RMS, channels uncorrelated',
    make: () => ({ sampleRate: 44_100, channels: [pinkNoise(10, 44_100, -14, 1), pinkNoise(10, 44_100, -14, 2)] }),
  },
  {
    id: 'pink-24-mono-48k',
    about: 'pink noise at −24 dBFS RMS, one channel',
    make: () => ({ sampleRate: 48_000, channels: [pinkNoise(10, 48_000, -24, 3)] }),
  },
  {
    id: 'pink-34-stereo-48k',
    about: 'pink noise at −34 dBFS RMS, channels uncorrelated',
    make: () => ({ sampleRate: 48_000, channels: [pinkNoise(10, 48_000, -34, 4), pinkNoise(10, 48_000, -34, 5)] }),
  },
  {
    id: 'pink-20-mono-22k',
    about: 'pink noise at −20 dBFS RMS at 22.05 kHz',
    make: () => ({ sampleRate: 22_050, channels: [pinkNoise(8, 22_050, -20, 6)] }),
  },
];

function steadySine(hz: number, rate: number, dbfs: number, seconds: number, channels: 1 | 2): TestSignal {
  const x = sine(hz, dbfs, seconds, rate);
  return { sampleRate: rate, channels: channels === 2 ? stereo(x) : [x] };
}
