import { describe, expect, it } from 'vitest';
import {
  bytesPerFrame,
  chunkCount,
  chunkSpan,
  chunksOverlapping,
  decodeChunk,
  decodeFloat32LE,
  encodeFloat32LE,
  frameLayout,
  readBand,
} from './format';
import { decodeFrameRange, encodeFrameRange, RANGE_HEADER_BYTES } from './range';

const bands = [
  { name: 'rms', size: 1 },
  { name: 'spectrum', size: 3 },
  { name: 'onset', size: 1 },
];

/** Frame f holds f, then f+0.25, f+0.5, f+0.75 (the spectrum), then −f. */
function frames(count: number): Float32Array {
  const out = new Float32Array(count * 5);
  for (let f = 0; f < count; f++) out.set([f, f + 0.25, f + 0.5, f + 0.75, -f], f * 5);
  return out;
}

describe('frame layout', () => {
  it('packs the bands in order without padding', () => {
    expect(frameLayout(bands)).toEqual([
      { band_name: 'rms', byte_offset: 0, byte_size: 4 },
      { band_name: 'spectrum', byte_offset: 4, byte_size: 12 },
      { band_name: 'onset', byte_offset: 16, byte_size: 4 },
    ]);
    expect(bytesPerFrame(bands)).toBe(20);
  });

  it('writes float32 values little-endian', () => {
    const bytes = encodeFloat32LE(new Float32Array([1, -2.5]));
    expect([...bytes]).toEqual([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0xc0]);
    expect([...decodeFloat32LE(bytes)]).toEqual([1, -2.5]);
  });

  it('reads values from bytes at an odd offset, and refuses a partial value', () => {
    const padded = new Uint8Array(9);
    padded.set(encodeFloat32LE(new Float32Array([3, 4])), 1);
    expect([...decodeFloat32LE(padded.subarray(1))]).toEqual([3, 4]);
    expect(() => decodeFloat32LE(new Uint8Array(6))).toThrow(RangeError);
  });
});

describe('chunks', () => {
  it('cuts 2500 frames into three chunks, the last holding 500', () => {
    expect(chunkCount(2500)).toBe(3);
    expect(chunkCount(0)).toBe(0);
    expect(chunkCount(1000)).toBe(1);
    expect(chunkSpan(2, 2500, 10)).toEqual({
      chunk_index: 2,
      start_frame: 2000,
      end_frame: 2500,
      frame_count: 500,
      start_time_ms: 20_000,
      end_time_ms: 25_000,
    });
  });

  it('finds the chunks whose frames overlap a half-open range', () => {
    expect(chunksOverlapping(15_000, 25_000, 6000, 10)).toEqual({ first: 1, last: 2 });
    // 20 000 ms is where chunk 2 starts: a range ending there does not reach it…
    expect(chunksOverlapping(0, 20_000, 6000, 10)).toEqual({ first: 0, last: 1 });
    // …one ending inside its first frame does.
    expect(chunksOverlapping(0, 20_005, 6000, 10)).toEqual({ first: 0, last: 2 });
    expect(chunksOverlapping(9_999, 10_001, 6000, 10)).toEqual({ first: 0, last: 1 });
  });

  it('stops at the last chunk, and finds none past the end or in an empty timeline', () => {
    expect(chunksOverlapping(0, 1_000_000, 2500, 10)).toEqual({ first: 0, last: 2 });
    expect(chunksOverlapping(25_000, 30_000, 2500, 10)).toBeNull();
    expect(chunksOverlapping(0, 1000, 0, 10)).toBeNull();
  });

  it('maps times on a coarser level by its own hop', () => {
    // 1000 ms frames: chunk 0 is the first 1000 s.
    expect(chunksOverlapping(999_000, 1_001_000, 1500, 1000)).toEqual({ first: 0, last: 1 });
  });
});

describe('decoding chunks', () => {
  it('splits a chunk into one array per band', () => {
    const decoded = decodeChunk(encodeFloat32LE(frames(3)), bands);
    expect([...(decoded.rms ?? [])]).toEqual([0, 1, 2]);
    expect([...(decoded.spectrum ?? [])]).toEqual([0.25, 0.5, 0.75, 1.25, 1.5, 1.75, 2.25, 2.5, 2.75]);
    expect([...(decoded.onset ?? [])]).toEqual([-0, -1, -2]);
  });

  it('refuses bytes that are not whole frames', () => {
    expect(() => decodeChunk(new Uint8Array(24), bands)).toThrow(RangeError);
  });

  it('reads one band across chunks in any order, with NaN where a chunk is missing', () => {
    const all = frames(5);
    const chunk = (start: number, end: number) => ({
      start_frame: start,
      data: encodeFloat32LE(all.subarray(start * 5, end * 5)),
    });
    const read = readBand([chunk(3, 5), chunk(0, 2)], bands, 'rms');
    expect(read.startFrame).toBe(0);
    expect(read.frameCount).toBe(5);
    expect([...read.values]).toEqual([0, 1, Number.NaN, 3, 4]);
    expect(readBand([], bands, 'rms').frameCount).toBe(0);
    expect(() => readBand([chunk(0, 1)], bands, 'nope')).toThrow(RangeError);
  });
});

describe('the range framing', () => {
  it('writes a header the frames follow 4-byte aligned, and reads it back', () => {
    const a = encodeFloat32LE(frames(2));
    const b = encodeFloat32LE(frames(1));
    const header = {
      hop_ms: 10,
      bytes_per_frame: 20,
      first_chunk: 4,
      chunk_count: 2,
      start_frame: 4000,
      frame_count: 3,
    };
    const bytes = encodeFrameRange(header, [a, b]);
    expect(bytes.byteLength).toBe(RANGE_HEADER_BYTES + 60);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('CFRM');
    const read = decodeFrameRange(bytes);
    expect(read).toMatchObject(header);
    expect([...read.data.subarray(0, 40)]).toEqual([...a]);
    expect(read.data.byteOffset % 4).toBe(0);
  });

  it('refuses a truncated answer and one that is not a frame range', () => {
    const bytes = encodeFrameRange(
      { hop_ms: 10, bytes_per_frame: 20, first_chunk: 0, chunk_count: 1, start_frame: 0, frame_count: 1 },
      [encodeFloat32LE(frames(1))],
    );
    expect(() => decodeFrameRange(bytes.subarray(0, bytes.byteLength - 1))).toThrow(RangeError);
    expect(() => decodeFrameRange(new Uint8Array(40))).toThrow(RangeError);
  });
});
