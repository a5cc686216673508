import { randomInt } from 'node:crypto';
import { Interval, Note } from 'tonal';
import type { DrillQuestion } from '#common/contracts/learn';
import type { DrillType } from '#common/enums';

/** A source of randomness: an integer in [0, n). Tests pass a seeded one. */
export type Random = (n: number) => number;
export const cryptoRandom: Random = (n) => randomInt(n);

export interface DrillSpec {
  drill_type: DrillType;
  config: Record<string, unknown>;
}

type Generator = (config: Record<string, unknown>, random: Random) => DrillQuestion;

const pick = <T>(items: readonly T[], random: Random): T => {
  const item = items[random(items.length)];
  if (item === undefined) throw new Error('Nothing to pick from');
  return item;
};

const midiOf = (note: string): number => {
  const midi = Note.midi(note);
  if (midi === null) throw new Error(`Not a note: ${note}`);
  return midi;
};

/** Interval recognition: two notes in the configured range, named by their interval. */
const interval: Generator = (config, random) => {
  const intervals = config.intervals as string[];
  const [low, high] = (config.range as [string, string]).map(midiOf) as [number, number];
  const name = pick(intervals, random);
  const semitones = Interval.semitones(name);
  const root = low + random(Math.max(1, high - low - semitones + 1));
  const direction = config.direction === 'mixed' ? pick(['ascending', 'descending'], random) : config.direction;
  const midi = direction === 'descending' ? [root + semitones, root] : [root, root + semitones];
  return {
    prompt: 'Which interval do you hear?',
    sound: { kind: 'notes', midi, style: direction === 'harmonic' ? 'harmonic' : 'melodic', gap_ms: 700 },
    choices: intervals.map((i) => Interval.get(i).name),
    answer: intervals.indexOf(name),
  };
};

const generators: Partial<Record<DrillType, Generator>> = { interval };

/** `count` questions for a drill, from its type's generator and its config. */
export function generateQuestions(drill: DrillSpec, count: number, random: Random = cryptoRandom): DrillQuestion[] {
  const generator = generators[drill.drill_type];
  if (!generator) throw new Error(`No generator for ${drill.drill_type} drills`);
  return Array.from({ length: count }, () => generator(drill.config, random));
}
