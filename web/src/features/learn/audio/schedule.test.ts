import { describe, expect, it } from 'vitest';
import { midiToHz, scheduleSound, soundLength } from './schedule';

describe('midiToHz', () => {
  it('tunes A4 to 440 Hz and each octave to double', () => {
    expect(midiToHz(69)).toBe(440);
    expect(midiToHz(81)).toBe(880);
    expect(midiToHz(57)).toBe(220);
  });

  it('puts middle C and the piano’s ends where they belong', () => {
    expect(midiToHz(60)).toBeCloseTo(261.626, 3);
    expect(midiToHz(21)).toBeCloseTo(27.5, 6);
    expect(midiToHz(108)).toBeCloseTo(4186.009, 3);
  });
});

describe('scheduleSound', () => {
  it('plays melodic notes one after another, gap_ms apart', () => {
    const events = scheduleSound({ kind: 'notes', midi: [60, 64, 67], style: 'melodic', gap_ms: 700 });
    expect(events.map((e) => [e.kind, e.time])).toEqual([
      ['tone', 0],
      ['tone', 0.7],
      ['tone', 1.4],
    ]);
    expect(events.map((e) => (e.kind === 'tone' ? e.midi : null))).toEqual([60, 64, 67]);
  });

  it('plays harmonic notes together', () => {
    const events = scheduleSound({ kind: 'notes', midi: [48, 52, 55, 58], style: 'harmonic', gap_ms: 0 });
    expect(events).toHaveLength(4);
    expect(new Set(events.map((e) => e.time))).toEqual(new Set([0]));
  });

  it('counts a bar in with the first click accented, then strikes each onset at the tempo', () => {
    const events = scheduleSound({
      kind: 'rhythm',
      tempo_bpm: 120,
      beats_per_bar: 4,
      onsets: [0, 1, 1.5, 3],
      length_beats: 4,
    });
    const clicks = events.filter((e) => e.kind === 'click');
    expect(clicks.map((e) => e.time)).toEqual([0, 0.5, 1, 1.5]);
    expect(clicks.map((e) => e.kind === 'click' && e.accent)).toEqual([true, false, false, false]);
    const strokes = events.filter((e) => e.kind === 'stroke');
    // The pattern starts after the count-in bar (4 beats of 0.5 s).
    expect(strokes.map((e) => e.time)).toEqual([2, 2.5, 2.75, 3.5]);
  });

  it('sorts onsets and places triplets by the beat', () => {
    const events = scheduleSound({
      kind: 'rhythm',
      tempo_bpm: 60,
      beats_per_bar: 3,
      onsets: [2, 0, 1 / 3, 2 / 3],
      length_beats: 3,
    });
    const strokes = events.filter((e) => e.kind === 'stroke').map((e) => e.time);
    expect(strokes[0]).toBe(3);
    expect(strokes[1]).toBeCloseTo(3 + 1 / 3, 9);
    expect(strokes[2]).toBeCloseTo(3 + 2 / 3, 9);
    expect(strokes[3]).toBe(5);
  });
});

describe('soundLength', () => {
  it('lasts until the last melodic note has rung', () => {
    expect(soundLength({ kind: 'notes', midi: [60, 67], style: 'melodic', gap_ms: 800 })).toBeCloseTo(0.8 + 1.2, 9);
  });

  it('lasts the count-in and the whole pattern for a rhythm', () => {
    expect(soundLength({ kind: 'rhythm', tempo_bpm: 120, beats_per_bar: 4, onsets: [0], length_beats: 8 })).toBeCloseTo(
      6,
      9,
    );
  });
});
