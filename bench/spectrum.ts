/**
 * Speed of the music analysis stages (spectrum, tempo, key, sections) on a 3-minute 44.1 kHz
 * stereo signal, in this process, single-threaded: `npx tsx bench/spectrum.ts` (RUNS=5 for
 * more runs). The signal is the test arrangement (server/test/music-signals.ts) repeated to
 * 3 minutes; it is fed to the spectrum in blocks of 4096 samples, as a decoder would. Budgets
 * (SPEC §9 leaves 3 s for the whole analysis): spectrum ≤ 1.0 s, tempo + key + sections ≤ 0.2 s.
 */
import { performance } from 'node:perf_hooks';
import FFT from 'fft.js';
import { FRAMES_PER_SECOND } from '../server/modules/analysis/engine/audio';
import { estimateKey } from '../server/modules/analysis/engine/key';
import { findSections } from '../server/modules/analysis/engine/sections';
import { SpectrumAnalyser } from '../server/modules/analysis/engine/spectrum';
import { estimateTempo } from '../server/modules/analysis/engine/tempo';
import { arrangement, shortTermLevelDb } from '../server/test/music-signals';

const SECONDS = 180;
const RATE = 44_100;
const BLOCK = 4096;
const RUNS = Number(process.env.RUNS ?? 3);

function signal(): Float32Array[] {
  const part = arrangement(RATE);
  const left = new Float32Array(SECONDS * RATE);
  for (let at = 0; at < left.length; at += part.length) left.set(part.subarray(0, left.length - at), at);
  const right = left.map((v, i) => 0.9 * v + (i % 2 ? 1e-4 : -1e-4));
  return [left, right];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** How fast this machine is right now: 18 000 FFTs of 2048 points (one per frame of 3 minutes). */
function fftReference(): number {
  const fft = new FFT(2048);
  const input = new Float64Array(2048).map((_, i) => Math.sin(i));
  const output = new Float64Array(4096);
  const t = performance.now();
  for (let i = 0; i < 18_000; i++) fft.realTransform(output, input);
  return performance.now() - t;
}

const made = performance.now();
const channels = signal();
const energy = shortTermLevelDb(channels[0] as Float32Array, RATE);
console.log(`Signal: ${SECONDS} s, ${RATE} Hz, stereo (made in ${((performance.now() - made) / 1000).toFixed(1)} s)`);

const times: Record<string, number[]> = { spectrum: [], tempo: [], key: [], sections: [] };
/** CPU time of the spectrum stage (less disturbed than wall time when other work shares the cores). */
const spectrumCpu: number[] = [];
let summary = '';
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  const cpu = process.cpuUsage();
  const analyser = new SpectrumAnalyser({ sampleRate: RATE, channels: 2 });
  const n = channels[0]?.length ?? 0;
  for (let i = 0; i < n; i += BLOCK) analyser.push(channels.map((c) => c.subarray(i, Math.min(n, i + BLOCK))));
  const spec = analyser.finish();
  times.spectrum?.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  spectrumCpu.push((used.user + used.system) / 1000);
  t = performance.now();
  const tempo = estimateTempo(spec.onset, FRAMES_PER_SECOND);
  times.tempo?.push(performance.now() - t);
  t = performance.now();
  const key = estimateKey(spec.chroma, spec.onset.length);
  times.key?.push(performance.now() - t);
  t = performance.now();
  const sections = findSections({
    melDb: spec.melDb,
    bandCount: spec.bands.count,
    energyDb: energy,
    framesPerSecond: FRAMES_PER_SECOND,
  });
  times.sections?.push(performance.now() - t);
  summary = `${tempo.bpm?.toFixed(2)} BPM (confidence ${tempo.confidence.toFixed(2)}, ${tempo.beatsMs.length} beats), ${key?.key} (${key?.confidence.toFixed(2)}; runner-up ${key?.runnerUp.key}), ${sections.length} sections: ${sections.map((s) => `${s.label}@${(s.startMs / 1000).toFixed(1)}s`).join(' ')}`;
}

console.log(`Median of ${RUNS} runs:`);
for (const [stage, xs] of Object.entries(times))
  console.log(`  ${stage.padEnd(9)} ${median(xs).toFixed(0).padStart(6)} ms`);
console.log(`  spectrum CPU time ${median(spectrumCpu).toFixed(0)} ms`);
const after = ['tempo', 'key', 'sections'].reduce((s, k) => s + median(times[k] ?? [0]), 0);
console.log(`  tempo + key + sections ${after.toFixed(0)} ms`);
console.log(`Result: ${summary}`);
console.log(
  `Machine reference: 18 000 FFTs of 2048 points took ${fftReference().toFixed(0)} ms (about 320 ms when idle)`,
);
