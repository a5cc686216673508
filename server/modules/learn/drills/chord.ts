import { ChordType, Interval } from 'tonal';
import { z } from 'zod';
import { between, distinct, type Generator, inOrder, midiRange, noteRange, once, pick, rangeWidth } from './shared';

/**
 * Chord quality: a chord in close position (root position, or any inversion where the drill
 * allows them), played together or arpeggiated upwards, named by its quality. A question carries
 * one sound, melodic or harmonic, so an arpeggiated chord (the beginner's) is not played together after.
 */

/** The qualities a drill may ask, in the order of the choices: triads, then sevenths. */
export const chordQualities = {
  major: { symbol: 'M', label: 'Major' },
  minor: { symbol: 'm', label: 'Minor' },
  diminished: { symbol: 'dim', label: 'Diminished' },
  augmented: { symbol: 'aug', label: 'Augmented' },
  sus2: { symbol: 'sus2', label: 'Suspended 2nd' },
  sus4: { symbol: 'sus4', label: 'Suspended 4th' },
  dominant7: { symbol: '7', label: 'Dominant 7th' },
  major7: { symbol: 'maj7', label: 'Major 7th' },
  minor7: { symbol: 'm7', label: 'Minor 7th' },
  half_diminished7: { symbol: 'm7b5', label: 'Half-diminished 7th' },
  diminished7: { symbol: 'dim7', label: 'Diminished 7th' },
  minor_major7: { symbol: 'mMaj7', label: 'Minor-major 7th' },
} as const;
export type ChordQuality = keyof typeof chordQualities;
const qualityOrder = Object.keys(chordQualities) as ChordQuality[];

/** Semitones above the root of each chord tone, root first (from tonal's chord dictionary). */
export const chordSemitones = (quality: ChordQuality): number[] =>
  ChordType.get(chordQualities[quality].symbol).intervals.map((i) => Interval.semitones(i) ?? Number.NaN);

/** The close-position voicing of an inversion, as semitones above its lowest note. */
export const voicing = (quality: ChordQuality, inversion: number): number[] => {
  const tones = chordSemitones(quality);
  const raised = [...tones.slice(inversion), ...tones.slice(0, inversion).map((t) => t + 12)];
  const bass = raised[0] ?? 0;
  return raised.map((t) => t - bass);
};

const inversionsOf = (quality: ChordQuality, inversions: boolean) =>
  inversions ? chordSemitones(quality).map((_, i) => i) : [0];

const widestSpan = (qualities: readonly ChordQuality[], inversions: boolean) =>
  Math.max(...qualities.flatMap((q) => inversionsOf(q, inversions).map((i) => Math.max(...voicing(q, i)))));

/** The pitch-class sets a quality makes on every root, as sorted keys ("0,4,7"). */
const pitchClassSets = (quality: ChordQuality) =>
  Array.from({ length: 12 }, (_, root) =>
    chordSemitones(quality)
      .map((t) => (t + root) % 12)
      .sort((a, b) => a - b)
      .join(','),
  );

/** With inversions, two qualities of the same notes on different roots (sus2 and sus4) could not be told apart. */
const confusable = (qualities: readonly ChordQuality[]) =>
  qualities.some((a, i) => qualities.slice(i + 1).some((b) => pitchClassSets(a).includes(pitchClassSets(b)[0] ?? '')));

export const chordConfig = z
  .strictObject({
    /** The qualities asked (the choices), two or more. */
    qualities: z
      .array(z.enum(qualityOrder as [ChordQuality, ...ChordQuality[]]))
      .min(2)
      .max(12),
    /** `arpeggiated`: one note at a time from the lowest; `harmonic`: all together. */
    voicing: z.enum(['arpeggiated', 'harmonic']),
    /** Whether a question may be an inversion (any chord tone in the bass) rather than root position. */
    inversions: z.boolean(),
    /** Every note of every chord lies in this range. */
    range: noteRange,
  })
  .refine((c) => distinct(c.qualities), { ...once, message: 'a quality may be listed once', path: ['qualities'] })
  .refine((c) => rangeWidth(c.range) >= widestSpan(c.qualities, c.inversions), {
    ...once,
    message: 'the range must hold the widest chord',
    path: ['range'],
  })
  .refine((c) => !c.inversions || !confusable(c.qualities), {
    ...once,
    message: 'with inversions, no two qualities may be the same notes on another root (sus2 and sus4)',
    path: ['qualities'],
  });
export type ChordConfig = z.output<typeof chordConfig>;

export const chord: Generator<ChordConfig> = (config, random) => {
  const qualities = inOrder(config.qualities, qualityOrder);
  const [low, high] = midiRange(config.range);
  const quality = pick(qualities, random);
  const shape = voicing(quality, pick(inversionsOf(quality, config.inversions), random));
  const bass = between(low, high - Math.max(...shape), random);
  const arpeggiated = config.voicing === 'arpeggiated';
  return {
    prompt: arpeggiated ? 'A chord, one note at a time. Which quality is it?' : 'Which chord quality do you hear?',
    sound: {
      kind: 'notes',
      midi: shape.map((t) => bass + t),
      style: arpeggiated ? 'melodic' : 'harmonic',
      gap_ms: arpeggiated ? 450 : 0,
    },
    choices: qualities.map((q) => chordQualities[q].label),
    answer: qualities.indexOf(quality),
  };
};
