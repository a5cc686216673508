/**
 * Reading the ear-training drills' rhythm notation (docs/RULES.md, "Learn: ear-training drills"):
 * `q` quarter, `h` half, `e` eighth, `s` sixteenth, a dot adds half the value, `(q)` a rest,
 * `3[eee]` three eighths in one beat, groups separated by spaces and bars by `|`. Only where
 * notes start is heard, so a pattern reads as its onsets.
 */

/** The note values and rests a rhythm drill may be configured with. */
export const rhythmValues = [
  'quarter',
  'half',
  'dotted_half',
  'eighth',
  'quarter_rest',
  'eighth_rest',
  'dotted_quarter',
  'sixteenth',
  'dotted_eighth',
  'triplet',
] as const;
export type RhythmValue = (typeof rhythmValues)[number];

const BEATS: Record<string, number> = { h: 2, q: 1, e: 0.5, s: 0.25 };
const TOKEN = /3\[eee\]|\([hqes]\.?\)|[hqes]\.?/g;

export interface RhythmReading {
  /** Where notes start, in beats from the start of the pattern. */
  onsets: number[];
  /** How many beats the pattern lasts. */
  beats: number;
}

/** Reads a pattern; a group that is not written in the notation throws. */
export function readRhythm(notation: string): RhythmReading {
  const tokens = notation
    .split(/\s+/)
    .filter((group) => group !== '' && group !== '|')
    .flatMap((group) => {
      const read = group.match(TOKEN) ?? [];
      if (read.join('') !== group) throw new Error(`Not rhythm notation: "${group}"`);
      return read;
    });
  const onsets: number[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token === '3[eee]') {
      onsets.push(at, at + 1 / 3, at + 2 / 3);
      at += 1;
      continue;
    }
    const rest = token.startsWith('(');
    const value = rest ? token.slice(1, -1) : token;
    const beats = (BEATS[value[0] as string] as number) * (value.endsWith('.') ? 1.5 : 1);
    if (!rest) onsets.push(at);
    at += beats;
  }
  return { onsets, beats: at };
}

const SYLLABLES: [number, string][] = [
  [0.25, 'e'],
  [1 / 3, 'trip'],
  [0.5, '&'],
  [2 / 3, 'let'],
  [0.75, 'a'],
];

/**
 * How a musician counts an onset: the beat's number within its bar on the beat, and "e & a"
 * (sixteenths) or "trip let" (triplets) between.
 */
export function countOf(onset: number, beatsPerBar: number): string {
  const beat = Math.floor(onset + 1e-9);
  const part = onset - beat;
  if (part < 1e-6) return String((beat % beatsPerBar) + 1);
  const [, syllable] = SYLLABLES.reduce((best, s) => (Math.abs(s[0] - part) < Math.abs(best[0] - part) ? s : best));
  return syllable;
}
