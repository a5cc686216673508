/**
 * The frame timeline's binary layout (docs/FRAMES.md), shared by the server that stores it and
 * the web app that draws it. A frame is the bands in manifest order, each band `size` float32
 * values, little-endian IEEE 754, packed without padding; frames are laid end to end and cut
 * into chunks of `chunk_size_frames` frames (only the last chunk may be shorter).
 */

/** Milliseconds between two frames of the full timeline. */
export const FRAME_HOP_MS = 10;
/** Frames per chunk. */
export const CHUNK_FRAMES = 1000;
/** Every band value is a float32. */
export const BYTES_PER_VALUE = 4;

/** What the layout needs to know of a band. */
export interface BandShape {
  name: string;
  /** float32 values per frame. */
  size: number;
}

/** Where a band sits inside a frame. */
export interface LayoutEntry {
  band_name: string;
  byte_offset: number;
  byte_size: number;
}

/** The bands' byte offsets and sizes inside one frame, in order. */
export function frameLayout(bands: readonly BandShape[]): LayoutEntry[] {
  let offset = 0;
  return bands.map((band) => {
    const entry = { band_name: band.name, byte_offset: offset, byte_size: band.size * BYTES_PER_VALUE };
    offset += entry.byte_size;
    return entry;
  });
}

/** float32 values in one frame. */
export const valuesPerFrame = (bands: readonly BandShape[]) => bands.reduce((n, b) => n + b.size, 0);

/** Bytes in one frame. */
export const bytesPerFrame = (bands: readonly BandShape[]) => valuesPerFrame(bands) * BYTES_PER_VALUE;

/** Chunks of a timeline: ceil(frameCount / chunkFrames), so no frames make no chunks. */
export const chunkCount = (frameCount: number, chunkFrames = CHUNK_FRAMES) => Math.ceil(frameCount / chunkFrames);

/** One chunk's place in its timeline: frames [start_frame, end_frame) and their times. */
export interface ChunkSpan {
  chunk_index: number;
  start_frame: number;
  end_frame: number;
  frame_count: number;
  start_time_ms: number;
  end_time_ms: number;
}

/** Chunk `index` of a timeline of `frameCount` frames, `hopMs` apart. */
export function chunkSpan(index: number, frameCount: number, hopMs: number, chunkFrames = CHUNK_FRAMES): ChunkSpan {
  const start = index * chunkFrames;
  const end = Math.min(start + chunkFrames, frameCount);
  return {
    chunk_index: index,
    start_frame: start,
    end_frame: end,
    frame_count: end - start,
    start_time_ms: start * hopMs,
    end_time_ms: end * hopMs,
  };
}

/**
 * The chunks whose frames overlap the half-open time range [fromMs, toMs): frame f covers
 * [f·hop, (f+1)·hop), so the frames needed are floor(from / hop) to ceil(to / hop) − 1.
 * Null when the range starts after the last frame (or the timeline is empty).
 */
export function chunksOverlapping(
  fromMs: number,
  toMs: number,
  frameCount: number,
  hopMs: number,
  chunkFrames = CHUNK_FRAMES,
): { first: number; last: number } | null {
  const firstFrame = Math.floor(fromMs / hopMs);
  const lastFrame = Math.min(Math.ceil(toMs / hopMs) - 1, frameCount - 1);
  if (toMs <= fromMs || firstFrame > lastFrame) return null;
  return { first: Math.floor(firstFrame / chunkFrames), last: Math.floor(lastFrame / chunkFrames) };
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** float32 values as little-endian bytes (a copy). */
export function encodeFloat32LE(values: Float32Array): Uint8Array {
  if (littleEndianHost) return new Uint8Array(values.slice().buffer);
  const out = new Uint8Array(values.length * BYTES_PER_VALUE);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * BYTES_PER_VALUE, values[i] as number, true);
  return out;
}

/**
 * Little-endian bytes as float32 values (a copy, so the bytes may sit at any offset, as a
 * database driver's or `fetch`'s buffers do). A trailing partial value is an error.
 */
export function decodeFloat32LE(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % BYTES_PER_VALUE !== 0) throw new RangeError('Frame data is not a whole number of float32s');
  const count = bytes.byteLength / BYTES_PER_VALUE;
  if (littleEndianHost) {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    return new Float32Array(copy.buffer, 0, count);
  }
  const out = new Float32Array(count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * BYTES_PER_VALUE, true);
  return out;
}

/**
 * One band's values out of frame-major values: frame f's values of the band are at
 * [f·size, (f+1)·size) of the answer.
 */
export function bandOf(values: Float32Array, bands: readonly BandShape[], name: string): Float32Array {
  const stride = valuesPerFrame(bands);
  let at = 0;
  const band = bands.find((b) => {
    if (b.name === name) return true;
    at += b.size;
    return false;
  });
  if (!band) throw new RangeError(`No band named ${name}`);
  if (stride === 0) return new Float32Array(0);
  const frames = Math.floor(values.length / stride);
  const out = new Float32Array(frames * band.size);
  for (let f = 0; f < frames; f++)
    out.set(values.subarray(f * stride + at, f * stride + at + band.size), f * band.size);
  return out;
}

/** A chunk's bytes split into one Float32Array per band, named as the bands are. */
export function decodeChunk(bytes: Uint8Array, bands: readonly BandShape[]): Record<string, Float32Array> {
  const stride = bytesPerFrame(bands);
  if (stride > 0 && bytes.byteLength % stride !== 0) throw new RangeError('Chunk is not a whole number of frames');
  const values = decodeFloat32LE(bytes);
  const out: Record<string, Float32Array> = {};
  for (const band of bands) out[band.name] = bandOf(values, bands, band.name);
  return out;
}

/** A chunk as a client holds it: where it starts and its bytes. */
export interface HeldChunk {
  start_frame: number;
  data: Uint8Array;
}

/**
 * One band read across chunks (in any order, gaps allowed): the values of frames
 * [first chunk's start, last chunk's end), with NaN for frames no chunk held.
 */
export function readBand(
  chunks: readonly HeldChunk[],
  bands: readonly BandShape[],
  name: string,
): { startFrame: number; frameCount: number; values: Float32Array } {
  const band = bands.find((b) => b.name === name);
  if (!band) throw new RangeError(`No band named ${name}`);
  const stride = bytesPerFrame(bands);
  if (chunks.length === 0 || stride === 0) return { startFrame: 0, frameCount: 0, values: new Float32Array(0) };
  const startFrame = Math.min(...chunks.map((c) => c.start_frame));
  const endFrame = Math.max(...chunks.map((c) => c.start_frame + c.data.byteLength / stride));
  const values = new Float32Array((endFrame - startFrame) * band.size).fill(Number.NaN);
  for (const chunk of chunks) {
    const own = bandOf(decodeFloat32LE(chunk.data), bands, name);
    values.set(own, (chunk.start_frame - startFrame) * band.size);
  }
  return { startFrame, frameCount: endFrame - startFrame, values };
}
