/**
 * Records what ffmpeg's EBU R128 meter (`-af ebur128=peak=true`) reports for each reference
 * case of server/test/signals.ts, into testdata/loudness-reference.json. The loudness tests
 * compare the engine with these numbers without needing ffmpeg. Run again only when the cases
 * change: `npx tsx server/test/audio/make-loudness-reference.ts` (needs ffmpeg on the PATH).
 *
 * Each case is written as a 32-bit float WAV, so ffmpeg reads exactly the samples the tests
 * feed the analysers. Integrated loudness and loudness range are taken from the meter's
 * metadata on its last 100 ms frame (three decimals), checked against its printed summary
 * (one decimal); the true peak comes from the summary (dBFS, one decimal).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWav } from '../audio';
import { LOUDNESS_CASES } from '../signals';

const out = fileURLToPath(new URL('../../../testdata/loudness-reference.json', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-loudness-'));

/** The last value of a key in the printout of the meter's per-frame metadata. */
function lastMeta(text: string, key: string): number {
  const values = [...text.matchAll(new RegExp(`^lavfi\\.r128\\.${key}=(\\S+)$`, 'gm'))];
  const last = values.at(-1);
  if (!last) throw new Error(`no ${key} in the meter's metadata`);
  return Number(last[1]);
}

/** A number from the printed summary, after `label`. */
function summary(text: string, label: string): number | null {
  const m = text.match(new RegExp(`Summary:[\\s\\S]*${label}\\s+(-?[\\d.]+|-inf)`));
  if (!m) throw new Error(`no ${label} in the summary`);
  return m[1] === '-inf' ? null : Number(m[1]);
}

const version = execFileSync('ffmpeg', ['-hide_banner', '-version'], { encoding: 'utf8' }).split('\n')[0];
const cases: Record<string, unknown> = {};
try {
  for (const c of LOUDNESS_CASES) {
    const signal = c.make();
    const wav = path.join(dir, `${c.id}.wav`);
    const meta = path.join(dir, `${c.id}.txt`);
    fs.writeFileSync(wav, encodeWav(signal.channels, signal.sampleRate, 'float32'));
    const filter = `ebur128=peak=true:framelog=verbose:metadata=1,ametadata=mode=print:file=${meta}`;
    const run = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', wav, '-af', filter, '-f', 'null', '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`ffmpeg failed on ${c.id}: ${run.stderr.slice(-500)}`);
    const text = fs.readFileSync(meta, 'utf8');
    const integratedLufs = lastMeta(text, 'I');
    const loudnessRangeLu = lastMeta(text, 'LRA');
    const printed = {
      I: summary(run.stderr, 'I:'),
      LRA: summary(run.stderr, 'LRA:'),
      peak: summary(run.stderr, 'Peak:'),
    };
    if (printed.I !== null && Math.abs(printed.I - integratedLufs) > 0.051) {
      throw new Error(`${c.id}: metadata I ${integratedLufs} disagrees with the summary's ${printed.I}`);
    }
    cases[c.id] = { about: c.about, integratedLufs, loudnessRangeLu, truePeakDbtp: printed.peak, summary: printed };
    console.log(c.id, JSON.stringify(cases[c.id]));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const doc = {
  about:
    'What ffmpeg -af ebur128=peak=true reports for the cases of server/test/signals.ts (LOUDNESS_CASES), written as 32-bit float WAV. Made by server/test/audio/make-loudness-reference.ts.',
  ffmpeg: version,
  cases,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
console.log(`wrote ${out}`);
