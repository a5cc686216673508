import { z } from 'zod';
import { type RhythmValue, rhythmValues } from '#common/rules/rhythm';
import { distinct, type Generator, once, type Random, shuffle } from './shared';

/**
 * Rhythm dictation: a one- or two-bar pattern is clicked after a bar of count-in; the choices
 * are the pattern and near misses (one group of beats changed), written in the drill notation:
 *
 *   q quarter · h half · h. dotted half · q. dotted quarter · e eighth · e. dotted eighth ·
 *   s sixteenth · 3[eee] eighth-note triplet (one beat) · a value in parentheses is a rest:
 *   (q) quarter rest, (e) eighth rest · | bar line.
 *
 * The values sharing one beat are written together, as they would be beamed ("ee", "ssss",
 * "e.s", "(e)e"); groups are separated by spaces: "q ee q. e | (e)e ess h".
 *
 * What sounds is only where notes start, so two patterns sound alike when their onsets match
 * ("h" and "q (q)"); no wrong choice ever sounds like the right one or like another choice.
 */

/** A group of values filling whole beats; a pattern is a row of cells. */
interface Cell {
  notation: string;
  beats: number;
  /** Where notes start, in beats from the cell's start. */
  onsets: number[];
  /** The values it is written with: usable when the drill allows them all. */
  needs: RhythmValue[];
  /** How often it is drawn, relative to the others. */
  weight: number;
}

const cells: Cell[] = [
  { notation: 'q', beats: 1, onsets: [0], needs: ['quarter'], weight: 3 },
  { notation: '(q)', beats: 1, onsets: [], needs: ['quarter_rest'], weight: 1 },
  { notation: 'ee', beats: 1, onsets: [0, 0.5], needs: ['eighth'], weight: 3 },
  { notation: '(e)e', beats: 1, onsets: [0.5], needs: ['eighth', 'eighth_rest'], weight: 1 },
  { notation: 'ssss', beats: 1, onsets: [0, 0.25, 0.5, 0.75], needs: ['sixteenth'], weight: 2 },
  { notation: 'ess', beats: 1, onsets: [0, 0.5, 0.75], needs: ['eighth', 'sixteenth'], weight: 2 },
  { notation: 'sse', beats: 1, onsets: [0, 0.25, 0.5], needs: ['eighth', 'sixteenth'], weight: 2 },
  { notation: 'ses', beats: 1, onsets: [0, 0.25, 0.75], needs: ['eighth', 'sixteenth'], weight: 1 },
  { notation: 'e.s', beats: 1, onsets: [0, 0.75], needs: ['dotted_eighth', 'sixteenth'], weight: 2 },
  { notation: 'se.', beats: 1, onsets: [0, 0.25], needs: ['dotted_eighth', 'sixteenth'], weight: 1 },
  { notation: '3[eee]', beats: 1, onsets: [0, 1 / 3, 2 / 3], needs: ['triplet'], weight: 2 },
  { notation: 'h', beats: 2, onsets: [0], needs: ['half'], weight: 2 },
  { notation: 'q. e', beats: 2, onsets: [0, 1.5], needs: ['dotted_quarter', 'eighth'], weight: 2 },
  { notation: 'h.', beats: 3, onsets: [0], needs: ['dotted_half'], weight: 1 },
];

const usableCells = (values: readonly RhythmValue[]) => cells.filter((c) => c.needs.every((v) => values.includes(v)));

/**
 * Whether the values make enough patterns that sound different for the choices: counting only
 * rows of one-beat groups (a note on the first beat, then any group), each row sounds unlike the others.
 */
const variedEnough = (values: readonly RhythmValue[], beats: number, choices: number) => {
  const oneBeat = usableCells(values).filter((c) => c.beats === 1);
  const onBeat = oneBeat.filter((c) => c.onsets[0] === 0);
  return oneBeat.length >= 2 && onBeat.length * oneBeat.length ** (beats - 1) >= choices;
};

export const rhythmConfig = z
  .strictObject({
    tempo_bpm: z.number().int().min(40).max(200),
    beats_per_bar: z.number().int().min(2).max(6),
    bars: z.union([z.literal(1), z.literal(2)]),
    /** The note values and rests patterns are written with. */
    values: z.array(z.enum(rhythmValues)).min(2),
    /** How many patterns to choose from (the right one and near misses). */
    choice_count: z.union([z.literal(3), z.literal(4)]),
  })
  .refine((c) => distinct(c.values), { ...once, message: 'a value may be listed once', path: ['values'] })
  .refine((c) => variedEnough(c.values, c.beats_per_bar * c.bars, c.choice_count), {
    ...once,
    message: 'the values must make at least two one-beat groups, one starting on the beat, and enough patterns',
    path: ['values'],
  });
export type RhythmConfig = z.output<typeof rhythmConfig>;

/** A cell placed in the pattern: `bar` and `beat` where it starts. */
interface Placed {
  cell: Cell;
  bar: number;
  beat: number;
}

const weightedPick = (options: readonly Cell[], random: Random): Cell => {
  let ticket = random(options.reduce((sum, c) => sum + c.weight, 0));
  for (const option of options) {
    ticket -= option.weight;
    if (ticket < 0) return option;
  }
  throw new Error('Nothing to pick from');
};

/** Cells filling `beats` beats from `beat` of `bar`; the pattern's first note falls on its first beat. */
const fill = (usable: readonly Cell[], bar: number, beat: number, beats: number, random: Random): Placed[] => {
  const placed: Placed[] = [];
  for (let at = beat; at < beat + beats; ) {
    const first = bar === 0 && at === 0;
    const options = usable.filter((c) => c.beats <= beat + beats - at && (!first || c.onsets[0] === 0));
    const cell = weightedPick(options, random);
    placed.push({ cell, bar, beat: at });
    at += cell.beats;
  }
  return placed;
};

const notationOf = (pattern: readonly Placed[], bars: number) =>
  Array.from({ length: bars }, (_, bar) =>
    pattern
      .filter((p) => p.bar === bar)
      .map((p) => p.cell.notation)
      .join(' '),
  ).join(' | ');

const onsetsOf = (pattern: readonly Placed[], beatsPerBar: number) =>
  pattern.flatMap((p) => p.cell.onsets.map((o) => p.bar * beatsPerBar + p.beat + o));

/** Onsets as whole ticks (48 to the beat: thirds and sixteenths both land on one), to compare sounds. */
const soundKey = (onsets: readonly number[]) => onsets.map((o) => Math.round(o * 48)).join(',');

/** The pattern with one cell's beats filled afresh. */
const mutate = (pattern: readonly Placed[], usable: readonly Cell[], random: Random): Placed[] => {
  const index = random(pattern.length);
  const { cell, bar, beat } = pattern[index] as Placed;
  return [...pattern.slice(0, index), ...fill(usable, bar, beat, cell.beats, random), ...pattern.slice(index + 1)];
};

export const rhythm: Generator<RhythmConfig> = (config, random) => {
  const usable = usableCells(config.values);
  const { beats_per_bar: beatsPerBar, bars } = config;
  const right = Array.from({ length: bars }, (_, bar) => fill(usable, bar, 0, beatsPerBar, random)).flat();
  const patterns = [right];
  const heard = new Set([soundKey(onsetsOf(right, beatsPerBar))]);
  // Near misses change one group of beats; only when those run out do they change more.
  for (let attempt = 0; patterns.length < config.choice_count; attempt++) {
    if (attempt >= 2000) throw new Error('Too few distinct rhythms for the choices');
    let candidate = right;
    for (let changes = 1 + Math.floor(attempt / 100); changes > 0; changes--)
      candidate = mutate(candidate, usable, random);
    const key = soundKey(onsetsOf(candidate, beatsPerBar));
    if (heard.has(key)) continue;
    heard.add(key);
    patterns.push(candidate);
  }
  const order = shuffle(
    patterns.map((_, i) => i),
    random,
  );
  return {
    prompt: 'After a bar of count-in, which rhythm do you hear?',
    sound: {
      kind: 'rhythm',
      tempo_bpm: config.tempo_bpm,
      beats_per_bar: beatsPerBar,
      onsets: onsetsOf(right, beatsPerBar),
      length_beats: beatsPerBar * bars,
    },
    choices: order.map((i) => notationOf(patterns[i] as Placed[], bars)),
    answer: order.indexOf(0),
  };
};
