import { describe, expect, it } from 'vitest';
import type { DrillQuestion } from '#common/contracts/learn';
import { musicDrills } from '../../../db/seed/learn/drills';
import { chordConfig, generateQuestions } from './generate';
import { seededRandom } from './testing';

/** Each label's chord tones in semitones above the root, written out here. */
const tones: Record<string, number[]> = {
  Major: [0, 4, 7],
  Minor: [0, 3, 7],
  Diminished: [0, 3, 6],
  Augmented: [0, 4, 8],
  'Suspended 2nd': [0, 2, 7],
  'Suspended 4th': [0, 5, 7],
  'Dominant 7th': [0, 4, 7, 10],
  'Major 7th': [0, 4, 7, 11],
  'Minor 7th': [0, 3, 7, 10],
  'Half-diminished 7th': [0, 3, 6, 10],
  'Diminished 7th': [0, 3, 6, 9],
  'Minor-major 7th': [0, 3, 7, 11],
};

const seeded = musicDrills.filter((d) => d.drill_type === 'chord_quality').map((d) => [d.key, d] as const);
const pc = (midi: number) => ((midi % 12) + 12) % 12;
const samePitchClasses = (midi: readonly number[], root: number, label: string) => {
  const heard = [...new Set(midi.map(pc))].sort((a, b) => a - b).join();
  const quality = (tones[label] ?? [])
    .map((t) => pc(root + t))
    .sort((a, b) => a - b)
    .join();
  return heard === quality;
};
/** The roots (pitch classes among the notes) on which the notes make the quality. */
const rootsFor = (midi: readonly number[], label: string) =>
  [...new Set(midi.map(pc))].filter((root) => samePitchClasses(midi, root, label));
const notesOf = (q: DrillQuestion) => (q.sound.kind === 'notes' ? q.sound.midi : []);

describe('chord quality questions', () => {
  it.each(seeded)('%s: the notes are the answer’s chord tones on one root, and fit no other choice', (_key, drill) => {
    const config = chordConfig.parse(drill.config);
    const inversions = new Set<string>();
    for (const question of generateQuestions(drill, 400, seededRandom(31))) {
      const midi = notesOf(question);
      const label = question.choices[question.answer] ?? '';
      const roots = rootsFor(midi, label);
      expect(roots.length, `${label} ${midi}`).toBeGreaterThan(0);
      expect(midi).toHaveLength(tones[label]?.length ?? 0);
      expect(midi).toEqual([...midi].sort((a, b) => a - b));
      expect(Math.max(...midi) - Math.min(...midi)).toBeLessThan(12);
      for (const other of question.choices.filter((c) => c !== label))
        expect(rootsFor(midi, other), `${label} also reads as ${other}`).toEqual([]);
      const [root] = roots;
      if (roots.length === 1 && root !== undefined) {
        const bass = (tones[label] ?? []).indexOf(pc((midi[0] ?? 0) - root));
        inversions.add(`${label} ${bass}`);
        if (!config.inversions) expect(bass, `${label} ${midi}`).toBe(0);
      }
      if (question.sound.kind === 'notes')
        expect(question.sound.style).toBe(config.voicing === 'arpeggiated' ? 'melodic' : 'harmonic');
    }
    if (config.inversions) {
      for (const label of ['Major', 'Minor', 'Dominant 7th', 'Half-diminished 7th'])
        for (let bass = 0; bass < (tones[label]?.length ?? 0); bass++)
          expect(inversions.has(`${label} ${bass}`), `${label} inversion ${bass}`).toBe(true);
    }
  });

  it('lists triads before sevenths whatever the config’s order, with people’s names', () => {
    const [question] = generateQuestions(
      {
        drill_type: 'chord_quality',
        config: {
          qualities: ['diminished7', 'major', 'half_diminished7', 'sus4', 'minor'],
          voicing: 'harmonic',
          inversions: false,
          range: ['C4', 'C5'],
        },
      },
      1,
      seededRandom(32),
    );
    expect(question?.choices).toEqual(['Major', 'Minor', 'Suspended 4th', 'Half-diminished 7th', 'Diminished 7th']);
  });

  it('rejects qualities that would sound alike in inversion, ranges too narrow and unknown qualities', () => {
    const good = { qualities: ['sus2', 'sus4'], voicing: 'harmonic', inversions: false, range: ['C4', 'C5'] };
    expect(chordConfig.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, inversions: true },
      { ...good, qualities: ['major', 'major'] },
      { ...good, qualities: ['major', 'power'] },
      { ...good, qualities: ['major'] },
      { ...good, qualities: ['major', 'major7'], range: ['C4', 'A4'] },
      { ...good, voicing: 'spread' },
      { ...good, range: ['C4'] },
    ])
      expect(chordConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
