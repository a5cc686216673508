import { describe, expect, it } from 'vitest';
import { addTone, clickTrack, noiseSource, whiteNoise } from '../../../test/music-signals';
import { frameCount } from './audio';
import { MEL_FLOOR_DB, SpectrumAnalyser, spectrumOf } from './spectrum';

const sine = (hz: number, seconds: number, sampleRate: number, gain: number) => {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = gain * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
};

/** The frame's mel bands summed as power, in dB. */
const totalDb = (melDb: Float32Array, bands: number, frame: number) => {
  let p = 0;
  for (let b = 0; b < bands; b++) p += 10 ** ((melDb[frame * bands + b] as number) / 10);
  return 10 * Math.log10(p);
};

describe('SpectrumAnalyser', () => {
  it('gives one frame per 10 ms, the last partial frame included, at 22 050, 44 100 and 48 000 Hz', () => {
    for (const rate of [22_050, 44_100, 48_000]) {
      const samples = Math.round(2.345 * rate);
      const r = spectrumOf([new Float32Array(samples)], rate);
      const frames = frameCount(samples, rate);
      expect(frames).toBe(235);
      expect(r.melDb.length).toBe(frames * r.bands.count);
      expect(r.chroma.length).toBe(frames * 12);
      expect(r.onset.length).toBe(frames);
      expect(r.centroidHz.length).toBe(frames);
    }
  });

  it('gives the same numbers whatever the size of the blocks', () => {
    const rate = 44_100;
    const x = whiteNoise(1.5, rate, 0.2);
    addTone(x, rate, { hz: 330, startS: 0.3, endS: 1.2, gain: 0.2 });
    const whole = spectrumOf([x], rate, x.length);
    const next = noiseSource(3);
    const analyser = new SpectrumAnalyser({ sampleRate: rate, channels: 1 });
    for (let i = 0; i < x.length; ) {
      const size = 1 + Math.floor((next() + 1) * 3000);
      analyser.push([x.subarray(i, Math.min(x.length, i + size))]);
      i += size;
    }
    const pieces = analyser.finish();
    expect(pieces.melDb).toEqual(whole.melDb);
    expect(pieces.chroma).toEqual(whole.chroma);
    expect(pieces.onset).toEqual(whole.onset);
    expect(pieces.centroidHz).toEqual(whole.centroidHz);
  });

  it('gives a frame the same spectrum whether it is transformed alone or paired with the next', () => {
    const rate = 22_050;
    // 99 frames: the last is transformed alone. With 10 ms of silence after, it is paired with a
    // 100th, and its window holds the same samples.
    const x = whiteNoise(0.985, rate, 0.2);
    const padded = new Float32Array(x.length + Math.round(0.01 * rate));
    padded.set(x);
    const alone = spectrumOf([x], rate);
    const paired = spectrumOf([padded], rate);
    expect(alone.onset.length).toBe(99);
    expect(paired.onset.length).toBe(100);
    const bands = alone.bands.count;
    for (let b = 0; b < bands; b++) {
      expect(alone.melDb[98 * bands + b]).toBeCloseTo(paired.melDb[98 * bands + b] as number, 3);
    }
    expect(alone.centroidHz[98]).toBeCloseTo(paired.centroidHz[98] as number, 1);
  });

  it('analyses the mean of the channels', () => {
    const rate = 22_050;
    const left = whiteNoise(1, rate, 0.3, 1);
    const right = whiteNoise(1, rate, 0.3, 2);
    const mean = left.map((v, i) => (v + (right[i] as number)) / 2);
    expect(spectrumOf([left, right], rate).melDb).toEqual(spectrumOf([mean], rate).melDb);
  });

  it('reads a sine at its mean-square level, in the bands around its frequency, with its centroid', () => {
    for (const rate of [22_050, 48_000]) {
      const r = spectrumOf([sine(1000, 1, rate, 0.5)], rate);
      const bands = r.bands.count;
      // Amplitude 0.5: mean square 0.125, −9.03 dB.
      expect(totalDb(r.melDb, bands, 50)).toBeCloseTo(-9.03, 1);
      const frame = Array.from(r.melDb.subarray(50 * bands, 51 * bands));
      const loudest = frame.indexOf(Math.max(...frame));
      const centre = r.bands.centresHz[loudest] as number;
      expect(Math.abs(Math.log2(centre / 1000))).toBeLessThan(0.15);
      expect(r.centroidHz[50]).toBeGreaterThan(950);
      expect(r.centroidHz[50]).toBeLessThan(1050);
    }
  });

  it('reports silence at the floor, with no onsets, no chroma and a centroid of 0', () => {
    const r = spectrumOf([new Float32Array(22_050)], 22_050);
    expect(Math.max(...r.melDb)).toBe(MEL_FLOOR_DB);
    expect(Math.max(...r.onset)).toBe(0);
    expect(Math.max(...r.chroma)).toBe(0);
    expect(Math.max(...r.centroidHz)).toBe(0);
  });

  it('puts a note in its pitch class, at any octave', () => {
    for (const [hz, pc] of [
      [110, 9],
      [261.63, 0],
      [739.99, 6],
    ] as const) {
      const x = new Float32Array(44_100);
      addTone(x, 44_100, { hz, startS: 0, endS: 1, gain: 0.2, harmonics: 1 });
      const r = spectrumOf([x], 44_100);
      const frame = Array.from(r.chroma.subarray(50 * 12, 51 * 12));
      expect(frame.indexOf(Math.max(...frame))).toBe(pc);
    }
  });

  it('peaks its onset curve on the frame of each click', () => {
    const rate = 44_100;
    const { samples, clicksS } = clickTrack({ bpm: 120, seconds: 3, sampleRate: rate, firstS: 0.5034 });
    const r = spectrumOf([samples], rate);
    for (const click of clicksS) {
      const frame = Math.floor(click * 100);
      const near = Array.from(r.onset.subarray(frame - 5, frame + 6));
      expect(Math.abs(near.indexOf(Math.max(...near)) - 5)).toBeLessThanOrEqual(1);
    }
  });
});
