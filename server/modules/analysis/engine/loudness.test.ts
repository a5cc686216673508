import { describe, expect, it } from 'vitest';
import { pinkNoise, sine, sineSequence, stereo, type TestSignal } from '../../../test/signals';
import { frameCount } from './audio';
import { SILENCE_DB } from './decibels';
import { kWeighting } from './k-weighting';
import { channelWeights, LoudnessAnalyser, type LoudnessResult } from './loudness';

/** Runs the analyser over a signal fed in blocks of `block` samples. */
function measure({ sampleRate, channels }: TestSignal, block = 4096): LoudnessResult {
  const analyser = new LoudnessAnalyser({ sampleRate, channels: channels.length });
  const n = channels[0]?.length ?? 0;
  for (let at = 0; at < n; at += block) analyser.push(channels.map((c) => c.subarray(at, at + block)));
  return analyser.finish();
}

/** The frame whose window ends at `seconds`. */
const frameEndingAt = (seconds: number) => Math.round(seconds * 100) - 1;

describe('K-weighting', () => {
  it('matches the coefficients BS.1770-4 tabulates for 48 kHz', () => {
    const [shelf, highPass] = kWeighting(48_000);
    const table = [
      [shelf.b0, 1.53512485958697],
      [shelf.b1, -2.69169618940638],
      [shelf.b2, 1.19839281085285],
      [shelf.a1, -1.69065929318241],
      [shelf.a2, 0.73248077421585],
      [highPass.b0, 1],
      [highPass.b1, -2],
      [highPass.b2, 1],
      [highPass.a1, -1.99004745483398],
      [highPass.a2, 0.99007225036621],
    ];
    for (const [mine, standard] of table) expect(mine).toBeCloseTo(standard as number, 9);
  });
});

describe('momentary and short-term curves', () => {
  // A stereo 1 kHz sine at −30 dBFS for 5 s, then at −20 dBFS for 5 s.
  const step: TestSignal = {
    sampleRate: 48_000,
    channels: stereo(
      sineSequence(1000, 48_000, [
        { seconds: 5, dbfs: -30 },
        { seconds: 5, dbfs: -20 },
      ]),
    ),
  };
  const r = measure(step);

  it('give one value per 10 ms frame', () => {
    expect(r.frames.momentary.length).toBe(1000);
    expect(r.frames.shortTerm.length).toBe(1000);
  });

  it('reach the new level 400 ms and 3 s after a step, and lie between the levels on the way', () => {
    const m = r.frames.momentary;
    const s = r.frames.shortTerm;
    expect(m[frameEndingAt(5)]).toBeCloseTo(-30, 1);
    expect(m[frameEndingAt(5.4)]).toBeCloseTo(-20, 1);
    // Half the window at each level: the power mean of the two.
    const halfway = 10 * Math.log10((10 ** -3 + 10 ** -2) / 2);
    expect(m[frameEndingAt(5.2)]).toBeCloseTo(halfway, 1);
    expect(s[frameEndingAt(5)]).toBeCloseTo(-30, 1);
    expect(s[frameEndingAt(6.5)]).toBeCloseTo(halfway, 1);
    expect(s[frameEndingAt(8)]).toBeCloseTo(-20, 1);
    expect(r.momentaryMaxLufs).toBeCloseTo(-20, 1);
  });

  it('count the time before the start as silence while the first window fills', () => {
    // 200 ms of a −30 LUFS signal in a 400 ms window: 3 dB less.
    expect(r.frames.momentary[frameEndingAt(0.2)]).toBeCloseTo(-33, 1);
    expect(r.frames.shortTerm[frameEndingAt(1.5)]).toBeCloseTo(-33, 1);
    expect(r.frames.momentary[frameEndingAt(0.4)]).toBeCloseTo(-30, 1);
  });
});

describe('LoudnessAnalyser', () => {
  it('gives the same results however the audio is split into blocks', () => {
    const signal: TestSignal = {
      sampleRate: 44_100,
      channels: [pinkNoise(4, 44_100, -20, 7), pinkNoise(4, 44_100, -26, 8)],
    };
    const whole = measure(signal, 1 << 20);
    for (const block of [1, 7, 441, 1000, 4096]) expect(measure(signal, block)).toEqual(whole);
  });

  it('reports silence as nulls, and the floor in every frame', () => {
    const r = measure({ sampleRate: 48_000, channels: [new Float32Array(48_000 * 4), new Float32Array(48_000 * 4)] });
    expect(r.integratedLufs).toBeNull();
    expect(r.loudnessRangeLu).toBeNull();
    expect(r.momentaryMaxLufs).toBeNull();
    expect(r.shortTermMaxLufs).toBeNull();
    expect(r.frames.momentary.every((v) => v === SILENCE_DB)).toBe(true);
    expect(r.frames.shortTerm.every((v) => v === SILENCE_DB)).toBe(true);
  });

  it('lets a corrupt (NaN) sample spoil only its own frame', () => {
    const x = sine(1000, -20, 5, 48_000);
    x[100_000] = Number.NaN;
    const r = measure({ sampleRate: 48_000, channels: stereo(x) });
    expect(r.integratedLufs).toBeCloseTo(-20, 1);
    expect(r.frames.momentary[450]).toBeCloseTo(-20, 1);
  });

  it('refuses a sample rate too low for 10 ms frames', () => {
    expect(() => new LoudnessAnalyser({ sampleRate: Number.NaN, channels: 1 })).toThrow(RangeError);
  });

  it('gates out audio below −70 LUFS', () => {
    const r = measure({ sampleRate: 48_000, channels: stereo(sine(1000, -80, 2, 48_000)) });
    expect(r.integratedLufs).toBeNull();
    expect(r.momentaryMaxLufs).toBeCloseTo(-80, 1);
  });

  it('has no integrated loudness under 400 ms nor a range under 3 s, but still has curves', () => {
    const short = measure({ sampleRate: 48_000, channels: stereo(sine(1000, -23, 0.3, 48_000)) });
    expect(short.integratedLufs).toBeNull();
    expect(short.loudnessRangeLu).toBeNull();
    expect(short.momentaryMaxLufs).toBeCloseTo(-23 + 10 * Math.log10(0.3 / 0.4), 1);
    const two = measure({ sampleRate: 48_000, channels: stereo(sine(1000, -23, 2, 48_000)) });
    expect(two.integratedLufs).toBeCloseTo(-23, 1);
    expect(two.loudnessRangeLu).toBeNull();
  });

  it('counts frames at 22 050 Hz, the last partial frame included', () => {
    const samples = 22_050 * 3 + 100;
    const r = measure({ sampleRate: 22_050, channels: [sine(1000, -20, samples / 22_050, 22_050)] });
    expect(r.frames.momentary.length).toBe(frameCount(samples, 22_050));
    expect(r.frames.momentary.length).toBe(301);
    expect(r.integratedLufs).toBeCloseTo(-23.01, 1);
    // The last window ends with the file: no dip for the frame's missing samples.
    expect(r.frames.momentary[300]).toBeCloseTo(-23.01, 1);
  });

  it('filters a channel alike whether it is filtered alone or beside another', () => {
    const x = pinkNoise(1, 48_000, -20, 13);
    const mono = measure({ sampleRate: 48_000, channels: [x] });
    // Channels 0 and 1 are filtered as a pair, channel 2 alone: three times the power.
    const three = measure({ sampleRate: 48_000, channels: [x, x, x] });
    for (let f = 0; f < mono.frames.momentary.length; f++) {
      expect(three.frames.momentary[f]).toBeCloseTo((mono.frames.momentary[f] as number) + 10 * Math.log10(3), 4);
    }
  });

  it('weighs 5.1 surrounds 1.41 (+1.5 dB) and leaves out the LFE', () => {
    expect(channelWeights(6)).toEqual([1, 1, 1, 0, 1.41, 1.41]);
    const rate = 48_000;
    const tone = sine(1000, -20, 2, rate);
    const only = (channel: number) =>
      measure({
        sampleRate: rate,
        channels: Array.from({ length: 6 }, (_, c) => (c === channel ? tone : new Float32Array(tone.length))),
      });
    const front = only(0).integratedLufs as number;
    expect(only(2).integratedLufs).toBeCloseTo(front, 6);
    expect((only(4).integratedLufs as number) - front).toBeCloseTo(10 * Math.log10(1.41), 6);
    expect(only(3).integratedLufs).toBeNull();
  });
});
