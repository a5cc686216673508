import { describe, expect, it } from 'vitest';
import reference from '../../../../testdata/loudness-reference.json';
import { LOUDNESS_CASES } from '../../../test/signals';
import { LoudnessAnalyser, type LoudnessResult } from './loudness';
import { PeakAnalyser, type PeakResult } from './peaks';

/**
 * The level measurements on the reference signals of server/test/signals.ts, against what
 * ffmpeg's R128 meter recorded for the same samples (testdata/loudness-reference.json) and
 * against the answers EBU Tech 3341 and 3342 give for their cases.
 */

interface Recorded {
  integratedLufs: number;
  loudnessRangeLu: number;
  truePeakDbtp: number;
}
const recorded = reference.cases as Record<string, Recorded>;

const measured = new Map<string, { loudness: LoudnessResult; peaks: PeakResult }>();
/** Both analysers' results for a case, each signal made and measured once. */
function results(id: string): { loudness: LoudnessResult; peaks: PeakResult } {
  const known = measured.get(id);
  if (known) return known;
  const c = LOUDNESS_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const { sampleRate, channels } = c.make();
  const loudness = new LoudnessAnalyser({ sampleRate, channels: channels.length });
  const peaks = new PeakAnalyser({ sampleRate, channels: channels.length });
  const n = channels[0]?.length ?? 0;
  for (let at = 0; at < n; at += 4096) {
    const block = channels.map((x) => x.subarray(at, at + 4096));
    loudness.push(block);
    peaks.push(block);
  }
  const out = { loudness: loudness.finish(), peaks: peaks.finish() };
  measured.set(id, out);
  return out;
}

describe('levels against ffmpeg on the reference signals', () => {
  for (const c of LOUDNESS_CASES) {
    it(`${c.id} (${c.about}): integrated within 0.1 LU, range within 1 LU, true peak within 0.3 dB`, () => {
      const { loudness, peaks } = results(c.id);
      const expected = recorded[c.id] as Recorded;
      expect(Math.abs((loudness.integratedLufs as number) - expected.integratedLufs)).toBeLessThanOrEqual(0.1);
      expect(Math.abs((loudness.loudnessRangeLu as number) - expected.loudnessRangeLu)).toBeLessThanOrEqual(1);
      expect(Math.abs((peaks.truePeakDbtp as number) - expected.truePeakDbtp)).toBeLessThanOrEqual(0.3);
    });
  }
});

describe('levels on EBU Tech 3341 and 3342 signals', () => {
  const loudness = (id: string) => results(id).loudness;

  it('reads a stereo 1 kHz sine at −23 dBFS as −23 LUFS, momentary, short-term and integrated', () => {
    const r = loudness('tech3341-1-stereo-48k');
    expect(r.integratedLufs).toBeCloseTo(-23, 1);
    expect(r.momentaryMaxLufs).toBeCloseTo(-23, 1);
    expect(r.shortTermMaxLufs).toBeCloseTo(-23, 1);
    expect(r.loudnessRangeLu).toBeCloseTo(0, 1);
  });

  it('reads a mono file as one channel: 3 dB below the same sine in stereo', () => {
    expect(loudness('tech3341-1-mono-44k').integratedLufs).toBeCloseTo(-26.01, 1);
  });

  it('gates out the quiet parts of the −36/−23/−36 and −72/−36/−23/−36/−72 sequences', () => {
    expect(Math.abs((loudness('tech3341-3-stereo-48k').integratedLufs as number) + 23)).toBeLessThanOrEqual(0.11);
    expect(Math.abs((loudness('tech3341-4-stereo-44k').integratedLufs as number) + 23)).toBeLessThanOrEqual(0.11);
  });

  it('keeps every part of the −26/−20/−26 sequence (none is 10 LU below the whole)', () => {
    expect(Math.abs((loudness('tech3341-5-stereo-48k').integratedLufs as number) + 23)).toBeLessThanOrEqual(0.1);
  });

  it('measures a loudness range of 10 LU for −20 then −30, and 20 LU for −40 then −20', () => {
    expect(Math.abs((loudness('tech3342-1-stereo-48k').loudnessRangeLu as number) - 10)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((loudness('tech3342-3-stereo-44k').loudnessRangeLu as number) - 20)).toBeLessThanOrEqual(0.1);
  });

  it('reads the samples of the fs/4 sine at −3.01 dBFS and its true peak at 0 dBTP', () => {
    for (const id of ['intersample-stereo-48k', 'intersample-mono-44k']) {
      const { peaks } = results(id);
      expect(peaks.samplePeakDbfs).toBeCloseTo(-3.01, 2);
      expect(Math.abs(peaks.truePeakDbtp as number)).toBeLessThan(0.05);
    }
  });
});
