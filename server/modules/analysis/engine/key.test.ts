import { describe, expect, it } from 'vitest';
import { chordProgression, whiteNoise } from '../../../test/music-signals';
import { estimateKey } from './key';
import { spectrumOf } from './spectrum';

const major = (root: number) => [root, root + 4, root + 7];
const minor = (root: number) => [root, root + 3, root + 7];

/**
 * Progressions that name their key and no neighbour: each has the key's own fourth degree
 * (absent from its dominant key) and, for minor keys, the raised seventh of the major dominant
 * chord (absent from the relative major).
 */
const PROGRESSIONS: [string, number[][]][] = [
  ['D major', [major(62), major(67), major(69), major(62)]], // I IV V I
  ['Eb major', [major(63), minor(60), major(68), major(70)]], // I vi IV V
  ['Bb major', [major(58), major(63), major(65), major(58)]], // I IV V I
  ['A minor', [minor(57), minor(62), major(64), minor(57)]], // i iv V i
  ['F# minor', [minor(54), minor(59), major(61), minor(54)]], // i iv V i
  ['C minor', [minor(60), major(56), minor(65), major(55)]], // i VI iv V
];

describe('estimateKey', () => {
  for (const [key, chords] of PROGRESSIONS) {
    it(`reads ${key} from a chord progression, with a different runner-up`, () => {
      const r = spectrumOf([chordProgression({ chords, secondsPerChord: 2, sampleRate: 22_050 })], 22_050);
      const found = estimateKey(r.chroma, r.onset.length);
      expect(found?.key).toBe(key);
      expect(found?.confidence).toBeGreaterThan(0.7);
      expect(found?.runnerUp.key).not.toBe(key);
      expect(found?.runnerUp.confidence).toBeLessThanOrEqual(found?.confidence as number);
    });
  }

  it('reads the same key from a 48 kHz recording', () => {
    const chords = PROGRESSIONS[3]?.[1] as number[][];
    const r = spectrumOf([chordProgression({ chords, secondsPerChord: 2, sampleRate: 48_000 })], 48_000);
    expect(estimateKey(r.chroma, r.onset.length)?.key).toBe('A minor');
  });

  it('finds no key in silence or in noise', () => {
    const silence = spectrumOf([new Float32Array(22_050 * 2)], 22_050);
    expect(estimateKey(silence.chroma, silence.onset.length)).toBeNull();
    const noise = spectrumOf([whiteNoise(4, 44_100)], 44_100);
    expect(estimateKey(noise.chroma, noise.onset.length)).toBeNull();
    expect(estimateKey(new Float32Array(0), 0)).toBeNull();
  });
});
