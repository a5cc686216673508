import { describe, expect, it } from 'vitest';
import { noiseSource } from '../../../test/music-signals';
import { Decimator } from './halfband';

const sine = (hz: number, n: number, rate: number) =>
  Float32Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * hz * i) / rate));

const rms = (x: Float32Array, from = 0, to = x.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += (x[i] as number) ** 2;
  return Math.sqrt(s / (to - from));
};

const run = (d: Decimator, x: Float32Array, block: number) => {
  const parts: Float32Array[] = [];
  for (let i = 0; i < x.length; i += block) parts.push(d.push(x.subarray(i, i + block)));
  parts.push(d.flush());
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('Decimator', () => {
  it('keeps a tone in the kept band at its level and in time, one output per 8 inputs', () => {
    const x = sine(440, 44_100, 44_100);
    const y = run(new Decimator(3), x, 1000);
    expect(y.length).toBe(Math.ceil(44_100 / 8));
    expect(rms(y, 100, y.length - 100)).toBeCloseTo(Math.SQRT1_2, 2);
    // Output m lines up with input 8m.
    for (const m of [1000, 2000, 3000]) expect(y[m]).toBeCloseTo(x[8 * m] as number, 2);
  });

  it('removes a tone above the new Nyquist frequency instead of folding it down', () => {
    const y = run(new Decimator(3), sine(3800, 44_100, 44_100), 4096);
    expect(rms(y, 100, y.length - 100)).toBeLessThan(0.01);
  });

  it('gives the same output whatever the size of the blocks', () => {
    const next = noiseSource(5);
    const x = Float32Array.from({ length: 30_001 }, () => next());
    expect(run(new Decimator(2), x, 7)).toEqual(run(new Decimator(2), x, 30_001));
  });
});
