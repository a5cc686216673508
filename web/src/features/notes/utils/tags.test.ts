import { describe, expect, it } from 'vitest';
import { parseTags, tagsProblem } from './tags';

describe('parseTags', () => {
  it('splits on commas, trims, lower-cases and drops repeats and empties', () => {
    expect(parseTags(' Mixing, fx,,mixing , ')).toEqual(['mixing', 'fx']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('tagsProblem', () => {
  it('accepts ordinary tags and names what is wrong otherwise', () => {
    expect(tagsProblem(['c#', 'lo-fi', 'hip hop'])).toBeNull();
    expect(tagsProblem(['<b>'])).toMatch(/letters/);
    expect(tagsProblem(['x'.repeat(41)])).toMatch(/41/);
    expect(tagsProblem(Array.from({ length: 31 }, (_, i) => `t${i}`))).toMatch(/30/);
  });
});
