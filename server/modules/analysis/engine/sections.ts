/**
 * Sections of a track (intro, build, drop, breakdown, outro…) from novelty in its spectrum and
 * loudness.
 *
 * 1. Features per half-second block, averaged over the 2 s around it: the mean level of the mel
 *    bands in groups of four (dB, from −90 up) and the mean short-term loudness.
 * 2. Novelty (J. Foote, "Automatic audio segmentation using a measure of audio novelty", ICME
 *    2000): at each block boundary, how far the blocks of the KERNEL_SECONDS before differ from
 *    those after, less how far they differ among themselves (a checkerboard kernel over the
 *    self-distance matrix). Distances are RMS differences in dB, so a threshold means the same
 *    on every track.
 * 3. Boundaries: the strongest novelty peaks of at least MIN_NOVELTY_DB and standing
 *    PROMINENCE_DB above their surroundings, MIN_SECTION_SECONDS apart and from either end,
 *    each moved to the 10 ms frame where the mel spectrum of the second before differs most
 *    from the second after.
 * 4. Labels, in the vocabulary of electronic dance music, from each section's loudness (median
 *    short-term loudness) and its rise: the first is the intro and the last the outro; between
 *    them a section whose level climbs by BUILD_RISE_DB or more into a louder one is a build,
 *    one within DROP_WITHIN_DB of the loudest is a drop, one BREAKDOWN_BELOW_DB or more below
 *    the loudest after a drop is a breakdown, and anything else a verse.
 */

export interface Section {
  startMs: number;
  endMs: number;
  label: 'intro' | 'verse' | 'build' | 'drop' | 'breakdown' | 'outro';
  confidence: number;
}

export interface SectionsInput {
  melDb: Float32Array;
  bandCount: number;
  /**
   * Short-term loudness per frame (LUFS, the 3 s ending at the frame); values that are not
   * finite count as −70, missing frames at the end repeat the last; with no finite value at
   * all, the mel bands' overall level is used instead.
   */
  energyDb: Float32Array;
  framesPerSecond: number;
}

export const MIN_SECTION_SECONDS = 6;
export const MIN_NOVELTY_DB = 4;
export const PROMINENCE_DB = 3;
const BLOCK_SECONDS = 0.5;
/** Each block's features are the mean over this long around it, so beats falling unevenly into blocks do not read as change. */
const SMOOTH_SECONDS = 2;
const KERNEL_SECONDS = 4;
const REFINE_SECONDS = 1;
const FEATURE_FLOOR_DB = -90;
const GROUP_BANDS = 4;
const SILENT_LUFS = -70;
/** How much of the distance is loudness (the rest is the mel bands). */
const LOUDNESS_SHARE = 0.25;
export const BUILD_RISE_DB = 6;
export const DROP_WITHIN_DB = 3;
export const BREAKDOWN_BELOW_DB = 6;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Splits the track into labelled sections that cover it in order, without gaps. */
export function findSections(input: SectionsInput): Section[] {
  const { melDb, bandCount, framesPerSecond: fps } = input;
  const frames = bandCount > 0 ? Math.floor(melDb.length / bandCount) : 0;
  if (frames === 0) return [];
  const endMs = (frames * 1000) / fps;
  // Short-term loudness at a frame is that of the 3 s ending there: read it 1.5 s later, so it
  // describes the time around the frame and a step in level is centred where it happens.
  const lag = Math.round(1.5 * fps);
  const loudness = new Float64Array(frames);
  const given = input.energyDb;
  if (given.some((v) => Number.isFinite(v))) {
    for (let f = 0; f < frames; f++) {
      const v = given[Math.min(f + lag, frames - 1, given.length - 1)]!;
      loudness[f] = Number.isFinite(v) ? Math.max(SILENT_LUFS, v) : SILENT_LUFS;
    }
  } else {
    // No loudness to go by: the overall level of the mel bands stands in for it.
    for (let f = 0; f < frames; f++) loudness[f] = Math.max(SILENT_LUFS, melLevel(melDb, bandCount, f));
  }
  const energy = (f: number) => loudness[f]!;

  const hop = Math.max(1, Math.round(BLOCK_SECONDS * fps));
  const blocks = Math.floor(frames / hop);
  const features = blockFeatures(input, hop, blocks, loudness);
  const novelty = noveltyCurve(features, blocks, Math.round(KERNEL_SECONDS / BLOCK_SECONDS));
  const minBlocks = Math.round(MIN_SECTION_SECONDS / BLOCK_SECONDS);
  const chosen = pickPeaks(novelty, minBlocks, blocks);

  const starts = [0, ...chosen.map((b) => refine(melDb, bandCount, frames, b * hop, Math.round(REFINE_SECONDS * fps)))];
  const strengths = [0, ...chosen.map((b) => novelty[b]!)];
  const spans = starts.map((s, i) => ({ from: s, to: starts[i + 1] ?? frames, novelty: strengths[i]! }));
  // The first section's boundary is the one it ends at.
  if (spans.length > 1) spans[0]!.novelty = spans[1]!.novelty;
  const labelled = label(spans, melDb, bandCount, fps, energy);
  return labelled.map((s) => ({
    startMs: (s.from * 1000) / fps,
    endMs: s.to === frames ? endMs : (s.to * 1000) / fps,
    label: s.label,
    confidence: s.confidence,
  }));
}

/**
 * Per block: the mean clamped level of each group of GROUP_BANDS adjacent bands (a coarse
 * spectral envelope, so a chord change within a section moves it less than a change of
 * instruments), then the mean loudness; each block averaged with its neighbours over
 * SMOOTH_SECONDS (weights ½, 1, 1, 1, ½ for 2 s of half-second blocks).
 */
function blockFeatures(
  input: SectionsInput,
  hop: number,
  blocks: number,
  loudness: Float64Array,
): { values: Float64Array; groups: number } {
  const { melDb, bandCount } = input;
  const groups = Math.ceil(bandCount / GROUP_BANDS);
  const dims = groups + 1;
  const sums = new Float64Array(blocks * dims);
  for (let j = 0; j < blocks; j++) {
    const at = j * dims;
    for (let f = j * hop; f < (j + 1) * hop; f++) {
      const row = f * bandCount;
      for (let b = 0; b < bandCount; b++) {
        const v = melDb[row + b]!;
        const g = at + ((b / GROUP_BANDS) | 0);
        sums[g] = sums[g]! + Math.max(v, FEATURE_FLOOR_DB);
      }
      sums[at + groups] = sums[at + groups]! + loudness[f]!;
    }
    for (let g = 0; g < groups; g++)
      sums[at + g] = sums[at + g]! / (hop * Math.min(GROUP_BANDS, bandCount - g * GROUP_BANDS));
    sums[at + groups] = sums[at + groups]! / hop;
  }
  const reach = Math.round(SMOOTH_SECONDS / BLOCK_SECONDS / 2);
  const out = new Float64Array(blocks * dims);
  for (let j = 0; j < blocks; j++) {
    let weights = 0;
    for (let k = Math.max(0, j - reach); k <= Math.min(blocks - 1, j + reach); k++) {
      const w = Math.abs(k - j) === reach ? 0.5 : 1;
      weights += w;
      for (let d = 0; d < dims; d++) out[j * dims + d] = out[j * dims + d]! + w * sums[k * dims + d]!;
    }
    for (let d = 0; d < dims; d++) out[j * dims + d] = out[j * dims + d]! / weights;
  }
  return { values: out, groups };
}

/** Novelty at each block boundary j (between blocks j − 1 and j); 0 where the kernel does not fit. */
function noveltyCurve(
  { values: features, groups: bandCount }: { values: Float64Array; groups: number },
  blocks: number,
  half: number,
): Float64Array {
  const dims = bandCount + 1;
  const distance = (a: number, b: number) => {
    let mel = 0;
    for (let d = 0; d < bandCount; d++) mel += (features[a * dims + d]! - features[b * dims + d]!) ** 2;
    const loud = (features[a * dims + bandCount]! - features[b * dims + bandCount]!) ** 2;
    return Math.sqrt((1 - LOUDNESS_SHARE) * (mel / bandCount) + LOUDNESS_SHARE * loud);
  };
  const novelty = new Float64Array(blocks + 1);
  for (let j = half; j + half <= blocks; j++) {
    let across = 0;
    let within = 0;
    for (let a = j - half; a < j; a++) for (let b = j; b < j + half; b++) across += distance(a, b);
    for (let a = j - half; a < j; a++) for (let b = a + 1; b < j; b++) within += distance(a, b);
    for (let a = j; a < j + half; a++) for (let b = a + 1; b < j + half; b++) within += distance(a, b);
    const pairs = (half * (half - 1)) / 2;
    novelty[j] = across / (half * half) - (pairs > 0 ? within / (2 * pairs) : 0);
  }
  return novelty;
}

/**
 * The strongest peaks of at least MIN_NOVELTY_DB that stand PROMINENCE_DB above the lowest
 * novelty within `minBlocks` on each side (a steady crescendo keeps novelty high but flat, and
 * is one section, not many), `minBlocks` apart and from either end.
 */
function pickPeaks(novelty: Float64Array, minBlocks: number, blocks: number): number[] {
  const candidates: number[] = [];
  for (let j = minBlocks; j <= blocks - minBlocks; j++) {
    const v = novelty[j]!;
    if (v < MIN_NOVELTY_DB || v < (novelty[j - 1] ?? 0) || v < (novelty[j + 1] ?? 0)) continue;
    let left = v;
    let right = v;
    for (let k = 1; k <= minBlocks; k++) {
      left = Math.min(left, novelty[j - k] ?? 0);
      right = Math.min(right, novelty[j + k] ?? 0);
    }
    if (v - Math.max(left, right) >= PROMINENCE_DB) candidates.push(j);
  }
  candidates.sort((a, b) => novelty[b]! - novelty[a]!);
  const chosen: number[] = [];
  for (const c of candidates) if (chosen.every((k) => Math.abs(k - c) >= minBlocks)) chosen.push(c);
  return chosen.sort((a, b) => a - b);
}

/** The frame within ±`reach` of `frame` where the mean spectrum before and after differ most. */
function refine(melDb: Float32Array, bandCount: number, frames: number, frame: number, reach: number): number {
  const from = Math.max(0, frame - 2 * reach);
  const to = Math.min(frames, frame + 2 * reach);
  const prefix = new Float64Array((to - from + 1) * bandCount);
  for (let f = from; f < to; f++) {
    const row = (f - from + 1) * bandCount;
    for (let b = 0; b < bandCount; b++) {
      prefix[row + b] = prefix[row - bandCount + b]! + Math.max(FEATURE_FLOOR_DB, melDb[f * bandCount + b]!);
    }
  }
  const mean = (a: number, z: number, b: number) =>
    (prefix[(z - from) * bandCount + b]! - prefix[(a - from) * bandCount + b]!) / (z - a);
  let best = frame;
  let bestScore = -1;
  for (let c = Math.max(from + 1, frame - reach); c <= Math.min(to - 1, frame + reach); c++) {
    const a = Math.max(from, c - reach);
    const z = Math.min(to, c + reach);
    let s = 0;
    for (let b = 0; b < bandCount; b++) s += (mean(a, c, b) - mean(c, z, b)) ** 2;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

interface Span {
  from: number;
  to: number;
  novelty: number;
}

/** Labels and confidences for the spans, as the module comment describes. */
function label(
  spans: Span[],
  melDb: Float32Array,
  bandCount: number,
  fps: number,
  energy: (f: number) => number,
): (Span & { label: Section['label']; confidence: number })[] {
  // Each section's median loudness, its first and last 1.5 s left out (still blurred by the 3 s window).
  const loudness = spans.map((s) => {
    const skip = Math.min(Math.round(1.5 * fps), Math.floor((s.to - s.from) * 0.25));
    const values: number[] = [];
    for (let f = s.from + skip; f < s.to - skip; f++) values.push(energy(f));
    values.sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? SILENT_LUFS;
  });
  const loudest = Math.max(...loudness);
  const rises = spans.map((s) => rise(melDb, bandCount, s.from, s.to, fps));
  const n = spans.length;
  let dropSeen = false;
  return spans.map((s, i) => {
    const level = loudness[i]!;
    const below = loudest - level;
    let name: Section['label'];
    let margin: number;
    if (n === 1) {
      name = 'verse';
      margin = 0.3;
    } else if (i === 0) {
      name = 'intro';
      margin = 0.5 + 0.5 * clamp01(below / 12);
    } else if (i === n - 1 && n > 2) {
      name = 'outro';
      margin = 0.5 + 0.5 * clamp01(below / 12);
    } else if (rises[i]! >= BUILD_RISE_DB && i + 1 < n && loudness[i + 1]! > level + 2) {
      name = 'build';
      margin = clamp01(rises[i]! / 12);
    } else if (below <= DROP_WITHIN_DB) {
      name = 'drop';
      margin = 1 - below / (2 * DROP_WITHIN_DB);
    } else if (below >= BREAKDOWN_BELOW_DB && dropSeen) {
      name = 'breakdown';
      margin = clamp01(below / 12);
    } else {
      name = 'verse';
      margin = 0.5;
    }
    if (name === 'drop') dropSeen = true;
    const boundary = n === 1 ? 0.3 : 1 - Math.exp(-s.novelty / (2 * MIN_NOVELTY_DB));
    return { ...s, label: name, confidence: round2(clamp01((boundary + margin) / 2)) };
  });
}

/** How much the overall mel level climbs across a span (dB), from a least-squares line over its seconds. */
function rise(melDb: Float32Array, bandCount: number, from: number, to: number, fps: number): number {
  const step = Math.max(1, Math.round(fps / 4));
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let f = from; f < to; f += step) {
    const y = melLevel(melDb, bandCount, f);
    const x = (f - from) / fps;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const det = n * sxx - sx * sx;
  if (n < 3 || det <= 0) return 0;
  return ((n * sxy - sx * sy) / det) * ((to - from) / fps);
}

/** A frame's overall level: its mel bands' powers summed, dB. */
function melLevel(melDb: Float32Array, bandCount: number, frame: number): number {
  let power = 0;
  for (let b = 0; b < bandCount; b++) power += 10 ** (melDb[frame * bandCount + b]! / 10);
  return 10 * Math.log10(power + 1e-12);
}
