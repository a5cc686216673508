import { describe, expect, it } from 'vitest';
import { readRhythm } from '#common/rules/rhythm';
import { musicDrills } from '../../../db/seed/learn/drills';
import { generateQuestions, rhythmConfig } from './generate';
import { seededRandom } from './testing';

const seeded = musicDrills.filter((d) => d.drill_type === 'rhythm').map((d) => [d.key, d] as const);
const spec = (config: Record<string, unknown>) => ({ drill_type: 'rhythm' as const, config });

interface Read {
  bars: number[];
  onsets: number[];
}

/** The pattern read back bar by bar (common/rules/rhythm.ts): its onsets, and how long each bar lasts. */
const read = (notation: string): Read => {
  const onsets: number[] = [];
  const bars: number[] = [];
  for (const bar of notation.split(' | ')) {
    const start = bars.reduce((sum, beats) => sum + beats, 0);
    const reading = readRhythm(bar);
    onsets.push(...reading.onsets.map((o) => start + o));
    bars.push(reading.beats);
  }
  return { bars, onsets };
};

const ticks = (onsets: readonly number[]) => onsets.map((o) => Math.round(o * 48));

describe('rhythm questions', () => {
  it.each(seeded)('%s: the right pattern is what sounds, and no other choice sounds like it', (_key, drill) => {
    const config = rhythmConfig.parse(drill.config);
    for (const { sound, choices, answer } of generateQuestions(drill, 300, seededRandom(51))) {
      if (sound.kind !== 'rhythm') throw new Error('a rhythm question is a rhythm');
      expect(sound.tempo_bpm).toBe(config.tempo_bpm);
      expect(sound.beats_per_bar).toBe(config.beats_per_bar);
      expect(sound.length_beats).toBe(config.beats_per_bar * config.bars);
      expect(choices).toHaveLength(config.choice_count);
      const patterns = choices.map(read);
      for (const pattern of patterns) expect(pattern.bars).toEqual(Array(config.bars).fill(config.beats_per_bar));
      const right = patterns[answer] as Read;
      expect(ticks(right.onsets)).toEqual(ticks(sound.onsets));
      for (const onset of sound.onsets) expect(onset).toBeLessThan(sound.length_beats);
      expect(sound.onsets[0]).toBe(0);
      const heard = new Set(patterns.map((p) => ticks(p.onsets).join()));
      expect(heard.size).toBe(choices.length);
    }
  });

  it.each(seeded)('%s: a wrong choice is a near miss, changed within three beats of the right one', (_key, drill) => {
    for (const { choices, answer } of generateQuestions(drill, 300, seededRandom(52))) {
      const right = new Set(ticks(read(choices[answer] ?? '').onsets));
      for (const wrong of choices.filter((_, i) => i !== answer)) {
        const other = new Set(ticks(read(wrong).onsets));
        const changed = [...right, ...other].filter((t) => !(right.has(t) && other.has(t)));
        expect(changed.length, wrong).toBeGreaterThan(0);
        expect(Math.max(...changed) - Math.min(...changed), `${choices[answer]} / ${wrong}`).toBeLessThan(3 * 48);
      }
    }
  });

  it('writes patterns only in the values the drill allows', () => {
    const allowed: Record<string, RegExp> = {
      rhythm_beginner: /^[hqe() |]+$/,
      rhythm_intermediate: /^[hqes.() |]+$/,
    };
    const seen = new Set<string>();
    for (const [key, drill] of seeded) {
      for (const { choices } of generateQuestions(drill, 300, seededRandom(53))) {
        for (const choice of choices) {
          const pattern = allowed[key];
          if (pattern) expect(choice, key).toMatch(pattern);
          if (key === 'rhythm_beginner') expect(choice).not.toMatch(/\(e\)|\./);
          for (const group of choice.split(' ')) seen.add(`${key} ${group}`);
        }
      }
    }
    for (const group of ['3[eee]', 'e.s', '(e)e', 'ssss', 'q.', 'h.', '(q)'])
      expect(seen.has(`rhythm_advanced ${group}`), group).toBe(true);
  });

  it('finds enough distinct patterns when the drill allows only a few', () => {
    const config = { tempo_bpm: 70, beats_per_bar: 2, bars: 1, values: ['quarter', 'eighth'], choice_count: 4 };
    for (const { choices } of generateQuestions(spec(config), 50, seededRandom(54)))
      expect([...choices].sort()).toEqual(['ee ee', 'ee q', 'q ee', 'q q']);
    const rests = { ...config, beats_per_bar: 3, values: ['quarter', 'quarter_rest'] };
    for (const { choices } of generateQuestions(spec(rests), 50, seededRandom(56)))
      expect([...choices].sort()).toEqual(['q (q) (q)', 'q (q) q', 'q q (q)', 'q q q']);
  });

  it('spreads the right pattern over every position', () => {
    const drill = seeded[0]?.[1];
    if (!drill) throw new Error('no rhythm drill');
    const answers = generateQuestions(drill, 300, seededRandom(55)).map((q) => q.answer);
    for (let i = 0; i < 3; i++) expect(answers.filter((a) => a === i).length).toBeGreaterThan(60);
  });

  it('rejects values too few to make near misses, and settings out of bounds', () => {
    const good = { tempo_bpm: 80, beats_per_bar: 4, bars: 1, values: ['quarter', 'eighth'], choice_count: 3 };
    expect(rhythmConfig.safeParse(good).success).toBe(true);
    expect(rhythmConfig.safeParse({ ...good, values: ['quarter', 'quarter_rest'], beats_per_bar: 3 }).success).toBe(
      true,
    );
    for (const bad of [
      { ...good, values: ['half', 'quarter'] },
      { ...good, values: ['quarter_rest', 'eighth_rest'] },
      { ...good, values: ['quarter', 'quarter_rest'], beats_per_bar: 2 },
      { ...good, values: ['quarter', 'quarter'] },
      { ...good, values: ['quarter', 'whole'] },
      { ...good, bars: 3 },
      { ...good, choice_count: 5 },
      { ...good, tempo_bpm: 20 },
      { ...good, beats_per_bar: 1 },
      { ...good, swing: true },
    ])
      expect(rhythmConfig.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
