import { describe, expect, it } from 'vitest';
import {
  collect,
  fixture,
  frequencyOf,
  loudnessFixtureSignal,
  mismatches,
  noiseFixtureSignal,
  rms,
  streamOf,
  type ToneFixture,
  toneFixtureSignal,
} from '../../../../test/audio';
import { decodeAudio } from '.';

const decodeFile = async (name: string, type: string, chunk?: number) =>
  collect(await decodeAudio(streamOf(new Uint8Array(fixture(name)), chunk), type));

const dB = (ratio: number) => 20 * Math.log10(ratio);

/** The formats the bundled decoders read, with the type an upload stores for each. */
const codecs = [
  { ext: 'flac', type: 'audio/flac', lossless: true },
  { ext: 'mp3', type: 'audio/mpeg', lossless: false },
  { ext: 'ogg', type: 'audio/ogg', lossless: false },
  { ext: 'opus', type: 'audio/ogg; codecs=opus', lossless: false },
] as const;

const tones: ToneFixture[] = ['mono44', 'stereo48'];

describe('decoding MP3, FLAC, Vorbis and Opus', () => {
  for (const codec of codecs) {
    it.each(tones)(`decodes the ${codec.ext} tone %s: rate, channels, length, pitch and level`, async (tone) => {
      const source = toneFixtureSignal(tone);
      const out = await decodeFile(`tone-${tone}.${codec.ext}`, codec.type);
      // Opus always decodes at 48 kHz.
      const rate = codec.ext === 'opus' ? 48000 : source.sampleRate;
      expect(out.sampleRate).toBe(rate);
      expect(out.channels).toHaveLength(source.channels.length);
      expect((out.channels[0]?.length ?? 0) / rate).toBeCloseTo(1, 2);
      expect(Math.max(...out.blockSizes)).toBeLessThanOrEqual(rate);
      const expected = [
        [1000, 0.5],
        [500, 0.25],
      ] as const;
      out.channels.forEach((plane, c) => {
        const [hz, amplitude] = expected[c] as readonly [number, number];
        expect(frequencyOf(plane, rate)).toBeCloseTo(hz, -1);
        // A sine's RMS is its amplitude over √2; lossy coding may move it a little.
        expect(Math.abs(dB(rms(plane) / (amplitude / Math.SQRT2)))).toBeLessThan(codec.lossless ? 0.001 : 0.6);
      });
      if (codec.lossless) expect(mismatches(out.channels, source.channels)).toBe(0);
    });
  }

  it('decodes FLAC to exactly the samples it was made from, at both ends of 16 and 24 bits', async () => {
    const loud = await decodeFile('loud.flac', 'audio/flac');
    expect(mismatches(loud.channels, loudnessFixtureSignal().channels)).toBe(0);
    for (const bits of [16, 24] as const) {
      const out = await decodeFile(`noise${bits}.flac`, 'audio/flac');
      const source = noiseFixtureSignal(bits);
      expect(mismatches(out.channels, source.channels)).toBe(0);
      expect(out.channels[0]?.[0]).toBe(-1);
      expect(out.channels[0]?.[1]).toBe(1 - 2 ** (1 - bits));
    }
  });

  it.each([
    ['mp3', 'audio/mpeg', -40],
    ['ogg', 'audio/ogg', -40],
  ] as const)('decodes loud.%s to the length of its source and close to its samples', async (ext, type, maxErrorDb) => {
    const source = loudnessFixtureSignal();
    const out = await decodeFile(`loud.${ext}`, type);
    expect(out.sampleRate).toBe(44100);
    // LAME's encoder delay and padding are trimmed from the Info header; Vorbis ends at its granule position.
    expect(out.channels[0]).toHaveLength(source.channels[0]?.length ?? 0);
    source.channels.forEach((plane, c) => {
      const decoded = out.channels[c] as Float32Array;
      expect(dB(rms(decoded, plane) / rms(plane))).toBeLessThan(maxErrorDb);
      expect(Math.abs(dB(rms(decoded) / rms(plane)))).toBeLessThan(0.1);
    });
  });

  it.each(codecs)('gives the same $ext samples from 1-byte and odd-sized chunks', async ({ ext, type }) => {
    const whole = await decodeFile(`tone-mono44.${ext}`, type);
    for (const chunk of [1, 333]) {
      expect(mismatches((await decodeFile(`tone-mono44.${ext}`, type, chunk)).channels, whole.channels)).toBe(0);
    }
  });

  it('reads the codec of an Ogg file from its first page, whatever its stored type says', async () => {
    for (const type of ['audio/ogg', 'audio/opus', 'audio/ogg; codecs=opus']) {
      expect((await decodeFile('tone-stereo48.opus', type)).sampleRate).toBe(48000);
    }
    expect((await decodeFile('tone-stereo48.ogg', 'audio/ogg; codecs=opus')).channels).toHaveLength(2);
  });
});

describe('decoding damaged or unknown audio', () => {
  const cut = (name: string, keep: number) => {
    const bytes = new Uint8Array(fixture(name));
    return bytes.subarray(0, Math.floor(bytes.length * keep));
  };
  const decodeBytes = async (bytes: Uint8Array, type: string) => collect(await decodeAudio(streamOf(bytes), type));

  it.each(codecs)('calls a $ext file cut in half corrupt', async ({ ext, type }) => {
    await expect(decodeBytes(cut(`tone-stereo48.${ext}`, 0.5), type)).rejects.toMatchObject({
      name: 'AudioDecodeError',
      code: 'corrupt',
    });
  });

  it.each(codecs)('calls bytes that are not $ext corrupt', async ({ type }) => {
    const noise = new Uint8Array(50_000);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      noise[i] = seed >> 16;
    }
    await expect(decodeBytes(noise, type)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(decodeBytes(new Uint8Array(0), type)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('calls a FLAC file with damaged frames corrupt', async () => {
    const bytes = new Uint8Array(fixture('tone-stereo48.flac'));
    for (let i = 20_000; i < 20_400; i += 40) bytes[i] = (bytes[i] as number) ^ 0x5a;
    await expect(decodeBytes(bytes, 'audio/flac')).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('calls a type it has no decoder for unsupported', async () => {
    for (const type of ['text/plain', 'video/mp4', 'audio/x-ms-wma', '']) {
      await expect(decodeAudio(streamOf(new Uint8Array(fixture('clip.mp3'))), type)).rejects.toMatchObject({
        name: 'AudioDecodeError',
        code: 'unsupported',
      });
    }
  });
});
