import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, fixture, frequencyOf, rms, streamOf } from '../../../../test/audio';
import { decodeAudio, findFfmpeg } from '.';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-ffmpeg-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('finding ffmpeg', () => {
  it('takes a configured path as it is', () => {
    expect(findFfmpeg('/opt/ffmpeg/bin/ffmpeg', '')).toBe('/opt/ffmpeg/bin/ffmpeg');
  });

  it('looks for an executable ffmpeg on the search path, and answers null when there is none', () => {
    const bin = path.join(dir, 'bin');
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(bin);
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'ffmpeg'), 'not executable', { mode: 0o644 });
    fs.writeFileSync(path.join(bin, 'ffmpeg'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findFfmpeg(null, [empty, bin].join(path.delimiter))).toBe(path.join(bin, 'ffmpeg'));
    expect(findFfmpeg(undefined, empty)).toBeNull();
    expect(findFfmpeg(null, '')).toBeNull();
  });
});

describe('decoding AAC and M4A through ffmpeg', () => {
  it('says a configured ffmpeg that cannot be started is needed, not that the file is bad', async () => {
    const decoding = decodeAudio(streamOf(new Uint8Array(fixture('tone-stereo48.m4a'))), 'audio/mp4', {
      ffmpegPath: '/nonexistent/ffmpeg',
    });
    await expect(decoding).rejects.toMatchObject({ name: 'AudioDecodeError', code: 'needs_ffmpeg' });
  });

  it('says ffmpeg is needed when none is configured and none is on PATH', async () => {
    const before = process.env.PATH;
    process.env.PATH = dir;
    try {
      const decoding = decodeAudio(streamOf(new Uint8Array(fixture('clip.aac'))), 'audio/aac');
      await expect(decoding).rejects.toMatchObject({ name: 'AudioDecodeError', code: 'needs_ffmpeg' });
    } finally {
      process.env.PATH = before;
    }
  });

  const onPath = findFfmpeg();

  // With the index first (streamed through a pipe) and last (copied to a temporary file first).
  it.skipIf(!onPath).each(['mono44', 'stereo48'])('decodes tone-%s.m4a with the ffmpeg on PATH', async (tone) => {
    const out = await collect(
      // Both types an M4A may be stored as.
      await decodeAudio(
        streamOf(new Uint8Array(fixture(`tone-${tone}.m4a`)), 4096),
        tone === 'mono44' ? 'audio/x-m4a' : 'audio/mp4',
      ),
    );
    const rate = tone === 'mono44' ? 44100 : 48000;
    expect(out.sampleRate).toBe(rate);
    expect(out.channels).toHaveLength(tone === 'mono44' ? 1 : 2);
    // AAC keeps its encoder's priming and padding unless the container's edit list is honoured: within 50 ms.
    expect(Math.abs((out.channels[0]?.length ?? 0) / rate - 1)).toBeLessThan(0.05);
    expect(frequencyOf(out.channels[0] as Float32Array, rate)).toBeCloseTo(1000, -1);
    expect(rms(out.channels[0] as Float32Array)).toBeCloseTo(0.5 / Math.SQRT2, 1);
    expect(Math.max(...out.blockSizes)).toBeLessThanOrEqual(rate);
  });

  it.skipIf(!onPath)('copies an M4A indexed at its end to a temporary file that is gone once decoded', async () => {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const decoded = await decodeAudio(streamOf(new Uint8Array(fixture('tone-mono44.m4a'))), 'audio/mp4');
      expect(fs.readdirSync(tmp)).toHaveLength(1);
      await collect(decoded);
      expect(fs.readdirSync(tmp)).toEqual([]);
      // Also when the decoding is aborted before a block is read.
      const controller = new AbortController();
      await decodeAudio(streamOf(new Uint8Array(fixture('tone-mono44.m4a'))), 'audio/mp4', {
        signal: controller.signal,
      });
      expect(fs.readdirSync(tmp)).toHaveLength(1);
      controller.abort();
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  it.skipIf(!onPath)('decodes ADTS AAC and an MP4 of the general brand', async () => {
    for (const [name, type] of [
      ['clip.aac', 'audio/aac'],
      ['audio-only.mp4', 'audio/mp4'],
    ] as const) {
      const out = await collect(await decodeAudio(streamOf(new Uint8Array(fixture(name))), type));
      expect(out.sampleRate).toBe(22050);
      expect(frequencyOf(out.channels[0] as Float32Array, 22050)).toBeCloseTo(440, -1);
    }
  });

  it.skipIf(!onPath)('calls what ffmpeg cannot read corrupt, with its reason', async () => {
    const m4a = new Uint8Array(fixture('tone-stereo48.m4a'));
    for (const bytes of [m4a.subarray(0, 2000), new TextEncoder().encode('not audio, not even close')]) {
      await expect((async () => collect(await decodeAudio(streamOf(bytes), 'audio/mp4')))()).rejects.toMatchObject({
        name: 'AudioDecodeError',
        code: 'corrupt',
      });
    }
  });
});
