import { Interval } from 'tonal';
import { z } from 'zod';
import { between, distinct, type Generator, inOrder, midiRange, noteRange, once, pick, rangeWidth } from './shared';

/**
 * Interval recognition: two notes, one after the other (going up or down) or together, named
 * by the interval between them. `mixed` plays each question up or down at random.
 */

/** The intervals a drill may ask, in tonal's notation, smallest first (the order of the choices). */
export const intervalCodes = [
  'm2',
  'M2',
  'm3',
  'M3',
  'P4',
  'A4',
  'd5',
  'P5',
  'm6',
  'M6',
  'm7',
  'M7',
  'P8',
  'm9',
  'M9',
  'm10',
  'M10',
  'P11',
  'P12',
  'm13',
  'M13',
  'm14',
  'M14',
  'P15',
] as const;
export type IntervalCode = (typeof intervalCodes)[number];

export const intervalDirections = ['ascending', 'descending', 'harmonic', 'mixed'] as const;

const qualityWords: Record<string, string> = { m: 'Minor', M: 'Major', P: 'Perfect' };
const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

export const semitonesOf = (code: IntervalCode): number => Interval.semitones(code) ?? Number.NaN;

/** The interval's name as a musician says it: "Minor 3rd", "Perfect 5th", "Tritone", "Octave". */
export const intervalLabel = (code: IntervalCode): string => {
  if (code === 'A4' || code === 'd5') return 'Tritone';
  if (code === 'P8') return 'Octave';
  if (code === 'P15') return 'Two octaves';
  const interval = Interval.get(code);
  return `${qualityWords[interval.q]} ${ordinal(interval.num)}`;
};

export const intervalConfig = z
  .strictObject({
    /** The intervals asked (the choices), two or more, no two of the same size. */
    intervals: z.array(z.enum(intervalCodes)).min(2).max(12),
    /** Melodic up, melodic down, both notes together, or up or down by question (`mixed`). */
    direction: z.enum(intervalDirections),
    /** Both notes of every question lie in this range. */
    range: noteRange,
  })
  .refine((c) => distinct(c.intervals.map(semitonesOf)), {
    ...once,
    message: 'no two intervals may have the same size (A4 and d5 sound the same)',
    path: ['intervals'],
  })
  .refine((c) => rangeWidth(c.range) >= Math.max(...c.intervals.map(semitonesOf)), {
    ...once,
    message: 'the range must hold the largest interval',
    path: ['range'],
  });
export type IntervalConfig = z.output<typeof intervalConfig>;

export const interval: Generator<IntervalConfig> = (config, random) => {
  const intervals = inOrder(config.intervals, intervalCodes);
  const [low, high] = midiRange(config.range);
  const code = pick(intervals, random);
  const semitones = semitonesOf(code);
  const direction =
    config.direction === 'mixed' ? pick(['ascending', 'descending'] as const, random) : config.direction;
  const bottom = between(low, high - semitones, random);
  const top = bottom + semitones;
  const harmonic = direction === 'harmonic';
  return {
    prompt: harmonic ? 'Two notes sound together. Which interval is it?' : 'Which interval do you hear?',
    sound: {
      kind: 'notes',
      midi: direction === 'descending' ? [top, bottom] : [bottom, top],
      style: harmonic ? 'harmonic' : 'melodic',
      gap_ms: harmonic ? 0 : 700,
    },
    choices: intervals.map(intervalLabel),
    answer: intervals.indexOf(code),
  };
};
