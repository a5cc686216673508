import { corrupt, unsupported } from './errors';
import type { Input, Opened } from './input';

/**
 * WAV (RIFF) and RF64 (EBU Tech 3306): chunks are walked in order, unknown ones skipped,
 * `ds64` read for sizes beyond 4 GB; the samples are integer PCM of 8 (unsigned), 16, 24 or 32
 * bits or IEEE float of 32 or 64 bits, in plain or WAVE_FORMAT_EXTENSIBLE headers. A data size
 * of 0xFFFFFFFF (or 0) is taken to mean "until the end", as streaming writers such as ffmpeg
 * on a pipe leave it.
 */

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;
const UNKNOWN_SIZE = 0xffffffff;
/** The most sample bytes converted at a time (PCM is its own size decoded, so larger pieces are fine). */
const WANT_BYTES = 256 * 1024;

interface SampleFormat {
  sampleRate: number;
  channels: number;
  /** Bytes per sample of one channel. */
  width: number;
  float: boolean;
}

const text = (b: Uint8Array, at: number) =>
  String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0);

function parseFmt(b: Uint8Array): SampleFormat {
  if (b.byteLength < 16) throw corrupt('The WAV format chunk is too short.');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let tag = v.getUint16(0, true);
  const channels = v.getUint16(2, true);
  const sampleRate = v.getUint32(4, true);
  const blockAlign = v.getUint16(12, true);
  const bits = v.getUint16(14, true);
  if (tag === EXTENSIBLE) {
    // cbSize (22), valid bits, channel mask, then the sub-format GUID, whose first two bytes are the tag.
    if (b.byteLength < 40) throw corrupt('The WAV extensible format chunk is too short.');
    tag = v.getUint16(24, true);
  }
  if (channels === 0 || sampleRate === 0) throw corrupt('The WAV header gives no channels or no sample rate.');
  const float = tag === FLOAT;
  if (tag !== PCM && !float) throw unsupported(`WAV sample coding ${tag} is not supported (only PCM and float).`);
  const widths = float ? [32, 64] : [8, 16, 24, 32];
  if (!widths.includes(bits))
    throw unsupported(`WAV ${float ? 'float' : 'PCM'} samples of ${bits} bits are not supported.`);
  const width = bits / 8;
  if (blockAlign !== width * channels) throw corrupt('The WAV block alignment does not match its channels and width.');
  return { sampleRate, channels, width, float };
}

/** Planar floats for whole sample frames of interleaved little-endian samples. */
export function toPlanar(bytes: Uint8Array, f: SampleFormat): Float32Array[] {
  const frames = Math.floor(bytes.byteLength / (f.width * f.channels));
  const out = Array.from({ length: f.channels }, () => new Float32Array(frames));
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = f.channels;
  for (let c = 0; c < n; c++) {
    const plane = out[c] as Float32Array;
    const stride = f.width * n;
    let at = c * f.width;
    if (f.float && f.width === 4) {
      for (let i = 0; i < frames; i++, at += stride) {
        const x = v.getFloat32(at, true);
        plane[i] = Number.isFinite(x) ? x : 0;
      }
    } else if (f.float) {
      for (let i = 0; i < frames; i++, at += stride) {
        const x = v.getFloat64(at, true);
        plane[i] = Number.isFinite(x) ? x : 0;
      }
    } else if (f.width === 2) {
      for (let i = 0; i < frames; i++, at += stride) plane[i] = v.getInt16(at, true) / 32768;
    } else if (f.width === 3) {
      for (let i = 0; i < frames; i++, at += stride) {
        const u = (bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16);
        plane[i] = ((u << 8) >> 8) / 8388608;
      }
    } else if (f.width === 4) {
      for (let i = 0; i < frames; i++, at += stride) plane[i] = v.getInt32(at, true) / 2147483648;
    } else {
      for (let i = 0; i < frames; i++, at += stride) plane[i] = ((bytes[at] as number) - 128) / 128;
    }
  }
  return out;
}

/** Reads the header up to the samples, and streams them as planar floats. */
export async function openWav(input: Input): Promise<Opened> {
  const riff = await input.read(12);
  if (riff.byteLength < 12) throw corrupt('The file is too short to be WAV.');
  const kind = text(riff, 0);
  if ((kind !== 'RIFF' && kind !== 'RF64') || text(riff, 8) !== 'WAVE') throw corrupt('The file is not WAV.');
  let format: SampleFormat | null = null;
  let ds64DataSize: number | null = null;
  let dataSize: number | null = null;
  while (dataSize === null) {
    const head = await input.read(8);
    if (head.byteLength < 8)
      throw corrupt(format ? 'The WAV file has no samples.' : 'The WAV file has no format chunk.');
    const id = text(head, 0);
    const size = new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true);
    if (id === 'data') {
      if (!format) throw corrupt('The WAV samples come before their format.');
      if (size === UNKNOWN_SIZE) dataSize = ds64DataSize ?? Number.POSITIVE_INFINITY;
      else dataSize = size === 0 ? Number.POSITIVE_INFINITY : size;
    } else if (id === 'fmt ' || id === 'ds64') {
      if (size > 1024) throw corrupt(`The WAV ${id.trim()} chunk is implausibly large.`);
      const body = await input.read(size + (size & 1));
      if (body.byteLength < size) throw corrupt('The WAV header is cut off.');
      if (id === 'fmt ') format = parseFmt(body.subarray(0, size));
      else if (size >= 16) {
        const v = new DataView(body.buffer, body.byteOffset, size);
        ds64DataSize = v.getUint32(8, true) + v.getUint32(12, true) * 2 ** 32;
      }
    } else {
      const skipped = await input.skip(size + (size & 1));
      if (skipped < size) throw corrupt(`The WAV file ends inside its "${id}" chunk.`);
    }
  }
  const f = format as SampleFormat;
  const frameBytes = f.width * f.channels;
  const total = dataSize;
  return {
    format: { sampleRate: f.sampleRate, channels: f.channels },
    pieces: samples(input, f, frameBytes, total),
    close: () => {},
  };
}

async function* samples(
  input: Input,
  f: SampleFormat,
  frameBytes: number,
  total: number,
): AsyncGenerator<Float32Array[]> {
  let left = total - (Number.isFinite(total) ? total % frameBytes : 0);
  // Bytes of a sample frame split across pieces wait here for the rest.
  let carry = new Uint8Array(0);
  // Whole sample frames per piece: a piece of the input rounded down, so blocks never split a frame.
  const want = Math.max(frameBytes, Math.floor(WANT_BYTES / frameBytes) * frameBytes);
  while (left > 0) {
    const piece = await input.next(Math.min(want - carry.byteLength, left - carry.byteLength) || frameBytes);
    if (!piece) break;
    let bytes = piece;
    if (carry.byteLength > 0) {
      bytes = new Uint8Array(carry.byteLength + piece.byteLength);
      bytes.set(carry);
      bytes.set(piece, carry.byteLength);
    }
    const whole = bytes.byteLength - (bytes.byteLength % frameBytes);
    carry = bytes.slice(whole);
    if (whole > 0) {
      left -= whole;
      yield toPlanar(bytes.subarray(0, whole), f);
    }
  }
  if (Number.isFinite(left) && left > 0) throw corrupt('The WAV file ends before the samples its header announces.');
}
