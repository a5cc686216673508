import { describe, expect, it } from 'vitest';
import { fade, pinkNoise, sine, stereo, type TestSignal } from '../../../test/signals';
import { frameCount } from './audio';
import { SILENCE_DB } from './decibels';
import { designInterpolator, TAPS } from './interpolator';
import { PeakAnalyser, type PeakResult } from './peaks';
import { TruePeakMeter } from './true-peak';

/** Runs the analyser over a signal fed in blocks of `block` samples. */
function measure({ sampleRate, channels }: TestSignal, block = 4096): PeakResult {
  const analyser = new PeakAnalyser({ sampleRate, channels: channels.length });
  const n = channels[0]?.length ?? 0;
  for (let at = 0; at < n; at += block) analyser.push(channels.map((c) => c.subarray(at, at + block)));
  return analyser.finish();
}

describe('peaks and levels', () => {
  it('finds the peak between the samples of a sine at fs/4 with a 45° phase', () => {
    for (const rate of [44_100, 48_000]) {
      const r = measure({ sampleRate: rate, channels: [fade(sine(rate / 4, 0, 1, rate, 45), rate, 0.05)] });
      expect(r.samplePeakDbfs).toBeCloseTo(-3.01, 2);
      expect(Math.abs(r.truePeakDbtp as number)).toBeLessThan(0.05);
    }
  });

  it('reads a 997 Hz full-scale sine as 0 dBFS peak, −3.01 dBFS RMS, 3.01 dB crest factor', () => {
    const r = measure({ sampleRate: 48_000, channels: stereo(sine(997, 0, 2, 48_000)) });
    expect(r.samplePeakDbfs).toBeCloseTo(0, 3);
    expect(Math.abs(r.truePeakDbtp as number)).toBeLessThan(0.05);
    expect(r.rmsDbfs).toBeCloseTo(-3.01, 2);
    expect(r.crestFactorDb).toBeCloseTo(3.01, 2);
  });

  it('keeps per frame the lowest and highest sample of any channel, RMS and true peak', () => {
    const rate = 8000;
    const left = new Float32Array(rate).fill(0.5);
    const right = new Float32Array(rate).fill(-0.25);
    right[100] = -0.75;
    const r = measure({ sampleRate: rate, channels: [left, right] });
    expect(r.frames.waveMax[0]).toBe(0.5);
    expect(r.frames.waveMin[0]).toBe(-0.25);
    expect(r.frames.waveMin[1]).toBe(-0.75);
    // Mean square over both channels: (0.25 + 0.0625) / 2.
    expect(r.frames.rms[0]).toBeCloseTo(10 * Math.log10(0.15625), 4);
    expect(r.frames.truePeak[1]).toBeGreaterThanOrEqual(20 * Math.log10(0.75) - 1e-5);
    expect(r.samplePeakDbfs).toBeCloseTo(20 * Math.log10(0.75), 5);
  });

  it('never reads a frame’s true peak below its sample peak', () => {
    const r = measure({ sampleRate: 44_100, channels: [pinkNoise(2, 44_100, -12, 9)] });
    for (let f = 0; f < r.frames.truePeak.length; f++) {
      const sample = Math.max(-(r.frames.waveMin[f] as number), r.frames.waveMax[f] as number);
      expect(r.frames.truePeak[f]).toBeGreaterThanOrEqual(20 * Math.log10(sample) - 1e-4);
    }
  });

  it('gives the same results however the audio is split into blocks', () => {
    const signal: TestSignal = {
      sampleRate: 44_100,
      channels: [pinkNoise(1.5, 44_100, -10, 10), pinkNoise(1.5, 44_100, -16, 11)],
    };
    const whole = measure(signal, 1 << 20);
    for (const block of [1, 7, 441, 1000, 4096]) expect(measure(signal, block)).toEqual(whole);
  });

  it('counts frames at 22 050 Hz, the last partial frame included', () => {
    const samples = 22_050 + 7;
    const r = measure({ sampleRate: 22_050, channels: [sine(1000, -6, samples / 22_050, 22_050)] });
    for (const band of Object.values(r.frames)) expect(band.length).toBe(frameCount(samples, 22_050));
    expect(r.frames.rms.length).toBe(101);
  });

  it('lets a corrupt (NaN) sample spoil only its own frame', () => {
    const x = sine(1000, -20, 2, 48_000);
    x[50_000] = Number.NaN;
    const r = measure({ sampleRate: 48_000, channels: [x] });
    expect(r.samplePeakDbfs).toBeCloseTo(-20, 2);
    expect(r.truePeakDbtp).toBeCloseTo(-20, 1);
    expect(r.rmsDbfs).toBeCloseTo(-23.01, 2);
    expect(r.frames.rms[104]).toBe(SILENCE_DB);
    expect(r.frames.rms[105]).toBeCloseTo(-23.01, 1);
  });

  it('refuses a sample rate too low for 10 ms frames', () => {
    expect(() => new PeakAnalyser({ sampleRate: 0, channels: 2 })).toThrow(RangeError);
    expect(() => new PeakAnalyser({ sampleRate: 50, channels: 2 })).toThrow(RangeError);
  });

  it('reports silence as nulls, and the floor in every frame', () => {
    const r = measure({ sampleRate: 48_000, channels: stereo(new Float32Array(4800)) });
    expect(r).toMatchObject({ samplePeakDbfs: null, truePeakDbtp: null, rmsDbfs: null, crestFactorDb: null });
    expect(r.frames.rms.every((v) => v === SILENCE_DB)).toBe(true);
    expect(r.frames.truePeak.every((v) => v === SILENCE_DB)).toBe(true);
    expect(r.frames.waveMin.every((v) => v === 0)).toBe(true);
    expect(r.frames.waveMax.every((v) => v === 0)).toBe(true);
    expect(measure({ sampleRate: 48_000, channels: [new Float32Array(0)] }).rmsDbfs).toBeNull();
  });
});

describe('the true-peak interpolator', () => {
  /** Gain (dB) of the phase ¼, ½ or ¾ filter at `f` (a fraction of the sample rate). */
  function gainDb(phase: number, f: number): number {
    const { even, odd, mid } = designInterpolator();
    const half = TAPS / 2;
    let re = 0;
    let im = 0;
    for (let j = 0; j < TAPS; j++) {
      const mirror = j < half ? j : TAPS - 1 - j;
      const sign = j < half ? 1 : -1;
      const quarter = (even[mirror] as number) + sign * (odd[mirror] as number);
      const tap =
        phase === 2
          ? (mid[mirror] as number)
          : phase === 1
            ? quarter
            : (even[mirror] as number) - sign * (odd[mirror] as number);
      re += tap * Math.cos(2 * Math.PI * f * j);
      im += tap * Math.sin(2 * Math.PI * f * j);
    }
    return 20 * Math.log10(Math.hypot(re, im));
  }

  it('is flat within 0.03 dB up to 0.35 of the sample rate and 0.05 dB up to 0.4, in every phase', () => {
    for (const phase of [1, 2, 3]) {
      for (let f = 0; f <= 0.4; f += 0.005) expect(Math.abs(gainDb(phase, f))).toBeLessThan(f <= 0.35 ? 0.03 : 0.05);
    }
  });

  it('skips only what cannot change a frame’s peak: the same frames as computing every position', () => {
    const rate = 44_100;
    const x = pinkNoise(2, rate, -14, 12);
    // Quiet passages between loud ones, where skipping happens.
    for (let i = 0; i < x.length; i++) if (Math.floor(i / 5000) % 3 === 1) x[i] = (x[i] as number) * 0.05;
    const skipping = new TruePeakMeter(1, rate);
    const exhaustive = new TruePeakMeter(1, rate, { exhaustive: true });
    skipping.push([x]);
    exhaustive.push([x]);
    expect(skipping.finish()).toEqual(exhaustive.finish());
  });
});
