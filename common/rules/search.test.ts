import { describe, expect, it } from 'vitest';
import { parseMarked, searchTerms } from './search';

describe('searchTerms', () => {
  it('takes the last word being typed as a prefix', () => {
    expect(searchTerms('mixing infob')).toEqual({ words: 'mixing', prefix: 'infob' });
    expect(searchTerms('  Synth ')).toEqual({ words: '', prefix: 'synth' });
  });

  it('leaves a one-letter word, a negated word, an open phrase and punctuation to the full query', () => {
    expect(searchTerms('a')).toEqual({ words: 'a', prefix: null });
    expect(searchTerms('drums -jazz')).toEqual({ words: 'drums -jazz', prefix: null });
    expect(searchTerms('"open phrase')).toEqual({ words: '"open phrase', prefix: null });
    expect(searchTerms('"closed phrase" tem')).toEqual({ words: '"closed phrase"', prefix: 'tem' });
    expect(searchTerms("what's up?")).toEqual({ words: "what's up?", prefix: null });
    expect(searchTerms('x:* & !(')).toEqual({ words: 'x:* & !(', prefix: null });
  });

  it('keeps letters of any script in the prefix', () => {
    expect(searchTerms('Über')).toEqual({ words: '', prefix: 'über' });
  });
});

describe('parseMarked', () => {
  const S = '\u0001';
  const E = '\u0002';

  it('removes the marks and reports where the matches are', () => {
    expect(parseMarked(`the ${S}synth${E} and the ${S}drums${E}`, S, E)).toEqual({
      text: 'the synth and the drums',
      highlights: [
        [4, 9],
        [18, 23],
      ],
    });
  });

  it('joins adjacent matches and ignores stray or empty marks', () => {
    expect(parseMarked(`${S}web${E}${S}search${E} ${E}x${S}${E}`, S, E)).toEqual({
      text: 'websearch x',
      highlights: [[0, 9]],
    });
  });

  it('counts offsets in UTF-16 units like the browser', () => {
    const r = parseMarked(`🎹 ${S}piano${E}`, S, E);
    expect(r.text.slice(r.highlights[0]![0], r.highlights[0]![1])).toBe('piano');
  });
});
