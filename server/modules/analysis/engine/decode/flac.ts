import { FLACDecoder } from '@wasm-audio-decoders/flac';
import CodecParser, { type CodecFrame } from 'codec-parser';
import { corrupt } from './errors';
import { FrameReader } from './frames';
import type { Input, Opened } from './input';

/**
 * FLAC with `@wasm-audio-decoders/flac` (libFLAC): the STREAMINFO block gives the format and
 * the length, `codec-parser` splits the frames, libFLAC decodes and checks them. Output is
 * exact: the decoder scales a sample of b bits by 1 / (2^(b−1) − 1); it is scaled back to the
 * integer and then by 1 / 2^(b−1), the convention of every other decoder here (and of the WAV
 * the FLAC was made from), so a lossless file decodes to the very samples of its source.
 */

/** What STREAMINFO says (the FLAC format specification, "METADATA_BLOCK_STREAMINFO"). */
export interface StreamInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** 0 when unknown. */
  totalSamples: number;
}

/** Reads the 34-byte STREAMINFO body. */
export function parseStreamInfo(b: Uint8Array): StreamInfo {
  const at = (i: number) => b[i] ?? 0;
  const sampleRate = (at(10) << 12) | (at(11) << 4) | (at(12) >> 4);
  const channels = ((at(12) >> 1) & 0x07) + 1;
  const bitsPerSample = (((at(12) & 1) << 4) | (at(13) >> 4)) + 1;
  const totalSamples = (at(13) & 0x0f) * 2 ** 32 + ((at(14) << 24) >>> 0) + (at(15) << 16) + (at(16) << 8) + at(17);
  return { sampleRate, channels, bitsPerSample, totalSamples };
}

/** The length of an ID3v2 tag at the start of `b` (some tools put one before "fLaC"), or 0. */
export function id3Length(b: Uint8Array): number {
  if (b.byteLength < 10 || b[0] !== 0x49 || b[1] !== 0x44 || b[2] !== 0x33) return 0;
  const size =
    (((b[6] ?? 0) & 0x7f) << 21) | (((b[7] ?? 0) & 0x7f) << 14) | (((b[8] ?? 0) & 0x7f) << 7) | ((b[9] ?? 0) & 0x7f);
  return 10 + size + ((b[5] ?? 0) & 0x10 ? 10 : 0);
}

/** Samples of `bits` bits from the decoder's scale to the exact value n / 2^(bits−1). */
export function rescaleFlac(channels: Float32Array[], bits: number): Float32Array[] {
  if (bits > 24) return channels;
  const up = 2 ** (bits - 1) - 1;
  const down = 2 ** (bits - 1);
  for (const plane of channels) {
    // `+ 0` keeps a zero positive, as integer PCM read any other way gives it.
    for (let i = 0; i < plane.length; i++) plane[i] = Math.round((plane[i] as number) * up) / down + 0;
  }
  return channels;
}

/** A FLAC decoder and what it holds, freed once. */
export async function flacDecoder(): Promise<{ decoder: FLACDecoder; free: () => void }> {
  const decoder = new FLACDecoder();
  await decoder.ready;
  let freed = false;
  return {
    decoder,
    free: () => {
      if (!freed) decoder.free();
      freed = true;
    },
  };
}

export async function openFlac(input: Input): Promise<Opened> {
  const tag = id3Length(await input.peek(10));
  if (tag > 0 && (await input.skip(tag)) < tag) throw corrupt('The FLAC file ends inside its ID3 tag.');
  const head = await input.peek(42);
  const magic = String.fromCharCode(...head.subarray(0, 4));
  if (magic !== 'fLaC' || ((head[4] ?? 0) & 0x7f) !== 0) throw corrupt('The file is not FLAC.');
  const info = parseStreamInfo(head.subarray(8, 42));
  if (info.sampleRate === 0) throw corrupt('The FLAC header gives no sample rate.');
  const frames = new FrameReader(new CodecParser<CodecFrame>('audio/flac', { enableFrameCRC32: false }), input);
  const { decoder, free } = await flacDecoder();

  async function* pieces(): AsyncGenerator<Float32Array[]> {
    let decoded = 0;
    for (let batch = await frames.batch(); batch.length > 0; batch = await frames.batch()) {
      const out = await decoder.decodeFrames(batch.map((f) => f.data));
      if (out.errors.length > 0) throw corrupt(`The FLAC data is damaged (${out.errors[0]?.message}).`);
      decoded += out.samplesDecoded;
      if (out.samplesDecoded > 0) yield rescaleFlac(out.channelData, info.bitsPerSample);
    }
    if (decoded === 0) throw corrupt('The FLAC file holds no audio frames.');
    if (info.totalSamples > 0 && decoded < info.totalSamples) {
      throw corrupt(`The FLAC file ends after ${decoded} of the ${info.totalSamples} samples it announces.`);
    }
  }
  return {
    format: { sampleRate: info.sampleRate, channels: info.channels },
    pieces: pieces(),
    close: free,
  };
}
