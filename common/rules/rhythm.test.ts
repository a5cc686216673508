import { describe, expect, it } from 'vitest';
import { countOf, readRhythm } from './rhythm';

describe('readRhythm', () => {
  it('reads each value, dots, rests and triplets as onsets in beats', () => {
    expect(readRhythm('q ee q. e | (e)e ess h')).toEqual({
      onsets: [0, 1, 1.5, 2, 3.5, 4.5, 5, 5.5, 5.75, 6],
      beats: 8,
    });
    expect(readRhythm('3[eee] e.s se. h.')).toEqual({ onsets: [0, 1 / 3, 2 / 3, 1, 1.75, 2, 2.25, 3], beats: 6 });
  });

  it('refuses what is not the notation', () => {
    expect(() => readRhythm('q x q')).toThrow(/"x"/);
    expect(() => readRhythm('q 3[ee]')).toThrow();
  });

  it('hears a half note and a quarter with a rest alike', () => {
    expect(readRhythm('h').onsets).toEqual(readRhythm('q (q)').onsets);
  });
});

describe('countOf', () => {
  it('counts beats within the bar and the syllables between them', () => {
    const count = (notation: string) => readRhythm(notation).onsets.map((o) => countOf(o, 4));
    expect(count('q ssss ess 3[eee] | q')).toEqual(['1', '2', 'e', '&', 'a', '3', '&', 'a', '4', 'trip', 'let', '1']);
  });
});
