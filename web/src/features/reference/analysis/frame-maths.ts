import { formatTime } from '../utils/time';
import { COLOUR_TABLE } from './colour-map';

/**
 * The pure part of the drawings: frames reduced to the canvas's pixel columns, levels mapped to
 * heights and colours, and the text alternatives.
 */

/** A section of the track (the analysis's `sections`). */
export interface SectionSpan {
  start_ms: number;
  end_ms: number;
  label: string;
}

/** The frames `[from, to)` that pixel column `x` of `columns` covers (at least one frame). */
export function columnFrames(x: number, columns: number, frameCount: number): [number, number] {
  const from = Math.min(frameCount - 1, Math.floor((x * frameCount) / columns));
  const to = Math.max(from + 1, Math.min(frameCount, Math.floor(((x + 1) * frameCount) / columns)));
  return [from, to];
}

/** Per pixel column, the lowest of `low` and the highest of `high` over its frames (a waveform's envelope). */
export function columnEnvelope(low: Float32Array, high: Float32Array, columns: number) {
  const n = Math.min(low.length, high.length);
  const min = new Float32Array(columns);
  const max = new Float32Array(columns);
  if (n === 0) return { min, max };
  for (let x = 0; x < columns; x++) {
    const [from, to] = columnFrames(x, columns, n);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let f = from; f < to; f++) {
      lo = Math.min(lo, low[f] as number);
      hi = Math.max(hi, high[f] as number);
    }
    min[x] = lo;
    max[x] = hi;
  }
  return { min, max };
}

/** Per pixel column, the highest value over its frames (the loudness curve keeps the peaks). */
export function columnMax(values: Float32Array, columns: number): Float32Array {
  const out = new Float32Array(columns);
  if (values.length === 0) return out.fill(Number.NaN);
  for (let x = 0; x < columns; x++) {
    const [from, to] = columnFrames(x, columns, values.length);
    let hi = Number.NEGATIVE_INFINITY;
    for (let f = from; f < to; f++) hi = Math.max(hi, values[f] as number);
    out[x] = hi;
  }
  return out;
}

/** The loudness curve's scale: −60 LUFS at the bottom, 0 at the top. */
export const LUFS_FLOOR = -60;
export const LUFS_TOP = 0;

/** The height (0 at the bottom, 1 at the top) of a loudness in LUFS, clamped to the scale. */
export const lufsHeight = (lufs: number) => Math.min(1, Math.max(0, (lufs - LUFS_FLOOR) / (LUFS_TOP - LUFS_FLOOR)));

/**
 * The spectrogram's pixels: `columns` × `bandCount` RGBA, the highest band in the top row, each
 * column the mean level of its frames in dB, mapped from `floorDb` (darkest) to `topDb`.
 */
export function spectrogramPixels(
  spectrumDb: Float32Array,
  bandCount: number,
  columns: number,
  floorDb: number,
  topDb: number,
): Uint8ClampedArray<ArrayBuffer> {
  const frameCount = Math.floor(spectrumDb.length / bandCount);
  const pixels = new Uint8ClampedArray(columns * bandCount * 4);
  const span = Math.max(1e-6, topDb - floorDb);
  for (let x = 0; x < columns && frameCount > 0; x++) {
    const [from, to] = columnFrames(x, columns, frameCount);
    for (let band = 0; band < bandCount; band++) {
      let sum = 0;
      for (let f = from; f < to; f++) sum += spectrumDb[f * bandCount + band] as number;
      const t = (sum / (to - from) - floorDb) / span;
      const c = Math.round(Math.min(1, Math.max(0, t)) * 255) * 3;
      const at = ((bandCount - 1 - band) * columns + x) * 4;
      pixels[at] = COLOUR_TABLE[c] as number;
      pixels[at + 1] = COLOUR_TABLE[c + 1] as number;
      pixels[at + 2] = COLOUR_TABLE[c + 2] as number;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

/** The level range a spectrogram shows: 80 dB below its loudest value. */
export function spectrogramRange(spectrumDb: Float32Array): { floorDb: number; topDb: number } {
  let top = Number.NEGATIVE_INFINITY;
  for (const v of spectrumDb) if (v > top) top = v;
  if (!Number.isFinite(top)) top = 0;
  return { floorDb: top - 80, topDb: top };
}

const span = (s: SectionSpan) => `${s.label} ${formatTime(s.start_ms)}–${formatTime(s.end_ms)}`;

/** What the waveform shows, in words. */
export function describeWaveform(lengthMs: number, beatCount: number, sections: readonly SectionSpan[]): string {
  const parts = [`Waveform of ${formatTime(lengthMs)}`];
  if (beatCount > 0) parts.push(`${beatCount} beats marked`);
  if (sections.length > 0) parts.push(`sections: ${sections.map(span).join(', ')}`);
  return `${parts.join('; ')}.`;
}

/** What the loudness curve shows, in words: its range and where it is loudest. */
export function describeLoudness(hopMs: number, shortTerm: Float32Array): string {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let at = 0;
  shortTerm.forEach((v, i) => {
    if (v <= LUFS_FLOOR) return; // silence (the floor is −120)
    lo = Math.min(lo, v);
    if (v > hi) {
      hi = v;
      at = i;
    }
  });
  const length = formatTime(shortTerm.length * hopMs);
  if (!Number.isFinite(hi)) return `Short-term loudness over ${length}: silent throughout.`;
  const fmt = (v: number) => `${v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;
  return `Short-term loudness over ${length}, from ${fmt(lo)} to ${fmt(hi)} LUFS, loudest at ${formatTime(at * hopMs)}; guides at −14 LUFS (streaming) and −23 LUFS (broadcast).`;
}

/** What the spectrogram shows, in words: which part of the range holds most energy. */
export function describeSpectrogram(hopMs: number, bandCount: number, spectrumDb: Float32Array): string {
  const frameCount = Math.floor(spectrumDb.length / Math.max(1, bandCount));
  const thirds = [0, 0, 0];
  for (let band = 0; band < bandCount; band++) {
    let sum = 0;
    for (let f = 0; f < frameCount; f++) sum += 10 ** ((spectrumDb[f * bandCount + band] as number) / 10);
    const third = Math.min(2, Math.floor((band * 3) / bandCount));
    thirds[third] = (thirds[third] as number) + sum;
  }
  const most = thirds.indexOf(Math.max(...thirds));
  const where = ['the low bands (bass)', 'the middle bands', 'the high bands (treble)'][most];
  return `Spectrogram over ${formatTime(frameCount * hopMs)}, ${bandCount} mel bands from low (bottom) to high (top); most energy in ${where}.`;
}
