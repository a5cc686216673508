import type { Random } from './shared';

/** Helpers for the generators' tests. */

/** A deterministic Random from a seed (mulberry32), so a test sees the same questions every run. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * n);
  };
};

/** A note name's MIDI number, worked out here rather than by the library the generators use. */
export function midiOfName(name: string): number {
  const match = /^([A-G])(#{1,2}|b{1,2})?(-?\d)$/.exec(name);
  if (!match) throw new Error(`Not a note: ${name}`);
  const [, letter = 'C', accidentals = '', octave = '4'] = match;
  const letters: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
  const shift = accidentals.startsWith('#') ? accidentals.length : -accidentals.length;
  return 12 * (Number(octave) + 1) + (letters[letter] ?? 0) + shift;
}
