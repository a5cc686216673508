/** Why a file could not be decoded: a format no decoder reads, one that needs ffmpeg, or damaged data. */
export type AudioDecodeErrorCode = 'unsupported' | 'needs_ffmpeg' | 'corrupt';

/**
 * A failure that lies in the audio itself (or in the server missing ffmpeg for it): trying
 * again will not help, so an analysis that meets one fails for good with a plain reason.
 */
export class AudioDecodeError extends Error {
  override readonly name = 'AudioDecodeError';
  constructor(
    readonly code: AudioDecodeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Damaged, truncated or non-audio data. */
export const corrupt = (message: string) => new AudioDecodeError('corrupt', message);

/** A format no decoder here reads. */
export const unsupported = (message: string) => new AudioDecodeError('unsupported', message);
