/**
 * Deterministic music-like test signals for the tempo, key and section analysis: click tracks
 * with known click times, chord progressions of additive tones in known keys, noise and drones,
 * and a short arrangement whose sections are known. Every generator synthesises each sample
 * from continuous time, so an event can fall between two samples exactly where it is meant to.
 */

/** A seeded pseudo-random source (mulberry32) of uniform values in [−1, 1). */
export function noiseSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * 2 - 1;
  };
}

/** MIDI note → Hz (A4 = 69 = 440 Hz). */
export const midiHz = (note: number): number => 440 * 2 ** ((note - 69) / 12);

/** The same signal in `channels` planar channels (the analysis sees their mean). */
export function planar(mono: Float32Array, channels = 1): Float32Array[] {
  return Array.from({ length: channels }, (_, c) => (c === 0 ? mono : mono.slice()));
}

export interface ClickTrack {
  samples: Float32Array;
  /** When each click starts, seconds. */
  clicksS: number[];
}

/**
 * A metronome: a short decaying tone every beat from `firstS` on, the first of every four
 * higher and louder (a downbeat), like a DAW's click.
 */
export function clickTrack(opts: { bpm: number; seconds: number; sampleRate: number; firstS?: number }): ClickTrack {
  const { bpm, seconds, sampleRate } = opts;
  const firstS = opts.firstS ?? 0.25;
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  const clicksS: number[] = [];
  const period = 60 / bpm;
  for (let k = 0; firstS + k * period < seconds; k++) {
    const at = firstS + k * period;
    clicksS.push(at);
    const down = k % 4 === 0;
    const hz = down ? 1760 : 1320;
    const gain = down ? 0.6 : 0.4;
    const from = Math.ceil(at * sampleRate);
    const to = Math.min(samples.length, Math.ceil((at + 0.06) * sampleRate));
    for (let i = from; i < to; i++) {
      const t = i / sampleRate - at;
      samples[i] = samples[i]! + gain * Math.exp(-t / 0.012) * Math.sin(2 * Math.PI * hz * t);
    }
  }
  return { samples, clicksS };
}

/** Adds a tone with `harmonics` partials (amplitude 1/h) and soft 20 ms ends into `out`. */
export function addTone(
  out: Float32Array,
  sampleRate: number,
  note: { hz: number; startS: number; endS: number; gain: number; harmonics?: number },
): void {
  const harmonics = note.harmonics ?? 6;
  const from = Math.max(0, Math.ceil(note.startS * sampleRate));
  const to = Math.min(out.length, Math.ceil(note.endS * sampleRate));
  const fade = 0.02;
  for (let i = from; i < to; i++) {
    const t = i / sampleRate;
    const env = Math.min(1, (t - note.startS) / fade, (note.endS - t) / fade);
    let v = 0;
    for (let h = 1; h <= harmonics; h++) {
      if (note.hz * h > sampleRate / 2) break;
      v += Math.sin(2 * Math.PI * note.hz * h * t) / h;
    }
    out[i] = out[i]! + note.gain * env * v;
  }
}

/**
 * A chord progression played as sustained additive tones: each chord's notes (MIDI numbers)
 * for `secondsPerChord`, with its lowest note doubled an octave below as a bass; `repeats`
 * times through.
 */
export function chordProgression(opts: {
  chords: number[][];
  secondsPerChord: number;
  sampleRate: number;
  repeats?: number;
}): Float32Array {
  const { chords, secondsPerChord, sampleRate } = opts;
  const repeats = opts.repeats ?? 1;
  const out = new Float32Array(Math.round(chords.length * repeats * secondsPerChord * sampleRate));
  for (let r = 0; r < repeats; r++) {
    chords.forEach((chord, c) => {
      const startS = (r * chords.length + c) * secondsPerChord;
      const endS = startS + secondsPerChord;
      for (const note of chord) addTone(out, sampleRate, { hz: midiHz(note), startS, endS, gain: 0.08 });
      addTone(out, sampleRate, { hz: midiHz(Math.min(...chord) - 12), startS, endS, gain: 0.1 });
    });
  }
  return out;
}

/** White noise at `gain`, from a fixed seed. */
export function whiteNoise(seconds: number, sampleRate: number, gain = 0.3, seed = 7): Float32Array {
  const next = noiseSource(seed);
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = gain * next();
  return out;
}

/** A steady tone (a drone) with harmonics. */
export function drone(seconds: number, sampleRate: number, hz = 110): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  addTone(out, sampleRate, { hz, startS: 0, endS: seconds, gain: 0.2 });
  return out;
}

export interface ArrangementSection {
  label: 'intro' | 'build' | 'drop' | 'breakdown' | 'outro';
  startS: number;
  endS: number;
}

/** The sections of `arrangement()`, 128 BPM: 8 bars are 15 s. */
export const ARRANGEMENT: ArrangementSection[] = [
  { label: 'intro', startS: 0, endS: 15 },
  { label: 'build', startS: 15, endS: 30 },
  { label: 'drop', startS: 30, endS: 45 },
  { label: 'breakdown', startS: 45, endS: 60 },
  { label: 'outro', startS: 60, endS: 75 },
];

/**
 * A short dance-music arrangement at 128 BPM in A minor, with the sections of ARRANGEMENT: a
 * quiet intro of soft hats and a pad; a build whose noise riser and snare roll climb in level;
 * a loud drop of kick, bass, pad and hats; a breakdown of the pad alone; an outro of quiet kick
 * and hats.
 */
export function arrangement(sampleRate: number): Float32Array {
  const seconds = ARRANGEMENT[ARRANGEMENT.length - 1]!.endS;
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const beat = 60 / 128;
  const noise = noiseSource(11);
  const section = (label: ArrangementSection['label']) => ARRANGEMENT.find((s) => s.label === label)!;
  const chords = [
    [57, 60, 64],
    [53, 57, 60],
    [48, 52, 55],
    [55, 59, 62],
  ];
  const pad = (from: number, to: number, gain: number) => {
    for (let bar = 0; from + bar * 4 * beat < to - 1e-9; bar++) {
      const startS = from + bar * 4 * beat;
      const endS = Math.min(to, startS + 4 * beat);
      for (const n of chords[bar % 4]!) addTone(out, sampleRate, { hz: midiHz(n), startS, endS, gain, harmonics: 4 });
    }
  };
  const hit = (at: number, length: number, gain: number, kind: 'kick' | 'hat' | 'snare') => {
    const from = Math.ceil(at * sampleRate);
    const to = Math.min(out.length, Math.ceil((at + length) * sampleRate));
    for (let i = from; i < to; i++) {
      const t = i / sampleRate - at;
      let v: number;
      if (kind === 'kick') v = Math.exp(-t / 0.08) * Math.sin(2 * Math.PI * 50 * t * (1 + 1.5 * Math.exp(-t / 0.02)));
      else if (kind === 'hat') v = Math.exp(-t / 0.01) * noise();
      else v = Math.exp(-t / 0.05) * (0.6 * noise() + 0.4 * Math.sin(2 * Math.PI * 190 * t));
      out[i] = out[i]! + gain * v;
    }
  };
  const beats = (from: number, to: number, each: (at: number, k: number) => void) => {
    for (let k = 0; from + k * beat < to - 1e-9; k++) each(from + k * beat, k);
  };

  const intro = section('intro');
  pad(intro.startS, intro.endS, 0.008);
  beats(intro.startS, intro.endS, (at) => hit(at + beat / 2, 0.05, 0.02, 'hat'));

  const build = section('build');
  pad(build.startS, build.endS, 0.015);
  const length = build.endS - build.startS;
  for (let i = Math.ceil(build.startS * sampleRate); i < build.endS * sampleRate; i++) {
    const x = (i / sampleRate - build.startS) / length;
    out[i] = out[i]! + 0.25 * 10 ** ((-30 + 30 * x) / 20) * noise();
  }
  beats(build.startS, build.endS, (at) => {
    const x = (at - build.startS) / length;
    const gain = 0.5 * 10 ** ((-30 + 28 * x) / 20);
    hit(at, 0.1, gain, 'snare');
    hit(at + beat / 2, 0.1, gain, 'snare');
  });

  const drop = section('drop');
  pad(drop.startS, drop.endS, 0.05);
  beats(drop.startS, drop.endS, (at, k) => {
    hit(at, 0.3, 0.6, 'kick');
    hit(at + beat / 2, 0.05, 0.12, 'hat');
    const root = chords[Math.floor(k / 4) % 4]![0]! - 24;
    addTone(out, sampleRate, { hz: midiHz(root), startS: at + beat / 2, endS: at + beat, gain: 0.15, harmonics: 3 });
  });

  const breakdown = section('breakdown');
  pad(breakdown.startS, breakdown.endS, 0.03);

  const outro = section('outro');
  beats(outro.startS, outro.endS, (at) => {
    hit(at, 0.3, 0.12, 'kick');
    hit(at + beat / 2, 0.05, 0.03, 'hat');
  });
  return out;
}

/**
 * A stand-in for short-term loudness on the 10 ms timeline (for tests of code that reads it):
 * the mean-square level of the 3 s up to the end of each frame, in dB − 0.691 as BS.1770 counts
 * it, without the K-weighting filter. Silence gives −Infinity, as a loudness meter's would.
 */
export function shortTermLevelDb(samples: Float32Array, sampleRate: number): Float32Array {
  const frames = Math.ceil((samples.length * 100) / sampleRate);
  const prefix = new Float64Array(samples.length + 1);
  for (let i = 0; i < samples.length; i++) prefix[i + 1] = prefix[i]! + samples[i]! * samples[i]!;
  const out = new Float32Array(frames);
  const window = 3 * sampleRate;
  for (let f = 0; f < frames; f++) {
    const end = Math.min(samples.length, Math.floor(((f + 1) * sampleRate) / 100));
    const start = Math.max(0, end - window);
    out[f] = -0.691 + 10 * Math.log10((prefix[end]! - prefix[start]!) / window);
  }
  return out;
}
