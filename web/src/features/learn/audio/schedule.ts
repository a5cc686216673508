import type { SoundWire } from '../api/types';

/**
 * The pure half of the synthesiser: what to sound and when, in seconds from the start of a
 * play. The Web Audio half (`synth.ts`) turns each event into oscillators on the context's clock.
 */

/** Equal temperament, A4 (MIDI 69) at 440 Hz. */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

export type SoundEvent =
  /** A piano-like note. */
  | { kind: 'tone'; time: number; midi: number; duration: number }
  /** A count-in click; the first of the bar is accented. */
  | { kind: 'click'; time: number; accent: boolean; duration: number }
  /** A short percussive stroke where a rhythm's note starts. */
  | { kind: 'stroke'; time: number; duration: number };

/** How long a note rings: a melodic note a little past the next one, a chord longer. */
const MELODIC_RING = 1.2;
const HARMONIC_RING = 2.2;
const CLICK = 0.05;
const STROKE = 0.12;

/** The events of one sound, starting at time 0, in time order. */
export function scheduleSound(sound: SoundWire): SoundEvent[] {
  if (sound.kind === 'notes') {
    if (sound.style === 'harmonic') {
      return sound.midi.map((midi) => ({ kind: 'tone', time: 0, midi, duration: HARMONIC_RING }));
    }
    const gap = sound.gap_ms / 1000;
    return sound.midi.map((midi, i) => ({
      kind: 'tone',
      time: i * gap,
      midi,
      duration: Math.max(MELODIC_RING, gap * 1.5),
    }));
  }
  const beat = 60 / sound.tempo_bpm;
  const countIn: SoundEvent[] = Array.from({ length: sound.beats_per_bar }, (_, i) => ({
    kind: 'click',
    time: i * beat,
    accent: i === 0,
    duration: CLICK,
  }));
  const start = sound.beats_per_bar * beat;
  const strokes: SoundEvent[] = [...sound.onsets]
    .sort((a, b) => a - b)
    .map((onset) => ({ kind: 'stroke', time: start + onset * beat, duration: STROKE }));
  return [...countIn, ...strokes];
}

/** When the last event of a sound has died away, in seconds (a rhythm lasts its whole pattern). */
export function soundLength(sound: SoundWire): number {
  const events = scheduleSound(sound);
  const ringing = Math.max(0, ...events.map((e) => e.time + e.duration));
  if (sound.kind === 'rhythm') {
    const beat = 60 / sound.tempo_bpm;
    return Math.max(ringing, (sound.beats_per_bar + sound.length_beats) * beat);
  }
  return ringing;
}

/** The partials of a tone: multiples of the fundamental and their relative loudness. */
export const TONE_PARTIALS: ReadonlyArray<{ ratio: number; gain: number }> = [
  { ratio: 1, gain: 1 },
  { ratio: 2, gain: 0.45 },
  { ratio: 3, gain: 0.2 },
  { ratio: 4, gain: 0.1 },
];
