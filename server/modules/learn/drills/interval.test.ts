import { describe, expect, it } from 'vitest';
import { musicDrills } from '../../../db/seed/learn/drills';
import { generateQuestions, intervalConfig } from './generate';
import { midiOfName, seededRandom } from './testing';

/** Each label's size in semitones, written out here to check the generator against. */
const sizes: Record<string, number> = {
  'Minor 2nd': 1,
  'Major 2nd': 2,
  'Minor 3rd': 3,
  'Major 3rd': 4,
  'Perfect 4th': 5,
  Tritone: 6,
  'Perfect 5th': 7,
  'Minor 6th': 8,
  'Major 6th': 9,
  'Minor 7th': 10,
  'Major 7th': 11,
  Octave: 12,
  'Minor 9th': 13,
  'Major 9th': 14,
  'Minor 10th': 15,
  'Major 10th': 16,
  'Perfect 11th': 17,
  'Perfect 12th': 19,
  'Minor 13th': 20,
  'Major 13th': 21,
  'Minor 14th': 22,
  'Major 14th': 23,
  'Two octaves': 24,
};

const seeded = musicDrills.filter((d) => d.drill_type === 'interval').map((d) => [d.key, d] as const);
const spec = (config: Record<string, unknown>) => ({ drill_type: 'interval' as const, config });

describe('interval questions', () => {
  it.each(seeded)('%s: the notes are the answer’s number of semitones apart, in its direction', (_key, drill) => {
    const questions = generateQuestions(drill, 300, seededRandom(11));
    for (const { sound, choices, answer } of questions) {
      if (sound.kind !== 'notes') throw new Error('an interval is notes');
      const [first = 0, second = 0] = sound.midi;
      expect(sound.midi).toHaveLength(2);
      expect(Math.abs(second - first)).toBe(sizes[choices[answer] ?? '']);
      if (drill.config.direction === 'ascending') expect(second).toBeGreaterThan(first);
      if (drill.config.direction === 'descending') expect(second).toBeLessThan(first);
      expect(sound.style).toBe(drill.config.direction === 'harmonic' ? 'harmonic' : 'melodic');
    }
    if (drill.config.direction === 'mixed') {
      const ups = questions.filter((q) => q.sound.kind === 'notes' && (q.sound.midi[1] ?? 0) > (q.sound.midi[0] ?? 0));
      expect(ups.length).toBeGreaterThan(100);
      expect(ups.length).toBeLessThan(200);
    }
  });

  it.each(seeded)('%s: the choices are named for people and ordered by size', (_key, drill) => {
    const [question] = generateQuestions(drill, 1, seededRandom(12));
    const choiceSizes = question?.choices.map((c) => sizes[c]) ?? [];
    expect(choiceSizes.every((s) => s !== undefined)).toBe(true);
    expect(choiceSizes).toEqual([...choiceSizes].sort((a = 0, b = 0) => a - b));
  });

  it('orders compound intervals by size whatever the config’s order, and plays up and down when mixed', () => {
    const questions = generateQuestions(
      spec({ intervals: ['P12', 'm3', 'P15', 'M9'], direction: 'mixed', range: ['C3', 'C6'] }),
      200,
      seededRandom(13),
    );
    expect(questions[0]?.choices).toEqual(['Minor 3rd', 'Major 9th', 'Perfect 12th', 'Two octaves']);
    const styles = new Set(questions.map((q) => q.sound.kind === 'notes' && q.sound.style));
    expect(styles).toEqual(new Set(['melodic']));
    for (const { sound, choices, answer } of questions)
      if (sound.kind === 'notes')
        expect(Math.abs((sound.midi[1] ?? 0) - (sound.midi[0] ?? 0))).toBe(sizes[choices[answer] ?? '']);
  });

  it('keeps both notes inside a range exactly as wide as the interval', () => {
    for (const { sound } of generateQuestions(
      spec({ intervals: ['P5', 'P8'], direction: 'descending', range: ['A3', 'A4'] }),
      50,
      seededRandom(14),
    )) {
      if (sound.kind !== 'notes') continue;
      for (const midi of sound.midi) {
        expect(midi).toBeGreaterThanOrEqual(midiOfName('A3'));
        expect(midi).toBeLessThanOrEqual(midiOfName('A4'));
      }
    }
  });

  it('rejects configs it could not play or that ask the same sound twice', () => {
    const good = { intervals: ['M2', 'P5'], direction: 'ascending', range: ['C4', 'C5'] };
    expect(intervalConfig.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, intervals: ['A4', 'd5'] },
      { ...good, intervals: ['M2'] },
      { ...good, intervals: ['M2', 'P9'] },
      { ...good, intervals: ['M2', 'M2'] },
      { ...good, intervals: ['M2', 'P8'], range: ['C4', 'G4'] },
      { ...good, range: ['C5', 'C4'] },
      { ...good, range: ['C0', 'C4'] },
      { ...good, range: ['C', 'C5'] },
      { ...good, direction: 'sideways' },
      { ...good, tempo: 60 },
    ])
      expect(intervalConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
