import { Interval, ScaleType } from 'tonal';
import { z } from 'zod';
import { between, distinct, type Generator, inOrder, midiRange, noteRange, once, pick, rangeWidth } from './shared';

/**
 * Scale recognition: a scale played from its tonic up to the octave (and, where the drill says
 * so, back down), named by its type. Melodic minor is the same going down as going up.
 */

/** The scales a drill may ask, in the order of the choices. */
export const scaleKinds = {
  major: { name: 'major', label: 'Major' },
  natural_minor: { name: 'aeolian', label: 'Natural minor' },
  harmonic_minor: { name: 'harmonic minor', label: 'Harmonic minor' },
  melodic_minor: { name: 'melodic minor', label: 'Melodic minor' },
  dorian: { name: 'dorian', label: 'Dorian' },
  phrygian: { name: 'phrygian', label: 'Phrygian' },
  lydian: { name: 'lydian', label: 'Lydian' },
  mixolydian: { name: 'mixolydian', label: 'Mixolydian' },
  locrian: { name: 'locrian', label: 'Locrian' },
  major_pentatonic: { name: 'major pentatonic', label: 'Major pentatonic' },
  minor_pentatonic: { name: 'minor pentatonic', label: 'Minor pentatonic' },
  blues: { name: 'minor blues', label: 'Blues' },
} as const;
export type ScaleKind = keyof typeof scaleKinds;
const scaleOrder = Object.keys(scaleKinds) as ScaleKind[];

/** Semitones above the tonic of each degree, tonic first, octave excluded (from tonal's scale dictionary). */
export const scaleSemitones = (kind: ScaleKind): number[] =>
  ScaleType.get(scaleKinds[kind].name).intervals.map((i) => Interval.semitones(i) ?? Number.NaN);

export const scaleConfig = z
  .strictObject({
    /** The scales asked (the choices), two or more. */
    scales: z
      .array(z.enum(scaleOrder as [ScaleKind, ...ScaleKind[]]))
      .min(2)
      .max(12),
    /** Up to the octave, or up and back down to the tonic. */
    direction: z.enum(['ascending', 'ascending_descending']),
    /** Every note lies in this range, at least an octave wide. */
    range: noteRange,
  })
  .refine((c) => distinct(c.scales), { ...once, message: 'a scale may be listed once', path: ['scales'] })
  .refine((c) => rangeWidth(c.range) >= 12, {
    ...once,
    message: 'the range must span at least an octave',
    path: ['range'],
  });
export type ScaleConfig = z.output<typeof scaleConfig>;

export const scale: Generator<ScaleConfig> = (config, random) => {
  const scales = inOrder(config.scales, scaleOrder);
  const [low, high] = midiRange(config.range);
  const kind = pick(scales, random);
  const tonic = between(low, high - 12, random);
  const up = [...scaleSemitones(kind), 12].map((t) => tonic + t);
  const both = config.direction === 'ascending_descending';
  return {
    prompt: both ? 'A scale, up and back down. Which is it?' : 'Which scale do you hear?',
    sound: { kind: 'notes', midi: both ? [...up, ...up.slice(0, -1).reverse()] : up, style: 'melodic', gap_ms: 350 },
    choices: scales.map((s) => scaleKinds[s].label),
    answer: scales.indexOf(kind),
  };
};
