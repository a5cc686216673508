/**
 * Pitch-class profiles (chroma; T. Fujishima, "Realtime chord recognition of musical sound",
 * ICMC 1999) from a magnitude spectrum. Each bin between CHROMA_LOW_MIDI and CHROMA_HIGH_MIDI
 * (five whole octaves, C2 to B6, so no pitch class has more octaves than another) belongs to
 * the equal-tempered pitch nearest to it (A4 = 440 Hz), weighted by a raised cosine that is 1 on
 * the pitch and 0 half a semitone away. A pitch's value is its strongest weighted bin, not the
 * sum of its bins: high pitches span more bins than low ones, and a sum would make noise lean
 * towards the top of every octave; a partial's peak is the same height at any pitch. A pitch
 * class is the sum of its pitches over the octaves.
 */

/** The pitches covered, MIDI numbers: C2 (65.4 Hz) to B6 (1975.5 Hz). */
export const CHROMA_LOW_MIDI = 36;
export const CHROMA_HIGH_MIDI = 95;

/** Per FFT bin: its pitch (MIDI − CHROMA_LOW_MIDI, −1 outside the range) and its weight. */
export interface ChromaWeights {
  pitch: Int8Array;
  weight: Float32Array;
  /** The bins with a pitch lie in [firstBin, lastBin]. */
  firstBin: number;
  lastBin: number;
  /** How many pitches (CHROMA_HIGH_MIDI − CHROMA_LOW_MIDI + 1). */
  pitches: number;
}

/** The weights for an FFT of `fftSize` points at `sampleRate`, bins 0 … fftSize / 2. */
export function chromaWeights(fftSize: number, sampleRate: number): ChromaWeights {
  const bins = fftSize / 2 + 1;
  const w: ChromaWeights = {
    pitch: new Int8Array(bins).fill(-1),
    weight: new Float32Array(bins),
    firstBin: bins,
    lastBin: -1,
    pitches: CHROMA_HIGH_MIDI - CHROMA_LOW_MIDI + 1,
  };
  for (let k = 1; k < bins; k++) {
    const midi = 69 + 12 * Math.log2((k * sampleRate) / fftSize / 440);
    const nearest = Math.round(midi);
    if (nearest < CHROMA_LOW_MIDI || nearest > CHROMA_HIGH_MIDI) continue;
    w.pitch[k] = nearest - CHROMA_LOW_MIDI;
    w.weight[k] = Math.cos(Math.PI * (midi - nearest)) ** 2;
    w.firstBin = Math.min(w.firstBin, k);
    w.lastBin = k;
  }
  return w;
}
