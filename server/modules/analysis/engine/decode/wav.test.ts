import { describe, expect, it } from 'vitest';
import { collect, encodeWav, mismatches, streamOf, type WavEncoding } from '../../../../test/audio';
import { decodeAudio } from '.';

/** A stereo signal that reaches both ends of the scale: a ramp from −1 to 1 on the left, a sine on the right. */
function testSignal(frames = 3000, sampleRate = 44100): Float32Array[] {
  const left = new Float32Array(frames);
  const right = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    left[i] = -1 + (2 * i) / (frames - 1);
    right[i] = 0.7 * Math.sin((2 * Math.PI * 997 * i) / sampleRate);
  }
  return [left, right];
}

/** What `encodeWav` stores for a sample, read back as a float. */
function stored(v: number, encoding: WavEncoding): number {
  if (encoding === 'float32') return Math.fround(v);
  const full = 2 ** ((encoding === 'pcm16' ? 16 : encoding === 'pcm24' ? 24 : 32) - 1);
  return Math.max(-full, Math.min(full - 1, Math.round(v * full))) / full;
}

/** A RIFF file from its chunks (odd sizes padded), in the given kind ('RIFF' or 'RF64'). */
function riff(chunks: [string, Uint8Array][], kind = 'RIFF'): Uint8Array {
  const parts = chunks.map(([id, body]) => {
    const out = Buffer.alloc(8 + body.length + (body.length & 1));
    out.write(id, 0, 'ascii');
    out.writeUInt32LE(id === 'data' && kind === 'RF64' ? 0xffffffff : body.length, 4);
    out.set(body, 8);
    return out;
  });
  const head = Buffer.alloc(12);
  head.write(kind, 0, 'ascii');
  head.writeUInt32LE(kind === 'RF64' ? 0xffffffff : 4 + parts.reduce((n, p) => n + p.length, 0), 4);
  head.write('WAVE', 8, 'ascii');
  return new Uint8Array(Buffer.concat([head, ...parts]));
}

/** A format chunk: plain (16 bytes) or WAVE_FORMAT_EXTENSIBLE (40 bytes) with the tag as sub-format. */
function fmt(tag: number, channels: number, rate: number, bits: number, extensible = false): Uint8Array {
  const b = Buffer.alloc(extensible ? 40 : 16);
  b.writeUInt16LE(extensible ? 0xfffe : tag, 0);
  b.writeUInt16LE(channels, 2);
  b.writeUInt32LE(rate, 4);
  b.writeUInt32LE((rate * channels * bits) / 8, 8);
  b.writeUInt16LE((channels * bits) / 8, 12);
  b.writeUInt16LE(bits, 14);
  if (extensible) {
    b.writeUInt16LE(22, 16);
    b.writeUInt16LE(bits, 18);
    b.writeUInt32LE(channels === 2 ? 3 : 4, 20);
    b.writeUInt16LE(tag, 24);
    Buffer.from('000000001000800000aa00389b71', 'hex').copy(b, 26);
  }
  return new Uint8Array(b);
}

const decodeWav = async (bytes: Uint8Array, chunk?: number) =>
  collect(await decodeAudio(streamOf(bytes, chunk), 'audio/wav'));

describe('WAV decoding', () => {
  it.each(['pcm16', 'pcm24', 'pcm32', 'float32'] as const)(
    'decodes %s to exactly the samples it stores',
    async (encoding) => {
      const signal = testSignal();
      const out = await decodeWav(new Uint8Array(encodeWav(signal, 44100, encoding)));
      expect(out.sampleRate).toBe(44100);
      expect(out.channels).toHaveLength(2);
      signal.forEach((plane, c) => {
        expect(out.channels[c]).toEqual(Float32Array.from(plane, (v) => stored(v, encoding)));
      });
    },
  );

  it('accepts each type a WAV upload may be stored as', async () => {
    const bytes = new Uint8Array(encodeWav(testSignal(100), 8000));
    for (const type of ['audio/wav', 'audio/x-wav', 'audio/wave', 'AUDIO/WAV']) {
      expect((await collect(await decodeAudio(streamOf(bytes), type))).channels[0]).toHaveLength(100);
    }
  });

  it('gives the same samples whatever size the network chunks are, never splitting a sample frame', async () => {
    const bytes = new Uint8Array(encodeWav(testSignal(), 44100, 'pcm24'));
    const whole = await decodeWav(bytes);
    for (const chunk of [1, 7, 4099]) {
      const out = await decodeWav(bytes, chunk);
      expect(mismatches(out.channels, whole.channels)).toBe(0);
      expect(out.blockSizes.every((n) => n > 0)).toBe(true);
    }
  });

  it('reads 8-bit unsigned PCM and 64-bit float', async () => {
    const u8 = Uint8Array.from([0, 64, 128, 192, 255, 128]);
    const out8 = await decodeWav(
      riff([
        ['fmt ', fmt(1, 1, 8000, 8)],
        ['data', u8],
      ]),
    );
    expect(Array.from(out8.channels[0] as Float32Array)).toEqual([-1, -0.5, 0, 0.5, 127 / 128, 0]);
    const f64 = new Float64Array([0.25, -0.75, 1.5, Number.NaN]);
    const out64 = await decodeWav(
      riff([
        ['fmt ', fmt(3, 2, 48000, 64)],
        ['data', new Uint8Array(f64.buffer)],
      ]),
    );
    expect(out64.sampleRate).toBe(48000);
    expect(Array.from(out64.channels[0] as Float32Array)).toEqual([0.25, 1.5]);
    // A sample that is not a number is read as silence rather than poisoning every measurement.
    expect(Array.from(out64.channels[1] as Float32Array)).toEqual([-0.75, 0]);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE and RF64, skipping chunks it does not know (odd sizes included)', async () => {
    const samples = new Int16Array([1000, -1000, 2000, -2000]);
    const data = new Uint8Array(samples.buffer);
    const ds64 = Buffer.alloc(28);
    ds64.writeUInt32LE(data.length, 8);
    const file = riff(
      [
        ['ds64', new Uint8Array(ds64)],
        ['JUNK', new Uint8Array(3)],
        ['fmt ', fmt(1, 2, 44100, 16, true)],
        ['LIST', new Uint8Array(101)],
        ['data', data],
      ],
      'RF64',
    );
    const out = await decodeWav(file, 5);
    expect(Array.from(out.channels[0] as Float32Array)).toEqual([1000 / 32768, 2000 / 32768]);
    expect(Array.from(out.channels[1] as Float32Array)).toEqual([-1000 / 32768, -2000 / 32768]);
  });

  it('decodes a 10-minute stream in blocks of at most a second', async () => {
    const rate = 44100;
    const minutes = 10;
    const chunk = new Uint8Array(64 * 1024).fill(0x11);
    const dataBytes = rate * minutes * 60 * 4;
    const header = encodeWav([new Float32Array(0), new Float32Array(0)], rate).subarray(0, 44);
    header.writeUInt32LE(dataBytes, 40);
    async function* produced(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(header);
      for (let sent = 0; sent < dataBytes; sent += chunk.length)
        yield chunk.subarray(0, Math.min(chunk.length, dataBytes - sent));
    }
    const decoded = await decodeAudio(produced(), 'audio/x-wav');
    let frames = 0;
    let largest = 0;
    for await (const block of decoded.blocks) {
      frames += block[0]?.length ?? 0;
      largest = Math.max(largest, block[0]?.length ?? 0);
    }
    expect(frames).toBe(rate * minutes * 60);
    expect(largest).toBeLessThanOrEqual(rate);
  });

  it('calls a file cut short, or one that is not WAV, corrupt; a coding it does not read, unsupported', async () => {
    const bytes = new Uint8Array(encodeWav(testSignal(), 44100));
    await expect(decodeWav(bytes.subarray(0, bytes.length - 100))).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeWav(bytes.subarray(0, 30))).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeWav(new TextEncoder().encode('<html>not audio at all</html>'))).rejects.toMatchObject({
      name: 'AudioDecodeError',
      code: 'corrupt',
    });
    const muLaw = riff([
      ['fmt ', fmt(7, 1, 8000, 8)],
      ['data', new Uint8Array(100)],
    ]);
    await expect(decodeWav(muLaw)).rejects.toMatchObject({ code: 'unsupported' });
    const samplesFirst = riff([
      ['data', new Uint8Array(8)],
      ['fmt ', fmt(1, 1, 8000, 16)],
    ]);
    await expect(decodeWav(samplesFirst)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
