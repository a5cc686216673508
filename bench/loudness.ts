/**
 * Loudness and peak measurement speed on a 3-minute 44.1 kHz stereo signal (the engine's budget
 * for loudness and peaks together is 0.8 s single-threaded on the project's machine; ffmpeg's
 * `ebur128=peak=true` takes about 1 s on the same audio). Run: `npx tsx bench/loudness.ts`.
 *
 * The signal is music-like: pink noise shaped by a 128 BPM pulse, over a bass line of sines,
 * fed in blocks of 4096 samples as a decoder would. Prints the median of RUNS runs per stage, as
 * wall-clock time and as CPU time (the latter is the fairer figure on a shared, busy machine).
 */
import { performance } from 'node:perf_hooks';
import type { Analyser } from '../server/modules/analysis/engine/audio';
import { LoudnessAnalyser } from '../server/modules/analysis/engine/loudness';
import { PeakAnalyser } from '../server/modules/analysis/engine/peaks';
import { pinkNoise } from '../server/test/signals';

const SECONDS = 180;
const RATE = 44_100;
const BLOCK = 4096;
const RUNS = Number(process.env.RUNS ?? 5);

function song(): Float32Array[] {
  const n = SECONDS * RATE;
  const beat = (60 / 128) * RATE;
  return [1, 2].map((seed) => {
    const x = pinkNoise(SECONDS, RATE, -16, seed);
    for (let i = 0; i < n; i++) {
      const pulse = 0.4 + 0.6 * Math.exp(-(i % beat) / (0.1 * RATE));
      const bass = 0.3 * Math.sin((2 * Math.PI * 55 * i) / RATE) + 0.1 * Math.sin((2 * Math.PI * 220 * i) / RATE);
      x[i] = (x[i] as number) * pulse + bass * pulse;
    }
    return x;
  });
}

/** Wall-clock and CPU milliseconds of one pass of the analysers over the audio. */
function run(make: () => Analyser<unknown>[], audio: Float32Array[]): { wall: number; cpu: number } {
  const analysers = make();
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let at = 0; at < (audio[0] as Float32Array).length; at += BLOCK) {
    const block = audio.map((c) => c.subarray(at, at + BLOCK));
    for (const a of analysers) a.push(block);
  }
  for (const a of analysers) a.finish();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

const audio = song();
const format = { sampleRate: RATE, channels: 2 };
const stages: [string, () => Analyser<unknown>[]][] = [
  ['loudness', () => [new LoudnessAnalyser(format)]],
  ['peaks', () => [new PeakAnalyser(format)]],
  ['loudness + peaks', () => [new LoudnessAnalyser(format), new PeakAnalyser(format)]],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`${SECONDS} s, ${RATE} Hz, stereo, blocks of ${BLOCK}; median of ${RUNS} runs (wall clock, CPU time)`);
for (const [label, make] of stages) {
  const runs = Array.from({ length: RUNS }, () => run(make, audio));
  const wall = median(runs.map((r) => r.wall)).toFixed(0);
  const cpu = median(runs.map((r) => r.cpu)).toFixed(0);
  console.log(`${label.padEnd(18)} ${wall.padStart(5)} ms wall ${cpu.padStart(5)} ms CPU`);
}
