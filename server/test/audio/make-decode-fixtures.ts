/**
 * Makes the decoder fixtures (committed beside this script; neither the product nor its tests
 * need ffmpeg): the tone clips in every format the engine decodes, and the loudness signal as
 * FLAC, MP3 320 kbps and Vorbis q8. The source WAVs are written by `encodeWav` from the same
 * generators the tests use, so a lossless decode can be compared sample for sample. Run again
 * only to change them:
 *   apt-get install -y ffmpeg && npx tsx server/test/audio/make-decode-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWav, loudnessFixtureSignal, noiseFixtureSignal, type ToneFixture, toneFixtureSignal } from '../audio';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-fixtures-'));
const ff = (...args: string[]) =>
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });
// No encoder name or date in the files, so a run makes the same bytes as the last.
const plain = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

try {
  for (const kind of ['mono44', 'stereo48'] as ToneFixture[]) {
    const { channels, sampleRate } = toneFixtureSignal(kind);
    const wav = path.join(tmp, `${kind}.wav`);
    fs.writeFileSync(wav, encodeWav(channels, sampleRate));
    const out = (ext: string) => path.join(here, `tone-${kind}.${ext}`);
    ff('-i', wav, ...plain, '-c:a', 'flac', out('flac'));
    ff('-i', wav, ...plain, '-c:a', 'libmp3lame', '-b:a', '128k', out('mp3'));
    ff('-i', wav, ...plain, '-c:a', 'libvorbis', '-q:a', '4', out('ogg'));
    ff('-i', wav, ...plain, '-c:a', 'libopus', '-b:a', '64k', out('opus'));
    // One M4A with its index after the samples (ffmpeg's default), one with it first.
    const index = kind === 'stereo48' ? ['-movflags', '+faststart'] : [];
    ff('-i', wav, ...plain, '-c:a', 'aac', '-b:a', '96k', ...index, out('m4a'));
  }
  const loud = loudnessFixtureSignal();
  const wav = path.join(tmp, 'loud.wav');
  fs.writeFileSync(wav, encodeWav(loud.channels, loud.sampleRate));
  ff('-i', wav, ...plain, '-c:a', 'flac', '-sample_fmt', 's16', path.join(here, 'loud.flac'));
  ff('-i', wav, ...plain, '-c:a', 'libmp3lame', '-b:a', '320k', path.join(here, 'loud.mp3'));
  ff('-i', wav, ...plain, '-c:a', 'libvorbis', '-q:a', '8', path.join(here, 'loud.ogg'));
  // Full-scale noise at 16 and 24 bits, for exact FLAC decoding at the extremes of both widths.
  for (const bits of [16, 24] as const) {
    const noise = noiseFixtureSignal(bits);
    const src = path.join(tmp, `noise${bits}.wav`);
    fs.writeFileSync(src, encodeWav(noise.channels, noise.sampleRate, bits === 16 ? 'pcm16' : 'pcm24'));
    ff('-i', src, ...plain, '-c:a', 'flac', path.join(here, `noise${bits}.flac`));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
for (const name of fs.readdirSync(here).filter((n) => /^(tone-|loud\.|noise)/.test(n))) {
  console.log(name, fs.statSync(path.join(here, name)).size);
}
