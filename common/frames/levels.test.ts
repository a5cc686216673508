import { describe, expect, it } from 'vitest';
import type { FrameBand } from '../contracts/frames';
import { chooseLevel, overviewLevels } from './levels';

const bands: FrameBand[] = [
  { name: 'low', size: 1, aggregate: 'min' },
  { name: 'high', size: 1, aggregate: 'max' },
  { name: 'centroid', size: 1, aggregate: 'mean' },
  { name: 'spectrum', size: 2, aggregate: 'power_mean' },
];

/** Frames of the five values above, one frame per row. */
const framesOf = (rows: number[][]) => new Float32Array(rows.flat());

describe('overviewLevels', () => {
  it('keeps the full timeline as given and adds a level per overview hop, finest first', () => {
    const data = framesOf(Array.from({ length: 25 }, (_, f) => [f, f, f, 0, 0]));
    const levels = overviewLevels(bands, data, 25, 10, [100, 1000]);
    expect(levels.map((l) => [l.hopMs, l.frameCount])).toEqual([
      [10, 25],
      [100, 3],
      [1000, 1],
    ]);
    expect(levels[0]?.data).toBe(data);
  });

  it('summarises each band with its own aggregate, the last group from the frames left', () => {
    // Values 0…24: groups of ten, the last of five frames (20…24).
    const data = framesOf(Array.from({ length: 25 }, (_, f) => [f, f, f, -10, -20]));
    const [, tenths] = overviewLevels(bands, data, 25, 10, [100]);
    const frame = (i: number) => [...(tenths?.data.subarray(i * 5, i * 5 + 5) ?? [])];
    expect(frame(0).slice(0, 3)).toEqual([0, 9, 4.5]);
    expect(frame(2).slice(0, 3)).toEqual([20, 24, 22]);
    // Equal dB values average to themselves.
    expect(frame(2)[3]).toBeCloseTo(-10, 5);
    expect(frame(2)[4]).toBeCloseTo(-20, 5);
  });

  it('averages dB values as powers: 0 dB and −∞ dB make −3.01 dB', () => {
    const data = framesOf([
      [0, 0, 0, 0, 10],
      [0, 0, 0, Number.NEGATIVE_INFINITY, 10],
    ]);
    const [, over] = overviewLevels(bands, data, 2, 10, [20]);
    expect(over?.data[3]).toBeCloseTo(10 * Math.log10(0.5), 5);
    expect(over?.data[4]).toBeCloseTo(10, 5);
  });

  it('leaves NaN out of a group, and gives NaN for a group of NaN', () => {
    const data = framesOf([
      [Number.NaN, 1, 2, Number.NaN, 0],
      [3, Number.NaN, 4, Number.NaN, 0],
    ]);
    const [, over] = overviewLevels(bands, data, 2, 10, [20]);
    expect([...(over?.data ?? [])].slice(0, 4)).toEqual([3, 1, 3, Number.NaN]);
  });

  it('makes empty levels of an empty timeline, and reads only frameCount frames', () => {
    expect(overviewLevels(bands, new Float32Array(0), 0).map((l) => l.frameCount)).toEqual([0, 0, 0]);
    const longer = framesOf([
      [1, 1, 1, 1, 1],
      [9, 9, 9, 9, 9],
    ]);
    const [full, over] = overviewLevels(bands, longer, 1, 10, [100]);
    expect(full?.data.length).toBe(5);
    expect(over?.data[1]).toBe(1);
  });

  it('refuses hops that are not multiples of the base, and too few values', () => {
    expect(() => overviewLevels(bands, new Float32Array(5), 1, 10, [15])).toThrow(RangeError);
    expect(() => overviewLevels(bands, new Float32Array(4), 1)).toThrow(RangeError);
  });
});

describe('chooseLevel', () => {
  const hops = [10, 100, 1000];
  it('takes the coarsest level that still gives each point a frame', () => {
    expect(chooseLevel(hops, 600_000, 600)).toBe(1000);
    expect(chooseLevel(hops, 180_000, 1200)).toBe(100);
    expect(chooseLevel(hops, 5_000, 1000)).toBe(10);
  });
  it('falls back to the finest level for a very close view', () => {
    expect(chooseLevel([1000, 100, 10], 100, 1000)).toBe(10);
  });
});
