import type { DecodedAudio } from '../audio';
import { AudioDecodeError, corrupt, unsupported } from './errors';
import { findFfmpeg, openFfmpeg } from './ffmpeg';
import { openFlac } from './flac';
import { Input, type Opened } from './input';
import { openMpeg } from './mpeg';
import { openOgg } from './ogg';
import { openWav } from './wav';

/**
 * Decoding for the analysis engine (docs/ANALYSIS.md): WAV is read here, MP3, FLAC,
 * Vorbis and Opus by bundled WebAssembly decoders, AAC/M4A by an ffmpeg on the machine. The
 * file arrives as a stream and leaves as planar float blocks of at most a second, so memory
 * stays bounded whatever the file's length.
 */

export { AudioDecodeError, type AudioDecodeErrorCode } from './errors';
export { findFfmpeg } from './ffmpeg';

export interface DecodeOptions {
  /** A path to ffmpeg to use as is; null or undefined: look for `ffmpeg` on PATH. */
  ffmpegPath?: string | null;
  signal?: AbortSignal;
}

/** The longest block handed on: a second of audio, and never more than this many sample frames. */
export const MAX_BLOCK_FRAMES = 65536;

type Kind = 'wav' | 'mpeg' | 'flac' | 'ogg' | 'ffmpeg';

/** The decoder for a stored content type (see reference/tracks.media.ts), by its essence and codecs. */
function kindOf(mimeType: string): Kind | null {
  const essence = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  switch (essence) {
    case 'audio/wav':
    case 'audio/x-wav':
    case 'audio/wave':
    case 'audio/vnd.wave':
      return 'wav';
    case 'audio/mpeg':
    case 'audio/mp3':
      return 'mpeg';
    case 'audio/flac':
    case 'audio/x-flac':
      return 'flac';
    // The codec inside (Vorbis, Opus or FLAC) is read from the stream's first page.
    case 'audio/ogg':
    case 'audio/opus':
    case 'application/ogg':
      return 'ogg';
    case 'audio/mp4':
    case 'audio/aac':
    case 'audio/x-m4a':
    case 'audio/m4a':
      return 'ffmpeg';
    default:
      return null;
  }
}

/** Opens a decoder on a byte stream of the given MIME type (as stored on upload). */
export async function decodeAudio(
  source: AsyncIterable<Uint8Array>,
  mimeType: string,
  options: DecodeOptions = {},
): Promise<DecodedAudio> {
  const { signal } = options;
  signal?.throwIfAborted();
  const kind = kindOf(mimeType);
  if (!kind) throw unsupported(`Audio of type "${mimeType}" cannot be decoded.`);
  let ffmpeg: string | null = null;
  if (kind === 'ffmpeg') {
    ffmpeg = findFfmpeg(options.ffmpegPath);
    if (!ffmpeg) throw new AudioDecodeError('needs_ffmpeg', 'Decoding AAC and M4A needs ffmpeg, and none was found.');
  }
  const input = new Input(source, signal);
  let opened: Opened;
  try {
    switch (kind) {
      case 'wav':
        opened = await openWav(input);
        break;
      case 'mpeg':
        opened = await openMpeg(input);
        break;
      case 'flac':
        opened = await openFlac(input);
        break;
      case 'ogg':
        opened = await openOgg(input);
        break;
      case 'ffmpeg':
        opened = await openFfmpeg(input, ffmpeg as string, signal);
        break;
    }
  } catch (err) {
    input.close();
    throw settle(err, input, signal);
  }
  // Freed on abort even if nobody reads the blocks (closing is idempotent).
  const release = () => {
    opened.close();
    input.close();
  };
  signal?.addEventListener('abort', release, { once: true });
  return { format: opened.format, blocks: blocks(opened, input, signal, release) };
}

/** The decoded pieces cut into blocks of at most a second; frees the decoder however it ends. */
async function* blocks(
  opened: Opened,
  input: Input,
  signal: AbortSignal | undefined,
  release: () => void,
): AsyncGenerator<Float32Array[]> {
  const { channels, sampleRate } = opened.format;
  const limit = Math.min(sampleRate, MAX_BLOCK_FRAMES);
  try {
    for await (const piece of opened.pieces) {
      signal?.throwIfAborted();
      const length = piece[0]?.length ?? 0;
      if (length === 0) continue;
      if (piece.length !== channels || piece.some((p) => p.length !== length)) {
        throw corrupt('The audio changes its channels part-way through.');
      }
      for (let at = 0; at < length; at += limit) {
        yield at === 0 && length <= limit ? piece : piece.map((p) => p.subarray(at, at + limit));
        signal?.throwIfAborted();
      }
    }
  } catch (err) {
    throw settle(err, input, signal);
  } finally {
    signal?.removeEventListener('abort', release);
    release();
  }
}

/**
 * What a failure is told as: an abort as the signal's reason, a failure of the source as it
 * is (reading the file may work next time), anything a decoder threw as damaged data.
 */
function settle(err: unknown, input: Input, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason;
  if (err instanceof AudioDecodeError || (input.sourceError !== undefined && err === input.sourceError)) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return corrupt(`The audio could not be decoded: ${detail}`);
}
