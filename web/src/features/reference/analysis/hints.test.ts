import { describe, expect, it } from 'vitest';
import {
  confidenceWords,
  formatDb,
  keyHint,
  loudnessHint,
  loudnessRangeHint,
  plrHint,
  tempoHint,
  truePeakHint,
} from './hints';
import { dbToGain, gainLabel, matchedGains } from './matched-gains';

describe('loudnessHint', () => {
  it('says a loud master will be turned down by its distance from −14 LUFS', () => {
    expect(loudnessHint(-9)).toBe(
      'louder than most streaming platforms play back; it will be turned down by about 5 dB',
    );
    expect(loudnessHint(-6.4)).toContain('turned down by about 8 dB');
  });

  it('says a track near −14 LUFS plays at its own level', () => {
    expect(loudnessHint(-14)).toMatch(/^about the level most streaming platforms play back/);
    expect(loudnessHint(-13.2)).toMatch(/^about the level/);
    expect(loudnessHint(-14.9)).toMatch(/^about the level/);
  });

  it('names the broadcast level near −23 LUFS and says quieter tracks may be turned up', () => {
    expect(loudnessHint(-23.4)).toMatch(/broadcast level \(EBU R128, −23 LUFS\)/);
    expect(loudnessHint(-18)).toBe(
      'quieter than most streaming platforms play back; some turn it up by about 4 dB when its peaks leave room, others play it as it is',
    );
  });

  it('says silence cannot be measured', () => {
    expect(loudnessHint(null)).toMatch(/too quiet to measure/);
  });
});

describe('truePeakHint', () => {
  it('warns of clipping after encoding above −1 dBTP, and of clipping already above 0 dBTP', () => {
    expect(truePeakHint(-0.3)).toMatch(/^above −1 dBTP: it may clip once encoded/);
    expect(truePeakHint(0.8)).toMatch(/^above 0 dBTP: it clips on playback already/);
    expect(truePeakHint(-1)).toMatch(/^at or below −1 dBTP/);
    expect(truePeakHint(-6)).toMatch(/room enough/);
    expect(truePeakHint(null)).toMatch(/silent/);
  });
});

describe('plrHint and loudnessRangeHint', () => {
  it('reads the peak-to-loudness ratio as how hard the track is compressed', () => {
    expect(plrHint(6)).toMatch(/^heavily compressed/);
    expect(plrHint(8)).toMatch(/^moderately compressed/);
    expect(plrHint(13)).toMatch(/^dynamic/);
    expect(plrHint(18)).toMatch(/^very dynamic/);
    expect(plrHint(null)).toMatch(/not measurable/);
  });

  it('reads the loudness range as how much the level moves between passages', () => {
    expect(loudnessRangeHint(2.5)).toMatch(/^very even/);
    expect(loudnessRangeHint(6)).toMatch(/^moderate/);
    expect(loudnessRangeHint(10)).toMatch(/^wide/);
    expect(loudnessRangeHint(20)).toMatch(/^very wide/);
    expect(loudnessRangeHint(null)).toMatch(/not measurable/);
  });
});

describe('tempoHint and keyHint', () => {
  it('puts the confidence in words and asks for a check by ear when unsure', () => {
    expect(confidenceWords(0.9)).toBe('sure');
    expect(confidenceWords(0.5)).toBe('fairly sure');
    expect(confidenceWords(0.1)).toBe('unsure');
    expect(tempoHint(128, 0.85)).toBe('sure of the beat');
    expect(tempoHint(87, 0.2)).toBe('unsure: check by ear, it may be half or double');
    expect(tempoHint(null, 0)).toBe('no steady beat found');
  });

  it('names the runner-up key', () => {
    expect(keyHint('A minor', 0.8, { key: 'C major', confidence: 0.6 })).toBe('sure; otherwise C major');
    expect(keyHint('F# major', 0.45, null)).toBe('fairly sure');
    expect(keyHint(null, null, null)).toMatch(/no clear key/);
  });
});

describe('formatDb', () => {
  it('writes one decimal with a true minus sign, and a plus only when asked', () => {
    expect(formatDb(-3.24)).toBe('−3.2');
    expect(formatDb(2)).toBe('2.0');
    expect(formatDb(2, true)).toBe('+2.0');
    expect(formatDb(-0.04)).toBe('0.0');
  });
});

describe('matchedGains', () => {
  it('turns the louder track down by the loudness difference and leaves the quieter one', () => {
    expect(matchedGains(-14, -10.8)).toEqual({ a: 0, b: expect.closeTo(-3.2, 9), matched: true });
    expect(matchedGains(-7, -12)).toEqual({ a: -5, b: 0, matched: true });
    expect(matchedGains(-9, -9)).toEqual({ a: 0, b: 0, matched: true });
  });

  it('plays both as they are when a loudness is unknown', () => {
    expect(matchedGains(null, -9)).toEqual({ a: 0, b: 0, matched: false });
    expect(matchedGains(-9, null)).toEqual({ a: 0, b: 0, matched: false });
  });

  it('labels and converts the gains', () => {
    expect(gainLabel('B', -3.2)).toBe('B −3.2 dB');
    expect(gainLabel('A', 0)).toBe('A 0.0 dB');
    expect(dbToGain(0)).toBe(1);
    expect(dbToGain(-20)).toBeCloseTo(0.1, 12);
  });
});
