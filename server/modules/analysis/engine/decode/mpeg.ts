import CodecParser, { type CodecFrame } from 'codec-parser';
import { MPEGDecoder } from 'mpg123-decoder';
import { corrupt } from './errors';
import { FrameReader } from './frames';
import type { Input, Opened } from './input';

/**
 * MPEG audio (MP3, and layers I and II) with `mpg123-decoder`: `codec-parser` finds the frames
 * (skipping ID3 tags), mpg123 decodes them. Gapless: mpg123 reads the encoder delay and padding
 * from the Xing/LAME ("Info") header and trims them, so a LAME-encoded file decodes to the
 * length of its source; a file without that header keeps the decoder's delay (529 samples) and
 * the last frame's padding. The same header's frame count tells a file cut short.
 */

/** The frame count a Xing or Info header announces (it does not count itself), or null. */
export function xingFrameCount(frame: Uint8Array): number | null {
  const end = Math.min(frame.byteLength - 12, 64);
  for (let at = 4; at <= end; at++) {
    const tag = String.fromCharCode(frame[at] ?? 0, frame[at + 1] ?? 0, frame[at + 2] ?? 0, frame[at + 3] ?? 0);
    if (tag !== 'Xing' && tag !== 'Info') continue;
    const v = new DataView(frame.buffer, frame.byteOffset + at + 4, 8);
    return v.getUint32(0) & 1 ? v.getUint32(4) : null;
  }
  return null;
}

export async function openMpeg(input: Input): Promise<Opened> {
  const frames = new FrameReader(new CodecParser<CodecFrame>('audio/mpeg', { enableFrameCRC32: false }), input);
  const first = await frames.first();
  if (!first) throw corrupt('No MPEG audio frames were found.');
  const { sampleRate, channels } = first.header;
  const announced = xingFrameCount(first.data);
  const decoder = new MPEGDecoder();
  await decoder.ready;
  let freed = false;
  const free = () => {
    if (!freed) decoder.free();
    freed = true;
  };

  async function* pieces(): AsyncGenerator<Float32Array[]> {
    let count = 0;
    for (let batch = await frames.batch(); batch.length > 0; batch = await frames.batch()) {
      for (const frame of batch) {
        if (frame.header.sampleRate !== sampleRate) throw corrupt('The MP3 changes its sample rate part-way through.');
      }
      count += batch.length;
      const out = decoder.decodeFrames(batch.map((f) => f.data));
      if (out.errors.length > 0) throw corrupt(`The MP3 data is damaged (${out.errors[0]?.message}).`);
      // mpg123 always answers in stereo; a mono stream is the first channel.
      if (out.samplesDecoded > 0) yield out.channelData.slice(0, channels);
    }
    // LAME counts the frames after its Info frame; one frame of slack for encoders that count it.
    const audioFrames = count - 1;
    if (announced !== null && audioFrames < announced - 1) {
      throw corrupt(`The MP3 ends after ${audioFrames} of the ${announced} frames its header announces.`);
    }
  }
  return { format: { sampleRate, channels }, pieces: pieces(), close: free };
}
