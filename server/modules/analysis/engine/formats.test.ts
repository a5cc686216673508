import { beforeAll, describe, expect, it } from 'vitest';
import { encodeWav, fixture, loudnessFixtureSignal } from '../../../test/audio';
import { type AnalysisOutput, analyseAudio } from './pipeline';

/**
 * One signal, four files: the WAV it was made as, and the FLAC, MP3 (320 kbps) and Vorbis (q8)
 * encodings committed beside the other test audio. Lossless must analyse identically; the lossy
 * codecs must stay within 0.2 LU of the original.
 */
async function* once(bytes: Buffer): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const analyse = (bytes: Buffer, mime: string): Promise<AnalysisOutput> => analyseAudio(once(bytes), mime);

describe('the same signal in every format', () => {
  let original: AnalysisOutput;
  beforeAll(async () => {
    const { channels, sampleRate } = loudnessFixtureSignal();
    original = await analyse(encodeWav(channels, sampleRate), 'audio/wav');
  });

  it('measures the original WAV at a plausible loudness', () => {
    expect(original.summary.integrated_lufs).toBeGreaterThan(-30);
    expect(original.summary.integrated_lufs).toBeLessThan(-10);
  });

  it('analyses the FLAC encoding identically', async () => {
    const flac = await analyse(fixture('loud.flac'), 'audio/flac');
    expect(flac.summary).toEqual(original.summary);
    expect(flac.frameCount).toBe(original.frameCount);
    expect(flac.frames).toEqual(original.frames);
  });

  it.each([
    ['MP3 at 320 kbps', 'loud.mp3', 'audio/mpeg'],
    ['Vorbis at q8', 'loud.ogg', 'audio/ogg'],
  ])('measures %s within 0.2 LU and 0.5 dB of true peak of the original', async (_, name, mime) => {
    const lossy = await analyse(fixture(name), mime);
    const gap = (key: 'integrated_lufs' | 'true_peak_dbtp') =>
      Math.abs((lossy.summary[key] as number) - (original.summary[key] as number));
    expect(gap('integrated_lufs')).toBeLessThan(0.2);
    expect(gap('true_peak_dbtp')).toBeLessThan(0.5);
    expect(Math.abs(lossy.summary.duration_ms - original.summary.duration_ms)).toBeLessThan(60);
  });
});
