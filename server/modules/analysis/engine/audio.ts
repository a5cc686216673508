/**
 * What every stage of the analysis engine shares: decoded audio arrives as planar float32 blocks
 * (one array per channel, samples in [-1, 1], all channels the same length), and each
 * measurement sees every block once, in order, so the whole analysis is one decode pass.
 */

/** The stream a decoder produces. */
export interface AudioFormat {
  sampleRate: number;
  channels: number;
}

/** An opened decoder: the format, known once the header is read, and the blocks that follow. */
export interface DecodedAudio {
  format: AudioFormat;
  blocks: AsyncIterable<Float32Array[]>;
}

/** A measurement fed the decoded blocks in order; `finish` is called once, after the last. */
export interface Analyser<Result> {
  push(channels: readonly Float32Array[]): void;
  finish(): Result;
}

/**
 * The frame timeline: one frame per 10 ms of audio. Frame `f` covers samples
 * [frameStart(f), frameStart(f + 1)), so a sample rate that does not divide into 100 frames a
 * second (22050 Hz) still lands every sample in exactly one frame.
 */
export const HOP_MS = 10;
export const FRAMES_PER_SECOND = 1000 / HOP_MS;

export function frameStart(frame: number, sampleRate: number): number {
  return Math.floor((frame * sampleRate) / FRAMES_PER_SECOND);
}

/** Frames for `samples` samples: the last, partial frame counts. */
export function frameCount(samples: number, sampleRate: number): number {
  return Math.ceil((samples * FRAMES_PER_SECOND) / sampleRate);
}
