import { describe, expect, it } from 'vitest';
import { musicDrills } from '../../../db/seed/learn/drills';
import { generateQuestions, noteConfig } from './generate';
import { midiOfName, seededRandom } from './testing';

const seeded = musicDrills.filter((d) => d.drill_type === 'note').map((d) => [d.key, d] as const);
const spec = (config: Record<string, unknown>) => ({ drill_type: 'note' as const, config });

/** A pitch-class name's 0–11, worked out here. */
const chromaOfName = (name: string) => ((midiOfName(`${name}4`) % 12) + 12) % 12;
const named = (prompt: string) => /^The first note is ([A-G][#b]?-?\d)\. Name the second\.$/.exec(prompt)?.[1];

/** Each seeded key's scale, written out. */
const scales: Record<string, string[]> = {
  'C major': ['C', 'D', 'E', 'F', 'G', 'A', 'B'],
  'Eb major': ['Eb', 'F', 'G', 'Ab', 'Bb', 'C', 'D'],
  'D major': ['D', 'E', 'F#', 'G', 'A', 'B', 'C#'],
};

describe('note questions', () => {
  it.each(seeded)(
    '%s: names the first note as it sounds, and the answer is the second’s pitch class',
    (_key, drill) => {
      const config = noteConfig.parse(drill.config);
      const scale = scales[config.key] ?? [];
      const references = new Set<string>();
      for (const { prompt, sound, choices, answer } of generateQuestions(drill, 300, seededRandom(21))) {
        if (sound.kind !== 'notes') throw new Error('a note question is notes');
        const [reference = 0, target = 0] = sound.midi;
        const name = named(prompt) ?? '';
        expect(midiOfName(name)).toBe(reference);
        expect(target).not.toBe(reference);
        expect(chromaOfName(choices[answer] ?? '')).toBe(((target % 12) + 12) % 12);
        const pc = name.replace(/-?\d$/, '');
        expect(scale).toContain(pc);
        if (config.reference === 'tonic') expect(pc).toBe(scale[0]);
        references.add(pc);
      }
      if (config.reference === 'scale') expect(references).toEqual(new Set(scale));
    },
  );

  it('answers with the key’s own spelling, in keyboard order from C', () => {
    const choicesOf = (config: Record<string, unknown>) =>
      generateQuestions(spec(config), 1, seededRandom(22))[0]?.choices;
    const range = ['C4', 'C5'];
    const diatonic = { pitch_classes: 'diatonic', reference: 'tonic', range };
    const chromatic = { pitch_classes: 'chromatic', reference: 'tonic', range };
    expect(choicesOf({ key: 'C major', ...diatonic })).toEqual(['C', 'D', 'E', 'F', 'G', 'A', 'B']);
    expect(choicesOf({ key: 'Eb major', ...diatonic })).toEqual(['C', 'D', 'Eb', 'F', 'G', 'Ab', 'Bb']);
    expect(choicesOf({ key: 'F# major', ...diatonic })).toEqual(['C#', 'D#', 'E#', 'F#', 'G#', 'A#', 'B']);
    expect(choicesOf({ key: 'Gb major', ...diatonic })).toEqual(['Db', 'Eb', 'F', 'Gb', 'Ab', 'Bb', 'Cb']);
    expect(choicesOf({ key: 'G minor', ...diatonic })).toEqual(['C', 'D', 'Eb', 'F', 'G', 'A', 'Bb']);
    expect(choicesOf({ key: 'Eb major', ...chromatic })).toEqual([
      'C',
      'Db',
      'D',
      'Eb',
      'E',
      'F',
      'Gb',
      'G',
      'Ab',
      'A',
      'Bb',
      'B',
    ]);
    expect(choicesOf({ key: 'E major', ...chromatic })).toEqual([
      'C',
      'C#',
      'D',
      'D#',
      'E',
      'F',
      'F#',
      'G',
      'G#',
      'A',
      'A#',
      'B',
    ]);
    expect(choicesOf({ key: 'A minor', ...chromatic })).toEqual([
      'C',
      'C#',
      'D',
      'Eb',
      'E',
      'F',
      'F#',
      'G',
      'Ab',
      'A',
      'Bb',
      'B',
    ]);
  });

  it('answers among a chosen few pitch classes, in keyboard order whatever the config’s order', () => {
    const config = { key: 'Eb major', pitch_classes: ['G', 'Bb', 'Eb'], reference: 'tonic', range: ['Eb4', 'Eb5'] };
    const questions = generateQuestions(spec(config), 100, seededRandom(25));
    for (const { sound, choices, answer } of questions) {
      expect(choices).toEqual(['Eb', 'G', 'Bb']);
      if (sound.kind === 'notes') expect(chromaOfName(choices[answer] ?? '')).toBe((sound.midi[1] ?? 0) % 12);
    }
    expect(new Set(questions.map((q) => q.answer))).toEqual(new Set([0, 1, 2]));
  });

  it('never names a sharp in a flat key, in the prompt or the choices', () => {
    for (const key of ['Eb major', 'Bb major', 'C minor', 'Db major']) {
      const config = { key, pitch_classes: 'chromatic', reference: 'scale', range: ['G3', 'G5'] };
      for (const { prompt, choices } of generateQuestions(spec(config), 200, seededRandom(23))) {
        expect(prompt, key).not.toContain('#');
        for (const choice of choices) expect(choice, key).not.toContain('#');
      }
    }
  });

  it('spells a reference across the octave line by its written octave (Cb4 sounds as B3)', () => {
    const config = { key: 'Gb major', pitch_classes: 'diatonic', reference: 'scale', range: ['C4', 'C5'] };
    const prompts = generateQuestions(spec(config), 300, seededRandom(24)).map((q) => ({
      name: named(q.prompt) ?? '',
      midi: q.sound.kind === 'notes' ? q.sound.midi[0] : 0,
    }));
    const cFlats = prompts.filter((p) => p.name.startsWith('Cb'));
    expect(cFlats.length).toBeGreaterThan(0);
    for (const p of cFlats) expect(midiOfName(p.name)).toBe(p.midi);
    expect(prompts.some((p) => /^B-?\d$/.test(p.name))).toBe(false);
  });

  it('rejects keys it cannot spell, unknown settings and ranges under an octave', () => {
    const good = { key: 'C major', pitch_classes: 'diatonic', reference: 'tonic', range: ['C4', 'C5'] };
    expect(noteConfig.safeParse(good).success).toBe(true);
    expect(noteConfig.safeParse({ ...good, key: 'Eb major', pitch_classes: ['Eb', 'Gb'] }).success).toBe(true);
    for (const bad of [
      { ...good, key: 'D# major' },
      { ...good, key: 'H major' },
      { ...good, key: 'C dorian' },
      { ...good, pitch_classes: 'some' },
      { ...good, pitch_classes: ['C'] },
      { ...good, pitch_classes: ['C', 'C'] },
      { ...good, pitch_classes: ['C', 'H'] },
      { ...good, key: 'Eb major', pitch_classes: ['Eb', 'F#'] },
      { ...good, reference: 'A4' },
      { ...good, range: ['C4', 'B4'] },
      { ...good, range: ['C4', 'C9'] },
      { ...good, tempo: 90 },
    ])
      expect(noteConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
