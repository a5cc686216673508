import { describe, expect, it } from 'vitest';
import { ARRANGEMENT, arrangement, clickTrack, shortTermLevelDb } from '../../../test/music-signals';
import { FRAMES_PER_SECOND } from './audio';
import { findSections, type Section } from './sections';
import { spectrumOf } from './spectrum';

function sectionsOf(samples: Float32Array, rate: number): Section[] {
  const r = spectrumOf([samples], rate);
  return findSections({
    melDb: r.melDb,
    bandCount: r.bands.count,
    energyDb: shortTermLevelDb(samples, rate),
    framesPerSecond: FRAMES_PER_SECOND,
  });
}

/** Sections follow each other from 0 to the end of the last frame, without gaps. */
function expectCovering(sections: Section[], durationMs: number) {
  expect(sections[0]?.startMs).toBe(0);
  sections.forEach((s, i) => {
    expect(s.endMs).toBeGreaterThan(s.startMs);
    if (i > 0) expect(s.startMs).toBe(sections[i - 1]?.endMs);
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });
  expect(sections[sections.length - 1]?.endMs).toBeCloseTo(durationMs, -1);
}

const rate = 22_050;
/** Made once: the arrangement takes a while to synthesise. */
const song = arrangement(rate);

describe('findSections', () => {
  it('finds the intro, build, drop, breakdown and outro of an arrangement within a second', () => {
    const samples = song;
    const sections = sectionsOf(samples, rate);
    expectCovering(sections, (samples.length / rate) * 1000);
    expect(sections.map((s) => s.label)).toEqual(ARRANGEMENT.map((s) => s.label));
    sections.forEach((s, i) => {
      expect(Math.abs(s.startMs / 1000 - (ARRANGEMENT[i]?.startS as number))).toBeLessThan(1);
      expect(s.confidence).toBeGreaterThan(0.5);
    });
  });

  it('gives a steady track one section', () => {
    const { samples } = clickTrack({ bpm: 128, seconds: 40, sampleRate: rate });
    const sections = sectionsOf(samples, rate);
    expect(sections).toHaveLength(1);
    expectCovering(sections, 40_000);
  });

  it('gives a track shorter than two sections one section, and an empty one none', () => {
    const samples = song.subarray(10 * rate, 20 * rate);
    expect(sectionsOf(samples, rate)).toHaveLength(1);
    expect(
      findSections({ melDb: new Float32Array(0), bandCount: 64, energyDb: new Float32Array(0), framesPerSecond: 100 }),
    ).toEqual([]);
  });

  it('labels the arrangement from the mel bands alone when there is no loudness', () => {
    const r = spectrumOf([song], rate);
    const sections = findSections({
      melDb: r.melDb,
      bandCount: r.bands.count,
      energyDb: new Float32Array(0),
      framesPerSecond: FRAMES_PER_SECOND,
    });
    expect(sections.map((s) => s.label)).toEqual(ARRANGEMENT.map((s) => s.label));
  });

  it('takes silence (loudness −Infinity) as quiet, not as an error', () => {
    const samples = new Float32Array(30 * rate);
    samples.set(song.subarray(30 * rate, 45 * rate), 15 * rate);
    const sections = sectionsOf(samples, rate);
    expectCovering(sections, 30_000);
    expect(sections.map((s) => Math.round(s.startMs / 1000))).toEqual([0, 15]);
  });
});
