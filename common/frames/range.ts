/**
 * The binary answer of the frames range endpoint (docs/FRAMES.md): a 32-byte header of eight
 * little-endian uint32s, then the frames of the whole chunks that overlap the range, end to end.
 * The header's size keeps the frames 4-byte aligned, so a client may view them as float32s.
 *
 *   offset  field
 *   0       magic "CFRM" (0x43 0x46 0x52 0x4D)
 *   4       format version (1)
 *   8       hop_ms of the level
 *   12      bytes_per_frame
 *   16      first_chunk: index of the first chunk sent
 *   20      chunk_count: chunks sent (0 when the range holds no frame)
 *   24      start_frame: the first frame sent (first_chunk × chunk_size_frames)
 *   28      frame_count: frames sent
 *   32      frame_count × bytes_per_frame bytes of frames
 */

export const RANGE_MAGIC = 'CFRM';
export const RANGE_FORMAT_VERSION = 1;
export const RANGE_HEADER_BYTES = 32;

/** What the header says about the frames that follow it. */
export interface FrameRangeHeader {
  hop_ms: number;
  bytes_per_frame: number;
  first_chunk: number;
  chunk_count: number;
  start_frame: number;
  frame_count: number;
}

/** The header followed by the chunks' bytes, in order. */
export function encodeFrameRange(header: FrameRangeHeader, chunks: readonly Uint8Array[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  if (size !== header.frame_count * header.bytes_per_frame) throw new RangeError('Chunks do not match the header');
  const out = new Uint8Array(RANGE_HEADER_BYTES + size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = RANGE_MAGIC.charCodeAt(i);
  const fields = [
    RANGE_FORMAT_VERSION,
    header.hop_ms,
    header.bytes_per_frame,
    header.first_chunk,
    header.chunk_count,
    header.start_frame,
    header.frame_count,
  ];
  for (const [i, value] of fields.entries()) view.setUint32(4 + i * 4, value, true);
  let at = RANGE_HEADER_BYTES;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Reads a range answer: its header, and its frames as bytes (a view, not a copy). */
export function decodeFrameRange(bytes: Uint8Array): FrameRangeHeader & { data: Uint8Array } {
  if (bytes.byteLength < RANGE_HEADER_BYTES) throw new RangeError('Too short for a frame range');
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (i: number) => view.getUint32(4 + i * 4, true);
  if (magic !== RANGE_MAGIC || field(0) !== RANGE_FORMAT_VERSION) throw new RangeError('Not a frame range');
  const header: FrameRangeHeader = {
    hop_ms: field(1),
    bytes_per_frame: field(2),
    first_chunk: field(3),
    chunk_count: field(4),
    start_frame: field(5),
    frame_count: field(6),
  };
  const size = header.frame_count * header.bytes_per_frame;
  if (bytes.byteLength !== RANGE_HEADER_BYTES + size) throw new RangeError('Frame range is truncated');
  return { ...header, data: bytes.subarray(RANGE_HEADER_BYTES) };
}
