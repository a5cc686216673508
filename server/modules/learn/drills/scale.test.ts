import { describe, expect, it } from 'vitest';
import { musicDrills } from '../../../db/seed/learn/drills';
import { generateQuestions, scaleConfig } from './generate';
import { seededRandom } from './testing';

/** Each label's steps in semitones from the tonic to the octave, written out here. */
const steps: Record<string, number[]> = {
  Major: [2, 2, 1, 2, 2, 2, 1],
  'Natural minor': [2, 1, 2, 2, 1, 2, 2],
  'Harmonic minor': [2, 1, 2, 2, 1, 3, 1],
  'Melodic minor': [2, 1, 2, 2, 2, 2, 1],
  Dorian: [2, 1, 2, 2, 2, 1, 2],
  Phrygian: [1, 2, 2, 2, 1, 2, 2],
  Lydian: [2, 2, 2, 1, 2, 2, 1],
  Mixolydian: [2, 2, 1, 2, 2, 1, 2],
  Locrian: [1, 2, 2, 1, 2, 2, 2],
  'Major pentatonic': [2, 2, 3, 2, 3],
  'Minor pentatonic': [3, 2, 2, 3, 2],
  Blues: [3, 2, 1, 1, 3, 2],
};

const seeded = musicDrills.filter((d) => d.drill_type === 'scale').map((d) => [d.key, d] as const);
const differences = (midi: readonly number[]) => midi.slice(1).map((m, i) => m - (midi[i] ?? 0));

describe('scale questions', () => {
  it.each(seeded)('%s: the notes climb by the answer’s steps to the octave (and come back down)', (_key, drill) => {
    const config = scaleConfig.parse(drill.config);
    for (const { sound, choices, answer } of generateQuestions(drill, 300, seededRandom(41))) {
      if (sound.kind !== 'notes') throw new Error('a scale is notes');
      expect(sound.style).toBe('melodic');
      const expected = steps[choices[answer] ?? ''] ?? [];
      const up = sound.midi.slice(0, expected.length + 1);
      expect(differences(up)).toEqual(expected);
      if (config.direction === 'ascending') expect(sound.midi).toEqual(up);
      else expect(sound.midi).toEqual([...up, ...up.slice(0, -1).reverse()]);
    }
  });

  it.each(seeded)('%s: names the scales for people, major and the minors first', (_key, drill) => {
    const [question] = generateQuestions(drill, 1, seededRandom(42));
    const choices = question?.choices ?? [];
    for (const choice of choices) expect(Object.keys(steps)).toContain(choice);
    expect(choices).toEqual(Object.keys(steps).filter((label) => choices.includes(label)));
  });

  it('rejects ranges under an octave, repeated and unknown scales', () => {
    const good = { scales: ['major', 'blues'], direction: 'ascending', range: ['C4', 'C5'] };
    expect(scaleConfig.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, range: ['C4', 'B4'] },
      { ...good, scales: ['major', 'major'] },
      { ...good, scales: ['major', 'bebop'] },
      { ...good, direction: 'descending' },
      { ...good, range: ['C8', 'C9'] },
    ])
      expect(scaleConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
