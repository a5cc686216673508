import { describe, expect, it } from 'vitest';
import { collect, encodeWav, fixture, streamOf } from '../../../../test/audio';
import { AudioDecodeError, decodeAudio, findFfmpeg } from '.';

/**
 * A source that gives `bytes`, then waits for ever (as a stalled upload would), telling when it
 * is asked to close (as a file stream's iterator is, even while a read is pending).
 */
function stalling(bytes: Uint8Array, chunk = 4096) {
  const state = { closed: false };
  let at = 0;
  const source: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<Uint8Array>> => {
        if (at >= bytes.length) return new Promise(() => {});
        const value = bytes.subarray(at, at + chunk);
        at += chunk;
        return { done: false, value };
      },
      return: async (): Promise<IteratorResult<Uint8Array>> => {
        state.closed = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return { source, state };
}

/** A WAV header announcing an endless stream, then a second of silence for ever. */
async function* endlessWav(state: { closed: boolean }): AsyncGenerator<Uint8Array> {
  try {
    const header = encodeWav([new Float32Array(0)], 44100).subarray(0, 44);
    header.writeUInt32LE(0xffffffff, 40);
    yield new Uint8Array(header);
    const second = new Uint8Array(88200);
    for (;;) yield second;
  } finally {
    state.closed = true;
  }
}

describe('stopping a decode', () => {
  it('stops at the next block when aborted, and closes the source', async () => {
    const controller = new AbortController();
    const state = { closed: false };
    const decoded = await decodeAudio(endlessWav(state), 'audio/wav', { signal: controller.signal });
    let blocks = 0;
    const reading = (async () => {
      for await (const _ of decoded.blocks) if (++blocks === 5) controller.abort();
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(blocks).toBe(5);
    await expect.poll(() => state.closed).toBe(true);
  });

  it('stops waiting for a header that never comes', async () => {
    const controller = new AbortController();
    const { source, state } = stalling(new Uint8Array(0));
    const opening = decodeAudio(source, 'audio/flac', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => state.closed).toBe(true);
  });

  const files: [string, string][] = [
    ['loud.mp3', 'audio/mpeg'],
    ['loud.flac', 'audio/flac'],
    ['loud.ogg', 'audio/ogg'],
    ['tone-stereo48.opus', 'audio/ogg; codecs=opus'],
    ...(findFfmpeg() ? [['tone-stereo48.m4a', 'audio/mp4'] as [string, string]] : []),
  ];

  it.each(files)('stops decoding %s mid-way when aborted, while its source stalls', async (name, type) => {
    const bytes = new Uint8Array(fixture(name));
    const controller = new AbortController();
    const { source, state } = stalling(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const decoded = await decodeAudio(source, type, { signal: controller.signal });
    const reading = (async () => {
      for await (const _ of decoded.blocks) {
        // Read on until the decoder waits for bytes that never come.
      }
    })();
    setTimeout(() => controller.abort(new Error('stopped by the test')), 50);
    await expect(reading).rejects.toThrow('stopped by the test');
    await expect.poll(() => state.closed).toBe(true);
  });

  it('frees the decoder and closes the source on abort even when no block is read', async () => {
    const controller = new AbortController();
    const { source, state } = stalling(new Uint8Array(fixture('loud.mp3')));
    await decodeAudio(source, 'audio/mpeg', { signal: controller.signal });
    controller.abort();
    await expect.poll(() => state.closed).toBe(true);
  });

  it('refuses to start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      decodeAudio(streamOf(new Uint8Array(fixture('clip.mp3'))), 'audio/mpeg', { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('a source that fails', () => {
  it('passes its error on as it is, not as damaged audio, so the analysis can be tried again', async () => {
    for (const [name, type] of [
      ['loud.flac', 'audio/flac'],
      ['loud.mp3', 'audio/mpeg'],
    ] as const) {
      const bytes = new Uint8Array(fixture(name));
      async function* failing(): AsyncGenerator<Uint8Array> {
        yield* streamOf(bytes.subarray(0, 50_000));
        throw new Error('the disk went away');
      }
      const attempt = (async () => collect(await decodeAudio(failing(), type)))();
      await expect(attempt).rejects.toThrow('the disk went away');
      await expect(attempt).rejects.not.toBeInstanceOf(AudioDecodeError);
    }
  });
});
