import { randomInt } from 'node:crypto';
import { Note } from 'tonal';
import { z } from 'zod';
import type { DrillQuestion } from '#common/contracts/learn';

/** A source of randomness: an integer in [0, n). Tests pass a seeded one. */
export type Random = (n: number) => number;
export const cryptoRandom: Random = (n) => randomInt(n);

/** One drill type's generator: a question from the drill's parsed config. */
export type Generator<Config> = (config: Config, random: Random) => DrillQuestion;

/** The lowest and highest notes a piano (and the `notes` sound) has. */
export const MIDI_LOW = 21;
export const MIDI_HIGH = 108;

export const pick = <T>(items: readonly T[], random: Random): T => {
  const item = items[random(items.length)];
  if (item === undefined) throw new Error('Nothing to pick from');
  return item;
};

/** A uniformly shuffled copy (Fisher–Yates). */
export const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

/** An integer in [low, high]. */
export const between = (low: number, high: number, random: Random): number => low + random(high - low + 1);

export const midiOf = (note: string): number => {
  const midi = Note.midi(note);
  if (midi === null) throw new Error(`Not a note: ${note}`);
  return midi;
};

/** The pitch class 0–11 of a MIDI note (C = 0). */
export const chromaOf = (midi: number): number => ((midi % 12) + 12) % 12;

/** A note with its octave ("C4", "Eb3", "F#5"), on the piano. */
export const noteName = z.string().refine((name) => {
  const note = Note.get(name);
  return !note.empty && note.oct !== undefined && note.midi !== null && note.midi >= MIDI_LOW && note.midi <= MIDI_HIGH;
}, 'must be a note with its octave on the piano (A0–C8), e.g. "C4" or "Eb3"');

/**
 * Refinement options: check the whole only once its parts are valid (a field's own failed
 * check does not stop zod from running the checks of the object around it).
 */
export const once = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** The notes a drill may play, lowest and highest, as note names ("C4", "C5"). */
export const noteRange = z.tuple([noteName, noteName]).refine(([low, high]) => midiOf(low) < midiOf(high), {
  ...once,
  message: 'the range must go from a lower note to a higher one',
});

/** The range as MIDI numbers. */
export const midiRange = (range: readonly [string, string]): [number, number] => [midiOf(range[0]), midiOf(range[1])];

/** How many semitones a range spans. */
export const rangeWidth = (range: readonly [string, string]): number => midiOf(range[1]) - midiOf(range[0]);

/** The name of `midi` spelled with pitch class `pc`, e.g. (63, "Eb") → "Eb4", (59, "Cb") → "Cb4". */
export const spell = (midi: number, pc: string): string => {
  for (let octave = -1; octave <= 9; octave++) {
    const name = `${pc}${octave}`;
    if (Note.midi(name) === midi) return name;
  }
  throw new Error(`${pc} is not the pitch class of MIDI ${midi}`);
};

/** A list with no repeats, kept in the order of `order` (the canonical one), whatever the config's order. */
export const inOrder = <T>(chosen: readonly T[], order: readonly T[]): T[] =>
  order.filter((item) => chosen.includes(item));

/** Refinement: no item appears twice. */
export const distinct = (items: readonly unknown[]) => new Set(items).size === items.length;
