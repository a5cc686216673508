import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { parseStream } from 'music-metadata';
import { AppError } from '../../platform/errors';

/**
 * Reading uploaded audio: what type it is, from its first bytes (`file-type`), and what it
 * holds, from the stored file (`music-metadata`). Names and declared types are never trusted.
 */

/** How many bytes the type is decided from: enough for every header, and an ID3 tag's start. */
export const SNIFF_BYTES = 64 * 1024;

export const unsupportedAudio = (detail = 'This file is not audio Cadence can keep.') =>
  new AppError('unsupported_media_type', `${detail} Upload WAV, MP3, FLAC, OGG (Vorbis or Opus), AAC or M4A.`);

/** The ISO base media file types (`ftyp` brands) file-type names; audio-only ones are kept as `audio/mp4`. */
const isoMediaExts = new Set([
  'mp4',
  'm4a',
  'm4b',
  'm4p',
  'm4v',
  'mov',
  'qt',
  '3gp',
  '3g2',
  'f4a',
  'f4b',
  'f4v',
  'f4p',
]);

/** The stored content type for what file-type found, or null when it is not an accepted audio type. */
export function audioTypeOf(found: { ext: string; mime: string } | undefined): string | null {
  if (!found) return null;
  switch (found.ext) {
    case 'wav':
      return 'audio/wav';
    case 'mp3':
      return 'audio/mpeg';
    case 'flac':
      return 'audio/flac';
    case 'oga':
    case 'ogg':
      return 'audio/ogg';
    case 'opus':
      return 'audio/ogg; codecs=opus';
    case 'aac':
      return 'audio/aac';
    default:
      // Any brand: whether the file has a video track is read once it is stored.
      return isoMediaExts.has(found.ext) ? 'audio/mp4' : null;
  }
}

/** The accepted audio type of a file from its first bytes; 415 otherwise. */
export async function sniffAudio(head: Buffer): Promise<string> {
  if (head.length === 0) throw unsupportedAudio('The file is empty.');
  const type = audioTypeOf(await fileTypeFromBuffer(head));
  if (!type) throw unsupportedAudio();
  return type;
}

export interface AudioFacts {
  title: string | null;
  artist: string | null;
  album: string | null;
  genre: string | null;
  duration_seconds: number | null;
  sample_rate: number | null;
  channels: number | null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: tags may carry control characters; they are dropped.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text from a file (a tag, a file name) made one clean line of at most `max` characters; null when empty. */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const clean = value.replace(CONTROL, ' ').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  // Cut on a code point, never between the halves of a surrogate pair.
  return Array.from(clean).slice(0, max).join('').trim();
}

const finite = (n: unknown, min: number, max: number) =>
  typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : null;

/**
 * What the stored file says of itself: tags, duration, sample rate and channels. A file that
 * cannot be read as audio, or that holds video, is refused with 415.
 */
export async function readAudioFacts(
  body: Readable,
  info: { mimeType: string; size: number },
  limits: { text: number },
): Promise<AudioFacts> {
  let meta: Awaited<ReturnType<typeof parseStream>>;
  try {
    meta = await parseStream(body, { mimeType: info.mimeType, size: info.size }, { skipCovers: true });
  } catch {
    throw unsupportedAudio('The file could not be read as audio.');
  } finally {
    body.destroy();
  }
  const { format, common } = meta;
  if (format.hasVideo) throw unsupportedAudio('The file holds video.');
  if (format.hasAudio === false) throw unsupportedAudio('The file holds no audio.');
  if (!format.sampleRate && !format.numberOfChannels && !format.duration) {
    throw unsupportedAudio('The file could not be read as audio.');
  }
  const channels = finite(format.numberOfChannels, 1, 32);
  const sampleRate = finite(format.sampleRate, 1, 2_000_000);
  return {
    title: cleanText(common.title, limits.text),
    artist: cleanText(common.artist ?? common.artists?.join(', '), limits.text),
    album: cleanText(common.album, limits.text),
    genre: cleanText(common.genre?.[0], limits.text),
    duration_seconds: finite(format.duration, 0, 1e7),
    sample_rate: sampleRate === null ? null : Math.round(sampleRate),
    channels: channels === null ? null : Math.round(channels),
  };
}
