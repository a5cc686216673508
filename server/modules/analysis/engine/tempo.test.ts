import { describe, expect, it } from 'vitest';
import { arrangement, clickTrack, drone, planar, whiteNoise } from '../../../test/music-signals';
import { FRAMES_PER_SECOND } from './audio';
import { spectrumOf } from './spectrum';
import { estimateTempo } from './tempo';

/** How far each beat is from the nearest click, ms. */
const misses = (beatsMs: number[], clicksS: number[]) =>
  beatsMs.map((b) => Math.min(...clicksS.map((c) => Math.abs(c * 1000 - b))));

describe('estimateTempo', () => {
  for (const [bpm, rate] of [
    [90, 44_100],
    [120, 48_000],
    [128, 22_050],
    [174, 44_100],
  ] as const) {
    it(`reads a ${bpm} BPM click track at ${rate} Hz within 0.5 BPM, a beat on every click`, () => {
      // Clicks that do not start on a frame, so the beats must be placed between frames.
      const track = clickTrack({ bpm, seconds: 12, sampleRate: rate, firstS: 0.3173 });
      const { onset } = spectrumOf(planar(track.samples, 2), rate);
      const tempo = estimateTempo(onset, FRAMES_PER_SECOND);
      expect(tempo.bpm).not.toBeNull();
      expect(Math.abs((tempo.bpm as number) - bpm)).toBeLessThan(0.5);
      expect(tempo.confidence).toBeGreaterThan(0.5);
      expect(tempo.beatsMs.length).toBe(track.clicksS.length);
      expect(Math.max(...misses(tempo.beatsMs, track.clicksS))).toBeLessThan(15);
    });
  }

  it('reads 128 BPM from an arrangement whose pulse starts off the beat and stops in the breakdown', () => {
    const tempo = estimateTempo(spectrumOf([arrangement(22_050)], 22_050).onset, FRAMES_PER_SECOND);
    expect(Math.abs((tempo.bpm as number) - 128)).toBeLessThan(0.5);
    // The breakdown (45–60 s) has no onsets: its beats are carried on the grid, a period apart.
    const carried = tempo.beatsMs.filter((ms) => ms > 46_000 && ms < 59_000);
    const gaps = carried.slice(1).map((ms, i) => ms - (carried[i] as number));
    for (const gap of gaps) expect(Math.abs(gap - 60_000 / 128)).toBeLessThan(10);
  });

  it('puts the downbeats on the accented first click of every four', () => {
    const track = clickTrack({ bpm: 120, seconds: 12, sampleRate: 22_050, firstS: 0.3 });
    const tempo = estimateTempo(spectrumOf([track.samples], 22_050).onset, FRAMES_PER_SECOND);
    const bars = track.clicksS.filter((_, k) => k % 4 === 0);
    expect(tempo.downbeatsMs.length).toBe(bars.length);
    expect(Math.max(...misses(tempo.downbeatsMs, bars))).toBeLessThan(15);
  });

  it('finds no tempo in noise or in a drone', () => {
    for (const signal of [whiteNoise(12, 22_050), drone(12, 22_050)]) {
      const tempo = estimateTempo(spectrumOf([signal], 22_050).onset, FRAMES_PER_SECOND);
      expect(tempo.bpm).toBeNull();
      expect(tempo.confidence).toBeLessThan(0.15);
      expect(tempo.beatsMs).toEqual([]);
    }
  });

  it('gives a 10 s excerpt with a beat its tempo', () => {
    const track = clickTrack({ bpm: 97, seconds: 10, sampleRate: 22_050, firstS: 0.1 });
    const tempo = estimateTempo(spectrumOf([track.samples], 22_050).onset, FRAMES_PER_SECOND);
    expect(Math.abs((tempo.bpm as number) - 97)).toBeLessThan(0.5);
  });

  it('gives no tempo for less than 6 s, nor for silence', () => {
    const short = clickTrack({ bpm: 120, seconds: 5, sampleRate: 22_050 });
    expect(estimateTempo(spectrumOf([short.samples], 22_050).onset, FRAMES_PER_SECOND).bpm).toBeNull();
    expect(estimateTempo(new Float32Array(2000), FRAMES_PER_SECOND).bpm).toBeNull();
  });

  it('reads 60 and 200 BPM click tracks at the ends of the range, not at their double or half', () => {
    const slow = clickTrack({ bpm: 60, seconds: 12, sampleRate: 22_050 });
    const fast = clickTrack({ bpm: 200, seconds: 12, sampleRate: 22_050 });
    expect(estimateTempo(spectrumOf([slow.samples], 22_050).onset, FRAMES_PER_SECOND).bpm).toBeCloseTo(60, 0);
    expect(estimateTempo(spectrumOf([fast.samples], 22_050).onset, FRAMES_PER_SECOND).bpm).toBeCloseTo(200, 0);
  });
});
