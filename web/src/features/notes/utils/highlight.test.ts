import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('cuts the text at the matches', () => {
    expect(highlightParts('the synth and drums', [[4, 9]])).toEqual([
      { text: 'the ', match: false },
      { text: 'synth', match: true },
      { text: ' and drums', match: false },
    ]);
  });

  it('survives ranges out of order, overlapping or past the end', () => {
    expect(
      highlightParts('abcdef', [
        [4, 99],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: 'ab', match: true },
      { text: 'c', match: true },
      { text: 'd', match: false },
      { text: 'ef', match: true },
    ]);
    expect(highlightParts('', [[0, 1]])).toEqual([]);
  });
});
