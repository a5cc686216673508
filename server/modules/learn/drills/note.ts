import { Key, Note } from 'tonal';
import { z } from 'zod';
import { chromaOf, distinct, type Generator, midiRange, noteRange, once, pick, rangeWidth, spell } from './shared';

/**
 * Note naming: a reference note is played and named in the prompt, then the note to name,
 * answered among pitch-class names spelled for the drill's key.
 */

const keyPattern = /^([A-G](?:#|b)?) (major|minor)$/;

/** The seven notes of a key ("Eb major" → Eb F G Ab Bb C D; a minor key's natural minor scale). */
const keyScale = (key: string): string[] => {
  const [, tonic = '', mode] = keyPattern.exec(key) ?? [];
  return mode === 'major' ? [...Key.majorKey(tonic).scale] : [...Key.minorKey(tonic).natural.scale];
};

/** Sharps or flats in the key signature: > 0 sharps, < 0 flats. */
const keySide = (key: string): number => {
  const [, tonic = '', mode] = keyPattern.exec(key) ?? [];
  return mode === 'major' ? Key.majorKey(tonic).alteration : Key.minorKey(tonic).alteration;
};

// The five notes outside a key take the key's side; C major and A minor use the usual mix.
const flatNames = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
const sharpNames = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const plainNames = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];

/**
 * The pitch-class names a drill answers with, in keyboard order from C: the key's seven notes
 * as the key spells them, and for `chromatic` the other five on the key's side (Eb major: Db,
 * E, Gb, A, B; never A#).
 */
export const notePitchClasses = (key: string, set: 'diatonic' | 'chromatic' | readonly string[]): string[] => {
  if (typeof set !== 'string') {
    const spelled = notePitchClasses(key, 'chromatic');
    return spelled.filter((name) => set.includes(name));
  }
  const scale = keyScale(key);
  const byChroma = new Map(scale.map((name) => [Note.chroma(name), name] as const));
  if (set === 'chromatic') {
    const side = keySide(key);
    const names = side > 0 ? sharpNames : side < 0 ? flatNames : plainNames;
    names.forEach((name, chroma) => {
      if (!byChroma.has(chroma)) byChroma.set(chroma, name);
    });
  }
  return [...byChroma.entries()].sort(([a], [b]) => a - b).map(([, name]) => name);
};

export const noteConfig = z
  .strictObject({
    /** The key that spells the notes, "<tonic> major" or "<tonic> minor" ("Eb major", "F# minor"). */
    key: z
      .string()
      .regex(keyPattern, 'must be a key such as "C major" or "F# minor"')
      .refine((key) => keyScale(key).every((name) => !/##|bb/.test(name)), {
        ...once,
        message: 'must be a key whose notes need no double sharps or flats',
      }),
    /**
     * The answers: the key's seven notes, all twelve, or a list of two or more of them spelled
     * as the key spells them (["C", "E", "G"]; in Eb major "Gb", not "F#").
     */
    pitch_classes: z.union([z.enum(['diatonic', 'chromatic']), z.array(z.string()).min(2).max(12)]),
    /** The first (named) note: the key's tonic, or any note of its scale. */
    reference: z.enum(['tonic', 'scale']),
    /** Both notes lie in this range, at least an octave wide. */
    range: noteRange,
  })
  .refine((c) => typeof c.pitch_classes === 'string' || distinct(c.pitch_classes), {
    ...once,
    message: 'a pitch class may be listed once',
    path: ['pitch_classes'],
  })
  .refine(
    (c) =>
      typeof c.pitch_classes === 'string' ||
      c.pitch_classes.every((name) => notePitchClasses(c.key, 'chromatic').includes(name)),
    { ...once, message: 'each pitch class must be a note name as the key spells it', path: ['pitch_classes'] },
  )
  .refine((c) => rangeWidth(c.range) >= 12, {
    ...once,
    message: 'the range must span at least an octave',
    path: ['range'],
  });
export type NoteConfig = z.output<typeof noteConfig>;

/** The MIDI notes in [low, high] whose pitch class is among `names`, each with its name. */
const notesIn = (low: number, high: number, names: readonly string[]) => {
  const byChroma = new Map(names.map((name) => [Note.chroma(name), name] as const));
  const notes: { midi: number; pc: string }[] = [];
  for (let midi = low; midi <= high; midi++) {
    const pc = byChroma.get(chromaOf(midi));
    if (pc !== undefined) notes.push({ midi, pc });
  }
  return notes;
};

export const note: Generator<NoteConfig> = (config, random) => {
  const choices = notePitchClasses(config.key, config.pitch_classes);
  const scale = keyScale(config.key);
  const [low, high] = midiRange(config.range);
  const reference = pick(notesIn(low, high, config.reference === 'tonic' ? scale.slice(0, 1) : scale), random);
  const target = pick(
    notesIn(low, high, choices).filter((n) => n.midi !== reference.midi),
    random,
  );
  return {
    prompt: `The first note is ${spell(reference.midi, reference.pc)}. Name the second.`,
    sound: { kind: 'notes', midi: [reference.midi, target.midi], style: 'melodic', gap_ms: 900 },
    choices,
    answer: choices.indexOf(target.pc),
  };
};
